"""Prevalence: rates of reported minors per 10,000 minors, with their uncertainty."""
