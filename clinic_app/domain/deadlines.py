"""The deadline dashboard: every case by the days left to its next deadline, and what may save a passed one.

Why in the domain: which remedy is next, which have passed and what may still keep a claim alive are rules
(reference: docs/law.md §9), the same for the dashboard window, ``clinic-app deadlines`` and the calendar
export. This module only reads :class:`~clinic_app.domain.types.Entitlements` computed for a given day; it
knows nothing of storage or Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from clinic_app.domain import explain_en, explain_fr
from clinic_app.domain.explain import DEADLINE_LABELS, long_date
from clinic_app.domain.types import Deadline, Entitlements, Head

#: A deadline this close is in the start-up reminder (calendar days).
REMINDER_DAYS = 14
CIVIL = "civil_reasonable_notice"


@dataclass(frozen=True, slots=True)
class CaseRef:
    """What the dashboard shows of a case: no personal data beyond the case number and the volunteer's name."""

    uuid: str
    case_number: str
    site: str
    volunteer: str


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    """One case's next deadline (or, when every one has passed, the last to pass) on ``as_of``."""

    case: CaseRef
    kind: str
    date: dt.date
    basis: str
    days_left: int  # negative: passed that many days ago
    #: what may still keep a passed claim alive (kinds of ``SAVERS``), in order of strength
    savers: tuple[str, ...]
    #: the civil claim's last day, when it is what remains open
    civil_until: dt.date | None

    @property
    def passed(self) -> bool:
        return self.days_left < 0

    def label(self, lang: str) -> str:
        return DEADLINE_LABELS.get(self.kind, {}).get(lang, self.kind)

    def status(self, lang: str) -> str:
        """"in 12 days" / "today" / "passed 313 days ago" (never a bare negative number)."""
        texts = _texts(lang)
        if self.days_left > 0:
            return texts["in_days"].format(days=_days(self.days_left, lang))
        if self.days_left == 0:
            return texts["today"]
        return texts["passed_ago"].format(days=_days(-self.days_left, lang))

    def what_may_save(self, lang: str) -> str:
        """For a passed deadline, what may still keep the claim alive; empty when nothing is known to."""
        texts = _texts(lang)
        parts = []
        for saver in self.savers:
            if saver == "civil" and self.civil_until is not None:
                parts.append(texts["save.civil"].format(date=long_date(self.civil_until, lang)))
            else:
                parts.append(texts[f"save.{saver}"])
        return "; ".join(parts)


def _texts(lang: str) -> dict[str, str]:
    return explain_en.DASHBOARD if lang == "en" else explain_fr.DASHBOARD


def _days(n: int, lang: str) -> str:
    from clinic_app.domain.explain import plural

    return plural("day", n, lang)


def next_deadline(ref: CaseRef, ent: Entitlements, as_of: dt.date) -> DeadlineRow | None:
    """The row of one case: its soonest deadline not yet passed, else its last passed one (with savers)."""
    if not ent.deadlines:
        return None
    # The civil claim is what remains *after* the statutory remedies: it is shown as a saver of a passed claim,
    # never as the "next deadline" hiding that the one-year claim has passed.
    statutory = [d for d in ent.deadlines if d.kind != CIVIL] or list(ent.deadlines)
    open_ = [d for d in statutory if d.date >= as_of]
    claim_first = next((d for d in statutory if d.kind == "claim"), None)
    chosen: Deadline
    if open_:
        chosen = min(open_, key=lambda d: d.date)
    elif claim_first is not None:
        chosen = claim_first
    else:
        chosen = max(statutory, key=lambda d: d.date)
    savers: list[str] = []
    civil_until: dt.date | None = None
    claim = next((d for d in ent.deadlines if d.kind == "claim"), None)
    if claim is not None and claim.date < as_of:
        # A head whose own prescription date is later (a layoff's indemnity falls due later) is still open.
        if any(h.prescription_date >= as_of for h in ent.heads if h.head is not Head.VACATION_INDEMNITY):
            savers.append("later_due")
        civil = next((d for d in ent.deadlines if d.kind == CIVIL and d.date >= as_of), None)
        if civil is not None:
            savers.append("civil")
            civil_until = civil.date
        if ent.facts.jurisdiction.value == "QC" and ent.facts.cnesst_inquiry_notice_date is None:
            savers.append("inquiry_before")
    return DeadlineRow(case=ref, kind=chosen.kind, date=chosen.date, basis=chosen.basis,
                       days_left=(chosen.date - as_of).days, savers=tuple(savers), civil_until=civil_until)


def dashboard(items: Iterable[tuple[CaseRef, Entitlements]], as_of: dt.date, *, site: str | None = None,
              volunteer: str | None = None, within_days: int | None = None) -> list[DeadlineRow]:
    """Every case's row, soonest first, then the passed ones (most recently passed first); filtered by site,
    volunteer and, with ``within_days``, to deadlines not passed and at most that many days away."""
    rows: list[DeadlineRow] = []
    for ref, ent in items:
        if site is not None and ref.site != site:
            continue
        if volunteer is not None and ref.volunteer != volunteer:
            continue
        row = next_deadline(ref, ent, as_of)
        if row is None:
            continue
        if within_days is not None and not 0 <= row.days_left <= within_days:
            continue
        rows.append(row)
    rows.sort(key=lambda r: (r.passed, r.days_left if not r.passed else -r.days_left, r.case.case_number))
    return rows


def upcoming(items: Iterable[tuple[CaseRef, Entitlements]], as_of: dt.date,
             within_days: int) -> list[tuple[CaseRef, Deadline]]:
    """Every deadline (all kinds, not only each case's next) from ``as_of`` to ``within_days`` later, by date:
    what a calendar export carries."""
    out = [(ref, d) for ref, ent in items for d in ent.deadlines if 0 <= (d.date - as_of).days <= within_days]
    out.sort(key=lambda item: (item[1].date, item[0].case_number, item[1].kind))
    return out
