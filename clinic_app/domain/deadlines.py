"""The deadline dashboard: every case by the days left to its next deadline, and what may save a passed one.

Why in the domain: which remedy is next, which have passed and what may still keep a claim alive are rules
(reference: docs/law.md §9), the same for the dashboard window, ``clinic-app deadlines`` and the calendar
export. This module only reads :class:`~clinic_app.domain.types.Entitlements` computed for a given day; it
knows nothing of storage or Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
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
    later_due_until = max((h.prescription_date for h in ent.heads if h.head is not Head.VACATION_INDEMNITY),
                          default=None)
    return next_deadline_of(ref, [(d.kind, d.date, d.basis) for d in ent.deadlines], as_of,
                            later_due_until=later_due_until,
                            inquiry_may_save=ent.facts.jurisdiction.value == "QC"
                            and ent.facts.cnesst_inquiry_notice_date is None)


def next_deadline_of(ref: CaseRef, deadlines: Sequence[tuple[str, dt.date, str]], as_of: dt.date, *,
                     later_due_until: dt.date | None, inquiry_may_save: bool) -> DeadlineRow | None:
    """:func:`next_deadline` from what is stored of a case (see :class:`~clinic_app.domain.case_figures.
    CaseFigures`): its deadlines as (kind, date, section) in the engine's order, the latest prescription of a
    head other than the vacation indemnity, and whether a CNESST notice of inquiry may still come. Plain
    tuples: the dashboard of a site of 5,000 cases makes 15,000 of them."""
    if not deadlines:
        return None
    # The civil claim is what remains *after* the statutory remedies: it is shown as a saver of a passed claim,
    # never as the "next deadline" hiding that the one-year claim has passed.
    statutory = [d for d in deadlines if d[0] != CIVIL] or deadlines
    chosen: tuple[str, dt.date, str] | None = None
    for d in statutory:  # the soonest not passed (the first of equal dates)
        if d[1] >= as_of and (chosen is None or d[1] < chosen[1]):
            chosen = d
    if chosen is None:  # all passed: the claim, else the last to pass
        chosen = next((d for d in statutory if d[0] == "claim"), None) or max(statutory, key=_date_of)
    savers: list[str] = []
    civil_until: dt.date | None = None
    claim = None
    for d in deadlines:
        if d[0] == "claim":
            claim = d
            break
    if claim is not None and claim[1] < as_of:
        # A head whose own prescription date is later (a layoff's indemnity falls due later) is still open.
        if later_due_until is not None and later_due_until >= as_of:
            savers.append("later_due")
        civil = next((d for d in deadlines if d[0] == CIVIL and d[1] >= as_of), None)
        if civil is not None:
            savers.append("civil")
            civil_until = civil[1]
        if inquiry_may_save:
            savers.append("inquiry_before")
    kind, date, basis = chosen
    return DeadlineRow(case=ref, kind=kind, date=date, basis=basis, days_left=(date - as_of).days,
                       savers=tuple(savers), civil_until=civil_until)


#: :func:`row_roles`: a deadline that is never a case's row; one that may be its row while not passed; one that
#: may be its row passed or not
NEVER_A_ROW, COMING_ROW, ANY_ROW = 0, 1, 2


def row_roles(kinds: Sequence[str]) -> list[int]:
    """For each deadline of a case (its kinds, in the engine's order), whether :func:`next_deadline_of` may
    choose it as the case's row: every statutory deadline (see there) may be the next one to come; once all
    have passed the row is the claim, else (a case without one) the last statutory deadline.

    Stored beside each deadline (``case_deadline.row_role``), so the dashboard can walk by date only the
    deadlines that may be a row, whatever the day asked: a page of the dashboard then reads about as many
    deadlines as it shows."""
    statutory = [k != CIVIL for k in kinds] if any(k != CIVIL for k in kinds) else [True] * len(kinds)
    has_claim = "claim" in kinds
    return [NEVER_A_ROW if not stat else ANY_ROW if (kind == "claim" or not has_claim) else COMING_ROW
            for kind, stat in zip(kinds, statutory, strict=True)]


def _date_of(deadline: tuple[str, dt.date, str]) -> dt.date:
    return deadline[1]


def dashboard(items: Iterable[tuple[CaseRef, Entitlements]], as_of: dt.date, *, site: str | None = None,
              volunteer: str | None = None, within_days: int | None = None) -> list[DeadlineRow]:
    """Every case's row, soonest first, then the passed ones (most recently passed first); filtered by site,
    volunteer and, with ``within_days``, to deadlines not passed and at most that many days away."""
    return dashboard_of((next_deadline(ref, ent, as_of) for ref, ent in items
                         if (site is None or ref.site == site) and (volunteer is None or ref.volunteer == volunteer)),
                        within_days=within_days)


def dashboard_of(rows: Iterable[DeadlineRow | None], *, within_days: int | None = None) -> list[DeadlineRow]:
    """:func:`dashboard` from rows already made (by :func:`next_deadline_of` from stored deadlines)."""
    out = [row for row in rows
           if row is not None and (within_days is None or 0 <= row.days_left <= within_days)]
    out.sort(key=board_order)
    return out


def board_order(row: DeadlineRow) -> tuple[bool, int, str]:
    """Soonest first, then the passed ones, most recently passed first; by case number among equals."""
    days = row.days_left
    return (days < 0, -days if days < 0 else days, row.case.case_number)


def upcoming(items: Iterable[tuple[CaseRef, Entitlements]], as_of: dt.date,
             within_days: int) -> list[tuple[CaseRef, Deadline]]:
    """Every deadline (all kinds, not only each case's next) from ``as_of`` to ``within_days`` later, by date:
    what a calendar export carries."""
    out = [(ref, d) for ref, ent in items for d in ent.deadlines if 0 <= (d.date - as_of).days <= within_days]
    out.sort(key=lambda item: (item[1].date, item[0].case_number, item[1].kind))
    return out
