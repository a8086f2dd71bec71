"""Possible-duplicate detection for intakes (``INTERFACES.md``, DOMAIN-CASE).

Why a rule this simple: at a clinic the same person often comes back, or is taken twice at two tables, with
the name typed slightly differently ("Hélène Tremblay-Roy" / "helene tremblay roy"). The rule is: same
normalized given + family name AND (same phone digits OR same date of birth). A name alone is not enough
(common names), and a phone alone is not either (shared family phones).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from clinic_app.domain.case import Case

_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014'\u2019\u02bc`.]+")


@lru_cache(maxsize=8192)
def normalize_name(text: str) -> str:
    """Accent- and case-insensitive form of a name; spaces, hyphens and apostrophes collapse to one space.

    Cached (names, sites and employers repeat across thousands of cases in a bulk write); plain ASCII
    skips the Unicode decomposition, which has nothing to remove there.
    """
    if not text:
        return ""
    if text.isascii():
        stripped = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", stripped.casefold()).strip()


def phone_digits(text: str) -> str:
    """The last 10 digits of a phone number (drops +1, punctuation); an extension (x123) is ignored."""
    main = re.split(r"(?i)\s*(?:x|ext\.?|poste)\s*\d+\s*$", text or "")[0]
    digits = "".join(ch for ch in main if ch.isdigit())
    return digits[-10:]


def duplicate_key(case: Case) -> str:
    """Index key for candidate look-up: the normalized "given|family" name (empty names give "|")."""
    p = case.person
    return f"{normalize_name(p.given_name)}|{normalize_name(p.family_name)}"


def is_possible_duplicate(a: Case, b: Case) -> bool:
    """Same normalized given+family name AND (same phone digits OR same date of birth); never a case with itself."""
    if a.uuid == b.uuid:
        return False
    ka, kb = duplicate_key(a), duplicate_key(b)
    if ka != kb or ka.startswith("|") or ka.endswith("|"):
        return False
    pa, pb = phone_digits(a.person.phone), phone_digits(b.person.phone)
    if len(pa) == 10 and pa == pb:
        return True
    dob_a, dob_b = a.person.date_of_birth, b.person.date_of_birth
    return dob_a is not None and dob_a == dob_b
