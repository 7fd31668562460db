"""One recognizer per kind of personal data, in the style of Presidio's own."""
