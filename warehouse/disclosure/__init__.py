"""Disclosure control of the published tables (see publish.py)."""
