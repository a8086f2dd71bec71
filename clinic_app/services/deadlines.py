"""The deadline dashboard and the calendar export, for the GUI and ``clinic-app deadlines``.

Why a service: the window, the command and the start-up reminder must list the same deadlines on the same day;
all three read them here and hand them to :mod:`clinic_app.domain.deadlines`. The deadlines are the ones stored
with each case's figures at save time (``case_deadline``), read in one query, not computed again: the engine's
own (``tests/campaign/test_stored_site_figures.py`` compares both ways). Closed and deleted cases are left out.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clinic_app.domain.case import CaseStatus
from clinic_app.domain.deadlines import (
    REMINDER_DAYS,
    CaseRef,
    DeadlineRow,
    board_order,
    dashboard,
    dashboard_of,
    next_deadline_of,
    upcoming,
)
from clinic_app.domain.types import Deadline, Entitlements
from clinic_app.services.progress import CancelToken, Progress, live_cases, no_progress

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore, StoredDeadlines


def _computed(store: CaseStore, as_of: dt.date, *, progress: Progress = no_progress,
              cancel: CancelToken | None = None, site: str | None = None
              ) -> Iterator[tuple[CaseRef, Entitlements, str]]:
    """Each live case that can be computed: its reference, its entitlements on ``as_of``, its display name.
    With ``site``, only the cases of that site are read (the list's indexed site filter)."""
    from clinic_app.domain.case_figures import case_entitlements
    from clinic_app.storage import CaseQuery

    establishments = {e.id: e for e in store.list_establishments()}
    query = CaseQuery(limit=None, site=site) if site else None
    for case in live_cases(store, progress, cancel, query=query):
        if case.status is CaseStatus.CLOSED:
            continue
        est = establishments.get(case.establishment_id or "")
        ent = case_entitlements(case, est, as_of=as_of)
        if not isinstance(ent, Entitlements):
            continue  # an incomplete draft has no deadlines yet
        ref = CaseRef(uuid=case.uuid, case_number=case.case_number, site=case.site_or_company,
                      volunteer=case.created_by)
        yield ref, ent, case.display_name


@dataclass(frozen=True)
class Board:
    """The dashboard's rows, and how many cases are left out because their figures are being recomputed."""

    rows: list[DeadlineRow]
    updating: int = 0


def deadline_board(store: CaseStore, as_of: dt.date, *, site: str | None = None, volunteer: str | None = None,
                   within_days: int | None = None, refresh: bool = True, progress: Progress = no_progress,
                   cancel: CancelToken | None = None) -> Board:
    """Every live case by days left to its next deadline (passed ones after, with what may save them).

    Read from the deadlines stored with each case's figures. With ``refresh`` (the command) stale figures are
    recomputed first, and when they cannot be (locked, read-only) the engine runs on the whole cases instead;
    without it (the window, refreshed in the background) the cases being recomputed are left out and counted.
    """
    from clinic_app.storage import StorageError

    if refresh:
        try:
            store.refresh_stale_figures()
        except StorageError:
            items = ((ref, ent) for ref, ent, _name in _computed(store, as_of, progress=progress, cancel=cancel,
                                                                 site=site))
            return Board(dashboard(items, as_of, site=site, volunteer=volunteer, within_days=within_days))
    between = None if within_days is None else (as_of, as_of + dt.timedelta(days=within_days))
    stored, stale = store.stored_deadlines(site=site, volunteer=volunteer, between=between)
    return Board(_rows(stored, as_of, within_days), stale)


#: the dashboard window's page: the most urgent cases first, more on demand
PAGE_SIZE = 500
#: a filter matching at most this many cases is read whole (its cost bounded by this number); above it the
#: deadlines' date index is walked from the day asked until the page is full
READ_WHOLE_UP_TO = 1_000
#: the counts the window shows stop at this (then "more than ...")
COUNT_CAP = 20_000
#: how many deadlines the walk reads at a time (None: about a page's worth; the tests make it tiny)
WALK_BATCH: int | None = None


@dataclass(frozen=True)
class PageKey:
    """Where a page of the dashboard ended: its last row's place in the board's order (see
    :func:`~clinic_app.domain.deadlines.dashboard_of`), from which the next page goes on."""

    passed: bool
    date: dt.date
    case_number: str


def _page_key(row: DeadlineRow) -> PageKey:
    return PageKey(row.passed, row.date, row.case.case_number)


@dataclass(frozen=True)
class BoardPage:
    """One page of the dashboard: its rows (in the board's order), where the next page starts (None: this was
    the last), the counts of the whole board computed in SQL (each "more than ``cap``" when it reached
    :data:`COUNT_CAP`) and the cases left out while their figures are recomputed."""

    rows: list[DeadlineRow]
    next: PageKey | None
    #: cases the whole board lists (at most ``cap + 1``)
    total: int
    #: of them, cases with every statutory deadline passed (None when ``total`` could not be counted in full)
    passed: int | None
    cap: int
    updating: int = 0

    @property
    def total_capped(self) -> bool:
        return self.total > self.cap


def deadline_page(store: CaseStore, as_of: dt.date, *, site: str | None = None, volunteer: str | None = None,
                  within_days: int | None = None, after: PageKey | None = None, size: int = PAGE_SIZE,
                  read_whole_up_to: int = READ_WHOLE_UP_TO, cap: int = COUNT_CAP,
                  counts: bool = True, cancel: CancelToken | None = None) -> BoardPage:
    """The first ``size`` rows of :func:`deadline_board` (without ``refresh``) after ``after``: what the
    window shows, at a cost that does not grow with the file.

    Each case's row is still decided by the domain rule (:func:`next_deadline_of`) from its stored deadlines;
    SQL only chooses which cases to look at. A case's row is one of its deadlines that may be a row (see
    :func:`~clinic_app.domain.deadlines.row_roles`), so the cases whose next deadlines come first are found
    by walking those deadlines upward from the day in the board's order (day, then case number): once
    ``size + 1`` rows come no later than the last deadline walked, no case not yet seen can come before them.
    The passed ones (after every coming one) are found walking down from the day. A site or volunteer filter
    is applied in the walk's query; one that matches few cases (at most ``read_whole_up_to``) reads them
    whole instead, through the site's entries of the dashboard index.
    """
    until = None if within_days is None else as_of + dt.timedelta(days=within_days)
    updating = store.dashboard_stale(site=site, volunteer=volunteer)
    total, passed = _counts(store, as_of, site, volunteer, until, cap) if counts else (0, None)
    if site is not None or volunteer is not None:
        uuids = store.dashboard_cases(site=site, volunteer=volunteer, limit=read_whole_up_to + 1)
        if len(uuids) <= read_whole_up_to:
            rows = _rows(store.deadlines_of(uuids), as_of, within_days)
            start = 0 if after is None else next(
                (i for i, r in enumerate(rows) if board_order(r) > _after_key(after, as_of)), len(rows))
            page = rows[start:start + size + 1]
            return _page(page, size, total, passed, cap, updating)
    found: list[DeadlineRow] = []
    if after is None or not after.passed:
        first = as_of if after is None else after.date
        found = _walk(store, as_of, first, until, up=True, after=after, need=size + 1,
                      site=site, volunteer=volunteer, within_days=within_days, cancel=cancel)
    if len(found) <= size and until is None:
        first = as_of - dt.timedelta(days=1) if after is None or not after.passed else after.date
        found += _walk(store, as_of, first, None, up=False, after=after if after and after.passed else None,
                       need=size + 1 - len(found), site=site, volunteer=volunteer,
                       within_days=None, cancel=cancel)
    return _page(found, size, total, passed, cap, updating)


@dataclass(frozen=True)
class BoardCounts:
    """How many cases the whole board lists and how many of them have passed, counted in SQL (each stops at
    ``cap + 1``; ``passed`` is None when the board could not be counted in full)."""

    total: int
    passed: int | None
    cap: int

    @property
    def total_capped(self) -> bool:
        return self.total > self.cap


def board_counts(store: CaseStore, as_of: dt.date, *, site: str | None = None, volunteer: str | None = None,
                 within_days: int | None = None, cap: int = COUNT_CAP) -> BoardCounts:
    """The counts of :func:`deadline_page`'s board, alone: the window asks for them after showing the first
    page (they read up to ``cap`` cases, the page about ``size``)."""
    until = None if within_days is None else as_of + dt.timedelta(days=within_days)
    total, passed = _counts(store, as_of, site, volunteer, until, cap)
    return BoardCounts(total, passed, cap)


def _after_key(after: PageKey, as_of: dt.date) -> tuple[bool, int, str]:
    return board_order_at((after.date, after.case_number), as_of, passed=after.passed)


def board_order_at(position: tuple[dt.date, str], as_of: dt.date, *, passed: bool) -> tuple[bool, int, str]:
    """:func:`board_order` of a row of that date and case number."""
    days = (position[0] - as_of).days
    return (passed, -days if passed else days, position[1])


def _rows(stored: Iterable[StoredDeadlines], as_of: dt.date, within_days: int | None) -> list[DeadlineRow]:
    """Each stored case's row by the domain rule, in the board's order (the whole board and every page)."""
    return dashboard_of((next_deadline_of(CaseRef(c.uuid, c.case_number, c.site, c.volunteer), c.deadlines, as_of,
                                          later_due_until=c.later_due_until, inquiry_may_save=c.inquiry_may_save)
                         for c in stored), within_days=within_days)


def _page(rows: list[DeadlineRow], size: int, total: int, passed: int | None, cap: int,
          updating: int) -> BoardPage:
    shown = rows[:size]
    more = len(rows) > size
    return BoardPage(shown, _page_key(shown[-1]) if more and shown else None, total, passed, cap, updating)


def _counts(store: CaseStore, as_of: dt.date, site: str | None, volunteer: str | None, until: dt.date | None,
            cap: int) -> tuple[int, int | None]:
    total, coming = store.dashboard_counts(as_of, site=site, volunteer=volunteer, until=until, cap=cap)
    if until is not None:
        return total, 0
    return total, (total - coming if total <= cap and coming <= cap else None)


def _walk(store: CaseStore, as_of: dt.date, first: dt.date, last: dt.date | None, *, up: bool,
          after: PageKey | None, need: int, site: str | None, volunteer: str | None,
          within_days: int | None, cancel: CancelToken | None = None) -> list[DeadlineRow]:
    """The ``need`` first rows, in the board's order, that are coming (``up``) or passed (not ``up``) and come
    after ``after``: the deadlines that may be a row read in date order from ``first`` toward ``last``, a
    batch at a time, until the rows found are known to be the first."""
    if need <= 0:
        return []
    floor = _after_key(after, as_of) if after is not None else None
    seen: set[str] = set()
    found: list[DeadlineRow] = []
    batch = WALK_BATCH or min(max(need + 50, 100), 2_000)
    position: tuple[dt.date, str] | None = None
    while True:
        if cancel is not None:
            cancel.check()
        walked, ended = store.deadline_walk(first, last, passed=not up, after=position, limit=batch, site=site,
                                            volunteer=volunteer)
        new: list[str] = []
        for _day, _number, uuid in walked:
            if uuid not in seen:
                seen.add(uuid)
                new.append(uuid)
        for row in _rows(store.deadlines_of(new, site=site, volunteer=volunteer), as_of, within_days):
            if row.passed != (not up):
                continue  # listed in the other part of the board
            if floor is not None and board_order(row) <= floor:
                continue
            found.append(row)
        if ended or not walked:
            break  # every deadline to ``last`` is seen: the rows found are all there are
        position = walked[-1][:2]
        # the deadlines that may be a row are walked in the board's order (day, then case number) up to
        # ``position``: a case not seen has its row after it, so the rows up to it are final
        edge = board_order_at(position, as_of, passed=not up)
        if sum(board_order(r) <= edge for r in found) >= need:
            break
    found.sort(key=board_order)
    return found[:need]


def deadline_rows(store: CaseStore, as_of: dt.date, *, site: str | None = None, volunteer: str | None = None,
                  within_days: int | None = None, progress: Progress = no_progress,
                  cancel: CancelToken | None = None) -> list[DeadlineRow]:
    """Every live case by days left to its next deadline (stale figures recomputed first, see
    :func:`deadline_board`)."""
    return deadline_board(store, as_of, site=site, volunteer=volunteer, within_days=within_days,
                          progress=progress, cancel=cancel).rows


def engine_rows(store: CaseStore, as_of: dt.date, *, site: str | None = None, volunteer: str | None = None,
                within_days: int | None = None) -> list[DeadlineRow]:
    """:func:`deadline_rows` by running the engine on every whole case: what the stored deadlines are checked
    against."""
    items = ((ref, ent) for ref, ent, _name in _computed(store, as_of, site=site))
    return dashboard(items, as_of, site=site, volunteer=volunteer, within_days=within_days)


def reminders(store: CaseStore, as_of: dt.date, within_days: int = REMINDER_DAYS) -> list[DeadlineRow]:
    """The cases whose next deadline falls within ``within_days`` (the start-up reminder banner)."""
    return deadline_rows(store, as_of, within_days=within_days)


#: the start-up reminder counts up to this many cases, then says "more than"
REMINDER_CAP = 1_000


def reminder_count(store: CaseStore, as_of: dt.date, within_days: int = REMINDER_DAYS, *,
                   cap: int | None = REMINDER_CAP) -> int:
    """How many cases :func:`reminders` lists (cases whose figures are being recomputed left out), at most
    ``cap + 1`` (more than ``cap``), counted in SQL from the deadlines of those days only: the start-up
    banner's cost is that of two weeks of deadlines up to the cap, whatever the size of the file (a mass
    layoff puts 66,000 of 100,000 cases' complaints in the same two weeks: 0.6 s of CPU uncapped)."""
    return store.dashboard_counts(as_of, until=as_of + dt.timedelta(days=within_days), cap=cap)[0]


def calendar_items(store: CaseStore, as_of: dt.date, within_days: int, *, site: str | None = None,
                   with_names: bool = False, refresh: bool = True
                   ) -> tuple[list[tuple[CaseRef, Deadline]], dict[str, str]]:
    """What the calendar export carries: every deadline (all kinds, not only each case's next) from ``as_of``
    to ``within_days`` later, by date, of the live, not closed cases (of ``site``), and their display names
    when ``with_names``. Read from the deadlines stored with each case's figures (stale figures recomputed
    first; when they cannot be, the engine runs on the whole cases instead, as :func:`deadline_board` does)."""
    from clinic_app.storage import StorageError

    if refresh:
        try:
            store.refresh_stale_figures()
        except StorageError:
            return engine_calendar_items(store, as_of, within_days, site=site, with_names=with_names)
    last = as_of + dt.timedelta(days=within_days)
    items: list[tuple[CaseRef, Deadline]] = []
    names: dict[str, str] = {}
    for case, (kind, day, basis), name in store.deadlines_between(as_of, last, site=site, with_names=with_names):
        items.append((CaseRef(case.uuid, case.case_number, case.site, case.volunteer), Deadline(kind, day, basis)))
        if with_names:
            names[case.uuid] = name
    return items, names


def engine_calendar_items(store: CaseStore, as_of: dt.date, within_days: int, *, site: str | None = None,
                          with_names: bool = False) -> tuple[list[tuple[CaseRef, Deadline]], dict[str, str]]:
    """:func:`calendar_items` by running the engine on every whole case: what the stored way is checked against
    (and the fallback when stale figures cannot be recomputed)."""
    items = []
    names: dict[str, str] = {}
    for ref, ent, name in _computed(store, as_of):
        if site is not None and ref.site != site:
            continue
        items.append((ref, ent))
        if with_names:
            names[ref.uuid] = name
    events = upcoming(items, as_of, within_days)
    listed = {ref.uuid for ref, _d in events}
    return events, {uuid: name for uuid, name in names.items() if uuid in listed}


def write_calendar(store: CaseStore, path: str | os.PathLike[str], lang: str, *, as_of: dt.date,
                   within_days: int, with_names: bool = False, site: str | None = None) -> int:
    """Write every deadline from ``as_of`` to ``within_days`` later as an ``.ics`` file (atomically, 0600);
    returns how many events it holds. Names only when ``with_names`` (the user's explicit choice). From the
    stored deadlines (:func:`calendar_items`): the cost is that of the deadlines in those days."""
    from clinic_app.export.atomic import write_bytes_atomic
    from clinic_app.export.calendar import deadlines_ics

    events, names = calendar_items(store, as_of, within_days, site=site, with_names=with_names)
    stamp = dt.datetime.combine(as_of, dt.time(0, 0), tzinfo=dt.UTC)
    write_bytes_atomic(path, deadlines_ics(events, lang, stamp=stamp, names=names if with_names else None))
    return len(events)
