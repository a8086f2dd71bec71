"""The deadline dashboard and the calendar export, for the GUI and ``clinic-app deadlines``.

Why a service: the window, the command and the start-up reminder must list the same deadlines on the same day;
all three read them here and hand them to :mod:`clinic_app.domain.deadlines`. The deadlines are the ones stored
with each case's figures at save time (``case_deadline``), read in one query, not computed again: the engine's
own (``tests/campaign/test_stored_site_figures.py`` compares both ways). Closed and deleted cases are left out.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clinic_app.domain.case import CaseStatus
from clinic_app.domain.deadlines import (
    REMINDER_DAYS,
    CaseRef,
    DeadlineRow,
    dashboard,
    dashboard_of,
    next_deadline_of,
    upcoming,
)
from clinic_app.domain.types import Entitlements
from clinic_app.services.progress import CancelToken, Progress, live_cases, no_progress

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore


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
    rows = (next_deadline_of(CaseRef(c.uuid, c.case_number, c.site, c.volunteer), c.deadlines, as_of,
                             later_due_until=c.later_due_until, inquiry_may_save=c.inquiry_may_save)
            for c in stored)
    return Board(dashboard_of(rows, within_days=within_days), stale)


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


def write_calendar(store: CaseStore, path: str | os.PathLike[str], lang: str, *, as_of: dt.date,
                   within_days: int, with_names: bool = False, site: str | None = None) -> int:
    """Write every deadline from ``as_of`` to ``within_days`` later as an ``.ics`` file (atomically, 0600);
    returns how many events it holds. Names only when ``with_names`` (the user's explicit choice)."""
    from clinic_app.export.atomic import write_bytes_atomic
    from clinic_app.export.calendar import deadlines_ics

    items = []
    names: dict[str, str] = {}
    for ref, ent, name in _computed(store, as_of):
        if site is not None and ref.site != site:
            continue
        items.append((ref, ent))
        if with_names:
            names[ref.uuid] = name
    events = upcoming(items, as_of, within_days)
    stamp = dt.datetime.combine(as_of, dt.time(0, 0), tzinfo=dt.UTC)
    write_bytes_atomic(path, deadlines_ics(events, lang, stamp=stamp, names=names if with_names else None))
    return len(events)
