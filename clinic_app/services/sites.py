"""Sites (establishments) for coordinators: the list with their case counts, and one site added up.

Why a service: the Sites window, ``clinic-app sites`` and the one-page PDF must show the same totals; all add
them up here, on both counts. They read the figures stored at each save (:meth:`CaseStore.site_sums`, two
grouped queries), which are the engine's own (:func:`clinic_app.domain.site_view.site_totals` on the whole
cases gives the same totals: ``tests/campaign/test_stored_site_figures.py``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from clinic_app.domain.case import Establishment
from clinic_app.domain.site_view import ACTING_SCOPES, SiteTotals, missing_facts, site_totals
from clinic_app.errors import ClinicError
from clinic_app.services.progress import CancelToken, Progress, live_cases, no_progress

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore


class SiteNotFound(ClinicError):
    """No establishment has that code."""

    code = "site_not_found"
    exit_status = 1

    def __init__(self, site: str) -> None:
        self.site = site
        super().__init__(self.message("fr"))

    def message(self, lang: str = "fr") -> str:
        return (f"aucun site ou entreprise n'a le code « {self.site} »" if lang != "en"
                else f"no site or company has the code “{self.site}”")


@dataclass(frozen=True)
class SiteLine:
    """One line of the sites list."""

    establishment: Establishment
    cases: int


def list_sites(store: CaseStore) -> list[SiteLine]:
    """Every establishment with the number of live cases linked to it, by code (one SQL count, not a read of
    every case)."""
    counts = store.live_cases_by_establishment()
    return [SiteLine(e, counts.get(e.id, 0)) for e in store.list_establishments()]


def merge_sites(store: CaseStore, duplicate: Establishment, keep: Establishment) -> int:
    """Merge the duplicate site into the one kept: its cases move, it is removed; returns the cases moved.

    The kept site's facts stay as they are (a person checks them, the duplicate's are not copied over); the
    merge travels to the other laptops in the next bundle (see :mod:`clinic_app.domain.site_merge`).
    """
    return store.merge_establishments(keep.id, duplicate.id)


class AmbiguousSite(ClinicError):
    """Two establishments share a code (the duplicates a coordinator merges): the id says which."""

    code = "ambiguous_site"
    exit_status = 1

    def __init__(self, site: str, ids: list[str]) -> None:
        self.site, self.ids = site, ids
        super().__init__(self.message("fr"))

    def message(self, lang: str = "fr") -> str:
        ids = ", ".join(self.ids)
        return (f"plusieurs sites ont le code « {self.site} » : donnez plutôt l'identifiant de l'un d'eux ({ids})"
                if lang != "en" else
                f"several sites have the code “{self.site}”: give the identifier of one of them instead ({ids})")


def find_site(store: CaseStore, code: str) -> Establishment:
    """The establishment whose id is ``code``, or whose code is ``code`` (case-insensitive);
    :class:`SiteNotFound` if none, :class:`AmbiguousSite` if several share that code."""
    wanted = code.strip().casefold()
    everything = store.list_establishments()
    for est in everything:
        if est.id == code.strip():
            return est
    found = [est for est in everything if est.code.strip().casefold() == wanted]
    if len(found) > 1:
        raise AmbiguousSite(code, [e.id for e in found])
    if found:
        return found[0]
    raise SiteNotFound(code)


def totals(store: CaseStore, est: Establishment, as_of: dt.date, *, progress: Progress = no_progress,
           cancel: CancelToken | None = None, refresh: bool = True) -> SiteTotals:
    """The establishment's live cases added up on ``as_of``, on the employer's count and the drivers' count.

    Read from the figures stored at save time, added up in SQL. With ``refresh`` (the command, the PDF) stale
    figures are recomputed first; when they cannot be (another program holds the write lock, a read-only
    copy) the engine runs on the site's whole cases instead, never on stale figures. Without it (the Sites
    tab, whose figures are refreshed in the background) ``updating`` says how many cases are left out.
    """
    from clinic_app.storage import StorageError

    if refresh:
        try:
            store.refresh_stale_figures()
        except StorageError:
            return engine_totals(store, est, as_of, progress=progress, cancel=cancel)
    sums = store.site_sums(est.id, as_of, [s.value for s in ACTING_SCOPES])
    out = SiteTotals(establishment=est, as_of=as_of, cases=sums.cases, warehouse=sums.warehouse,
                     drivers=sums.drivers, by_status=Counter(sums.by_status), consents_acting=sums.consents_acting,
                     computed=sums.computed, owed=sums.owed, claim=sums.claim, not_yet_due=sums.not_yet_due,
                     claim_passed=sums.claim_passed, missing=missing_facts(est), updating=sums.stale)
    if est.terminations_with_drivers is not None:
        out.owed_drivers, out.claim_drivers = sums.owed_drivers, sums.claim_drivers
    months: dict[dt.date, tuple[int, Decimal]] = {}
    for due, (n, amount) in sums.due_by_date.items():
        month = due.replace(day=1)
        had, total = months.get(month, (0, Decimal(0)))
        months[month] = (had + n, total + amount)
    out.due_by_month = dict(sorted(months.items()))
    return out


def engine_totals(store: CaseStore, est: Establishment, as_of: dt.date, *, progress: Progress = no_progress,
                  cancel: CancelToken | None = None) -> SiteTotals:
    """:func:`totals` by running the engine on each of the site's whole cases (both counts): what the stored
    figures are checked against, and the way when they cannot be refreshed. Only the site's own cases are
    read (an indexed query on the establishment)."""
    from clinic_app.storage import CaseQuery

    return site_totals(est, live_cases(store, progress, cancel, query=CaseQuery(limit=None, establishment_id=est.id)),
                       as_of)


def write_site_pdf(store: CaseStore, est: Establishment, path: str | os.PathLike[str], lang: str, *,
                   as_of: dt.date) -> SiteTotals:
    """The one-page PDF of a site (no personal data), written atomically; returns the totals it shows."""
    from clinic_app.export.atomic import write_bytes_atomic
    from clinic_app.export.site_report import render_site_pdf

    result = totals(store, est, as_of)
    write_bytes_atomic(path, render_site_pdf(result, lang))
    return result
