"""A case's kind and status, alone: what the case list shows and sorts on.

Why a module of their own (``clinic_app.domain.case`` re-exports both, so they are the same classes): the GUI
paints the list's first page before anything else is imported (``storage/opening.py``), and importing the whole
case model (its dataclasses and the law's types) cost about 30 ms of CPU there, a tenth of the start's floor.
"""

from __future__ import annotations

from enum import StrEnum


class CaseKind(StrEnum):
    WAREHOUSE = "warehouse"
    DRIVER = "driver"


class CaseStatus(StrEnum):
    """draft -> intake_complete -> reviewed -> letter_sent -> closed (a case without consent stays a draft)."""

    DRAFT = "draft"
    INTAKE_COMPLETE = "intake_complete"
    REVIEWED = "reviewed"
    LETTER_SENT = "letter_sent"
    CLOSED = "closed"
