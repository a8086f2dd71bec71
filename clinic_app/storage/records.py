"""The values storage hands out besides cases: list queries and rows, letter records, audit entries.

Plain dataclasses with no SQLAlchemy, so the GUI's list model can build a :class:`CaseQuery` without paying
for the ORM import at start-up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from clinic_app.domain.case_kinds import CaseKind, CaseStatus

SORT_KEYS = ("case_number", "name", "kind", "site", "status", "amount_owed", "shortfall", "deadline",
             "updated_at")


@dataclass
class CaseQuery:
    """Which cases to list, in what order, which page. Searching and sorting run in SQL."""

    text: str = ""
    kinds: tuple[CaseKind, ...] = ()
    statuses: tuple[CaseStatus, ...] = ()
    site: str = ""
    #: only the cases linked to this establishment (its id): a site's view reads its own cases, not all
    establishment_id: str | None = None
    include_deleted: bool = False
    sort: str = "case_number"
    descending: bool = False
    offset: int = 0
    limit: int | None = 200
    updated_since: dt.datetime | None = None
    #: keyset paging: the page starts after this ``(sort value, case number)`` (``CasePage.after`` of the
    #: previous page), so every page costs the same however deep it is; ``offset`` is then ignored
    after: tuple[Any, str] | None = None
    #: at most this many search matches are listed (the most recent ones; ``CasePage.more`` says there
    #: were more): a one-letter search at 1,000,000 cases must not sort half of them. ``None``: all.
    search_cap: int | None = None


@dataclass(frozen=True)
class CasePage:
    """One page of the case list and where the next one starts."""

    rows: list[CaseRow]
    #: pass as ``CaseQuery.after`` for the next page; ``None`` when this page is the last
    after: tuple[Any, str] | None
    #: the search matched more cases than ``CaseQuery.search_cap``: only that many are listed
    more: bool = False
    #: with a capped search, how many cases are listed in all (counted among the capped matches, in the
    #: same read: a second search for the count would double a keystroke's cost); ``None`` otherwise
    total: int | None = None


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list: what the list shows and sorts on, nothing more."""

    uuid: str
    case_number: str
    kind: CaseKind
    status: CaseStatus
    display_name: str
    site_or_company: str
    amount_owed: Decimal | None
    shortfall: Decimal | None
    deadline: dt.date | None
    updated_at: dt.datetime
    deleted: bool


@dataclass
class LetterRecord:
    """A letter generated for a case: enough to prove later what was sent (hash and figures stated)."""

    kind: str
    language: str
    recipient: str
    created_at: dt.datetime
    sha256: str
    figures: dict[str, Any] = field(default_factory=dict)
    path: str = ""


@dataclass(frozen=True)
class AuditEntry:
    """Who did what to which case and when; the names of the fields changed, never their values."""

    at: dt.datetime
    actor: str
    action: str
    case_uuid: str | None
    fields: tuple[str, ...]
    detail: str
