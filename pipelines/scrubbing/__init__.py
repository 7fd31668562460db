"""Scrubbing personal data out of free text (Presidio recognizers, offline)."""
