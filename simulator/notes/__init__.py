"""Free-text case notes for the VK simulator.

Notes are written the way counsellors really type them: they leak names, phone numbers,
addresses, national register numbers, birth dates, e-mail addresses and now and then an IBAN,
in many notations, next to look-alikes that are *not* personal data (CLB, parket, meeting
dates, ages, school years). The downstream scrubber is tested against this.

The sentences are in simulator/data/notes; compose.py chooses them, the *_fields.py modules
fill in their fields.
"""

from simulator.notes.compose import WrittenNote, compose_note, write_note
from simulator.notes.note import NoteChild, Planted

__all__ = ["NoteChild", "Planted", "WrittenNote", "compose_note", "write_note"]
