"""GDPR data-subject requests (arts. 15-19): docs/data-subject-requests.md."""
