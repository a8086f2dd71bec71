"""The clinic's own details, printed on letterheads and kept in the database's settings.

Shared by the letters (letterhead, signatory), the GUI (settings screen) and storage (one row of app
settings); a plain dataclass so ``clinic-app letter`` can take it from JSON with no database.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class ClinicProfile:
    name: str = ""
    address: str = ""  # may hold several lines separated by "\n"
    phone: str = ""
    email: str = ""
    signatory: str = ""  # who signs the letters
    signatory_title: str = ""
    logo_path: str = ""  # an image file on this laptop; empty for none
