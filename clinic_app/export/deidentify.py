"""De-identified exports that measure themselves: generalisation, then suppression, until k-anonymity.

Why: leaving out names and contacts is not enough. Site + exact hire date + weekly wage was unique for
96.6 % of 10,000 demo rows: anyone holding the employer's payroll (the employer itself) could put a name
back on almost every row. So a de-identified export:

1. **generalises** every column that someone outside the clinic could know (a quasi-identifier): dates
   become months (``2023-04``), money becomes bands (weekly wage by $100, amounts by $1,000...), hours and
   weeks become bands, and a ``service_years`` column (whole years from hire to termination) replaces what
   the exact dates said;
2. **suppresses** rare combinations: a row whose combination of quasi-identifiers is shared by fewer than
   ``k`` rows gets its least useful quasi-identifier replaced by ``*``, then the next, in the order of
   :data:`SUPPRESSION_ORDER` (timestamps first, the case's kind last), until its group has ``k`` rows; a row
   still alone once everything is suppressed is left out;
3. **reports** the ``k`` reached (the smallest group), the rows left out and the cells suppressed.

Not quasi-identifiers: the case UUID and number (random or clinic-internal: they link a row back to the
clinic's own database, which is their purpose, and to nothing outside it).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from clinic_app.export.columns import Column, ColumnType, ExportRecord

DEFAULT_K = 5
SUPPRESSED = "*"
#: Internal identifiers, never generalised nor suppressed (see the module docstring).
NOT_QUASI = frozenset({"case_uuid", "case_number"})
#: Width of the bands money columns are generalised to, in dollars (other money columns: 1,000).
MONEY_BANDS = {"weekly_wage": Decimal(100), "hourly_rate": Decimal(5)}
NUMBER_BAND = Decimal(5)
#: Suppressed first -> last: what campaigns need least goes first.
SUPPRESSION_ORDER = (
    "created_at", "updated_at", "laptop_id", "last_day_worked", "claim_deadline", "next_deadline",
    "consent_scope", "notice_weeks_given", "weekly_hours", "hourly_rate", "paid", "shortfall", "amount_owed",
    "badge", "union_name", "client_name", "pay_basis", "preferred_language", "interpreter_needed",
    "release_signed", "union_member", "classified_as_contractor", "jurisdiction", "employment_type", "cause",
    "layoff", "province", "termination_date", "start_date", "service_years", "weekly_wage", "employer", "site",
    "status", "kind",
)


@dataclass(slots=True)
class DeidReport:
    """What the de-identification did: ``k_reached`` is the size of the smallest group written."""

    k_wanted: int = DEFAULT_K
    k_reached: int = 0
    rows_in: int = 0
    rows_written: int = 0
    rows_left_out: int = 0
    cells_suppressed: int = 0
    quasi_identifiers: list[str] = field(default_factory=list)


def _month(value: Any) -> str:
    if isinstance(value, dt.datetime):
        value = value.astimezone(dt.UTC) if value.tzinfo else value
    return f"{value.year:04d}-{value.month:02d}" if value is not None else ""


def _band(value: Any, width: Decimal, money: bool) -> str:
    if value is None or value == "":
        return ""
    number = Decimal(str(value))
    low = (number // width) * width
    high = low + width
    unit = " $" if money else ""
    return f"{low:f}-{high:f}{unit}".replace(".00", "")


def _service_years(record: ExportRecord) -> str:
    work = record.case.work
    start = work.start_date
    end = work.termination_date or work.last_day_worked
    if start is None or end is None or end < start:
        return ""
    years = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    return str(years)


def _generaliser(column: Column) -> Any:
    kind = column.type
    if kind in (ColumnType.DATE, ColumnType.DATETIME):
        return lambda v: _month(v)
    if kind is ColumnType.MONEY:
        width = MONEY_BANDS.get(column.name, Decimal(1000))
        return lambda v: _band(v, width, True)
    if kind in (ColumnType.NUMBER, ColumnType.INTEGER):
        return lambda v: _band(v, NUMBER_BAND, False)
    if kind is ColumnType.BOOL:
        return lambda v: "" if v is None else ("1" if v else "0")
    return lambda v: "" if v is None else str(v)


def _text_column(source: Column | None, name: str, get: Any) -> Column:
    label_fr = source.label_fr if source else "Années de service"
    label_en = source.label_en if source else "Years of service"
    if source is not None and source.type in (ColumnType.DATE, ColumnType.DATETIME):
        label_fr, label_en = f"{label_fr} (mois)", f"{label_en} (month)"
    elif source is not None and source.type in (ColumnType.MONEY, ColumnType.NUMBER, ColumnType.INTEGER):
        label_fr, label_en = f"{label_fr} (tranche)", f"{label_en} (band)"
    return Column(name, ColumnType.TEXT, False, get, label_fr, label_en)


def deidentify(records: Iterable[ExportRecord], columns: Sequence[Column], *, k: int = DEFAULT_K,
               report: DeidReport | None = None, service_years: bool = True) -> tuple[list[Column],
                                                                                      list[dict[str, str]]]:
    """Generalised, k-anonymous rows for ``columns`` (non-personal columns only); fills ``report``.

    Returns the columns to write (all text, plus ``service_years`` unless told not to: an export of chosen
    columns gets exactly those) and the rows as dicts.
    """
    if k < 1:
        raise ValueError("k must be at least 1")
    report = report if report is not None else DeidReport()
    report.k_wanted = k
    makers = [(c.name, c.get, (lambda v: "" if v is None else str(v)) if c.name in NOT_QUASI else _generaliser(c))
              for c in columns]
    rows: list[dict[str, str]] = []
    for record in records:
        row = {name: make(get(record)) for name, get, make in makers}
        if service_years:
            row["service_years"] = _service_years(record)
        rows.append(row)
    names = [c.name for c in columns] + (["service_years"] if service_years else [])
    quasi = [n for n in names if n not in NOT_QUASI]
    order = [n for n in SUPPRESSION_ORDER if n in quasi] + [n for n in quasi if n not in SUPPRESSION_ORDER]
    report.quasi_identifiers = order
    report.rows_in = len(rows)
    # level[i] = how many quasi-identifiers of row i are suppressed, in ``order``: its key is (level, the rest)
    values = [tuple(row[n] for n in order) for row in rows]
    level = [0] * len(rows)
    top = len(order)
    while True:
        sizes = Counter((level[i], values[i][level[i]:]) for i in range(len(rows)))
        raised = False
        for i in range(len(rows)):
            if level[i] < top and sizes[(level[i], values[i][level[i]:])] < k:
                level[i] += 1
                raised = True
        if not raised:
            break
    sizes = Counter((level[i], values[i][level[i]:]) for i in range(len(rows)))
    kept: list[dict[str, str]] = []
    for i, row in enumerate(rows):
        if sizes[(level[i], values[i][level[i]:])] < k:
            continue  # alone even with every quasi-identifier suppressed: left out
        for name in order[:level[i]]:
            if row[name] != "":
                report.cells_suppressed += 1
            row[name] = SUPPRESSED
        kept.append(row)
    report.rows_written = len(kept)
    report.rows_left_out = len(rows) - len(kept)
    groups = Counter(tuple(row[n] for n in order) for row in kept)
    report.k_reached = min(groups.values()) if groups else 0
    by_name = {c.name: c for c in columns}
    out_columns = [_text_column(by_name.get(n), n, (lambda r, n=n: r[n])) for n in names]
    return out_columns, kept
