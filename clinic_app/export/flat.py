"""Export columns read from the store's flat rows (one joined query, figures as stored) instead of whole cases.

Why: a 100k-case CSV export spent 47 % of its time rebuilding cases from seven tables and 29 % running the
engine twice per case, for figures the store already keeps (computed at save time, with the engine and
law-table version, see ``CaseStore.refresh_stale_figures``). Each column of :data:`columns.COLUMNS` has here
the same value read from a flat row; ``tests/export/test_flat_export.py`` checks that the file is the same,
byte for byte, as the one written from whole cases. One difference is possible, never in the demo data:
``paid`` comes from the stored cents, so a payment typed with one decimal ("1234.5") is written "1234.50";
nothing paid is still "0", as the engine's sum wrote it.

Only the full profile reads flat rows: the de-identified one generalises from whole cases (service years,
age bands), and is written for campaigns, not 100k-row dumps.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from clinic_app.export.columns import Column

if TYPE_CHECKING:
    from clinic_app.storage import CaseQuery, CaseStore

Row = tuple[Any, ...]
_ZERO = Decimal(0)


def _cents(value: int | None) -> Decimal | None:
    return None if value is None else Decimal(value).scaleb(-2)


def _getters(index: dict[str, int]) -> dict[str, Callable[[Row], Any]]:
    """Column name -> value from a flat row, mirroring each column's ``get`` on a whole case."""

    def field(name: str) -> Callable[[Row], Any]:
        return operator.itemgetter(index[name])  # C, not a lambda: 50 of these per row

    def part(has: str, name: str, default: Any = "") -> Callable[[Row], Any]:
        """A field of the warehouse or driver part: ``default`` when the case has no such part."""
        h, i = index[has], index[name]
        return lambda r: r[i] if r[h] is not None else default

    def money(name: str) -> Callable[[Row], Any]:
        i = index[name]
        return lambda r: _cents(r[i])

    wh, dr = index["warehouse_uuid"], index["driver_uuid"]
    emp, dsp = index["employer_legal_name"], index["dsp_legal_name"]
    wage, rate, hours = index["weekly_wage"], index["hourly_rate"], index["weekly_hours"]

    def employer(r: Row) -> Any:
        return r[emp] if r[wh] is not None else r[dsp] if r[dr] is not None else ""

    def weekly_wage(r: Row) -> Any:  # WorkFacts.effective_weekly_wage
        if r[wage] is not None:
            return r[wage]
        if r[rate] is not None and r[hours] is not None:
            return r[rate] * r[hours]
        return None

    union, contractor, paid_cents = index["union_member"], index["classified_as_contractor"], index["paid_cents"]

    def paid(r: Row) -> Any:  # the engine's sum starts at Decimal(0): nothing paid is "0", not "0.00"
        return _ZERO if not r[paid_cents] else _cents(r[paid_cents])

    out: dict[str, Callable[[Row], Any]] = {
        "case_uuid": field("uuid"), "site": field("site_or_company"), "employer": employer,
        "badge": part("warehouse_uuid", "badge"), "job_title": part("warehouse_uuid", "job_title"),
        "union_member": lambda r: bool(r[union]), "union_name": part("warehouse_uuid", "union_name"),
        "client_name": part("driver_uuid", "client_name"), "pay_basis": part("driver_uuid", "pay_basis"),
        "classified_as_contractor": lambda r: bool(r[contractor]),
        "weekly_wage": weekly_wage, "paid": paid, "amount_owed": money("amount_owed_cents"),
        "shortfall": money("shortfall_cents"),
    }
    for name in index:
        out.setdefault(name, field(name))
    return out


def flat_columns(store: CaseStore, query: CaseQuery | None, columns: Sequence[Column], *,
                 dates_as_text: bool = False) -> tuple[list[Column], Iterator[Row]] | None:
    """``columns`` re-pointed at the store's flat rows, and those rows (stale figures refreshed first).

    ``None`` when stale figures cannot be refreshed now (another program holds the write lock, a read-only
    copy): the caller then exports from whole cases and the engine, slower but never from stale figures.
    ``dates_as_text``: dates and timestamps as the database stores them where it stores text (see
    ``CaseStore.iter_flat``), for a writer that writes them as text anyway (the CSV's formatters take both).
    """
    from clinic_app.storage import StorageError

    try:
        store.refresh_stale_figures()
    except StorageError:
        return None
    names, rows = store.iter_flat(query, dates_as_text=dates_as_text)
    getters = _getters({name: i for i, name in enumerate(names)})
    # A Column's ``get`` is typed for ExportRecord; here it reads a flat row (the writers only call it).
    return [dataclasses.replace(c, get=getters[c.name]) for c in columns], rows  # type: ignore[arg-type]
