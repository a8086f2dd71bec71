"""The values storage hands out besides cases: list queries and rows, letter records, audit entries.

Plain dataclasses with no SQLAlchemy, so the GUI's list model can build a :class:`CaseQuery` without paying
for the ORM import at start-up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

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
    #: the stored figures (owed, shortfall, deadline) are the current engine's; False while they are being
    #: recomputed (after an update of the engine or the law tables, or an edit of the site): shown as updating
    figures_fresh: bool = True


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


@dataclass
class SiteSums:
    """A site's live cases added up in SQL from their stored figures (:meth:`CaseStore.site_sums`).

    The counts (cases, kinds, statuses, consents) cover every live case; the figures only the cases whose
    stored figures are current, and ``stale`` says how many are not (being recomputed): a view shows those
    figures as updating while ``stale`` is not 0, never a partial sum.
    """

    cases: int = 0
    warehouse: int = 0
    drivers: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    consents_acting: int = 0
    stale: int = 0
    computed: int = 0
    owed: Decimal = Decimal(0)
    claim: Decimal = Decimal(0)
    owed_drivers: Decimal = Decimal(0)
    claim_drivers: Decimal = Decimal(0)
    claim_passed: int = 0
    not_yet_due: int = 0
    #: due date -> (heads, amount)
    due_by_date: dict[dt.date, tuple[int, Decimal]] = field(default_factory=dict)


class StoredDeadlines(NamedTuple):
    """One live case's stored deadlines, for the dashboard (:meth:`CaseStore.stored_deadlines`). A named tuple:
    a site's dashboard makes ten thousand of them."""

    uuid: str
    case_number: str
    site: str
    volunteer: str
    later_due_until: dt.date | None
    inquiry_may_save: bool
    #: (kind, date, section), the engine's order
    deadlines: list[tuple[str, dt.date, str]]


class SummaryGroup(NamedTuple):
    """Live cases of one (site, kind, status) added up in SQL (:meth:`CaseStore.summary_rows`)."""

    site: str
    kind: str
    status: str
    cases: int
    #: of ``cases``, those whose facts are complete enough for figures; the sums below are theirs
    computed: int
    owed_cents: int
    paid_cents: int
    shortfall_cents: int


class SummaryDeadline(NamedTuple):
    """One stored deadline of a live, open case with figures (:meth:`CaseStore.summary_rows`)."""

    date: dt.date
    kind: str
    basis: str
    case_uuid: str
    case_number: str
    site: str


@dataclass
class StoredSummary:
    """What :meth:`CaseStore.summary_rows` read: the groups, the warehouse badges, the deadlines in the window,
    and the most recently passed claim deadlines (``passed_total`` of them in all)."""

    groups: list[SummaryGroup]
    #: badge (None: not entered) -> live warehouse cases
    badges: dict[str | None, int]
    upcoming: list[SummaryDeadline]
    passed: list[SummaryDeadline]
    passed_total: int
