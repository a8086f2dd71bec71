"""What the entitlement panel says about heads of claim, remedies and flags, in plain words, on a given day.

Why in the domain: which remedy is still open on the day a case is looked at, and what "not yet due" means
for a letter, are rules, not display. The panel (and any other front end) shows these lines as they are;
passed deadlines are said in words ("PASSED" / "PASSÉ"), never by colour alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from clinic_app.domain import explain_en, explain_fr
from clinic_app.domain.explain import DEADLINE_LABELS, long_date, message, money, plural
from clinic_app.domain.types import Entitlements


@dataclass(frozen=True, slots=True)
class RemedyLine:
    """One remedy (deadline kind) with its last day and whether it is still open on ``as_of``."""

    kind: str
    date: dt.date
    passed: bool
    text: str


def _panel(lang: str) -> dict[str, str]:
    return explain_en.PANEL if lang == "en" else explain_fr.PANEL


def head_lines(ent: Entitlements, lang: str, as_of: dt.date) -> list[str]:
    """Each head of claim: amount (before payments), due date, prescription date, and its state on ``as_of``."""
    panel = _panel(lang)
    out = []
    for head in ent.heads:
        text = panel["head"].format(label=message(f"head.label.{head.head.value}", lang),
                                    amount=money(head.amount, lang), due=long_date(head.due_date, lang),
                                    prescription=long_date(head.prescription_date, lang))
        if head.due_date > as_of:
            text += panel["head.not_yet_due"].format(due=long_date(head.due_date, lang))
        elif head.prescription_date < as_of:
            text += panel["head.prescribed"]
        out.append(text)
    return out


def remedy_lines(ent: Entitlements, lang: str, as_of: dt.date) -> list[RemedyLine]:
    """Every remedy with its deadline, open ones first (soonest first), then the passed ones."""
    panel = _panel(lang)
    out = []
    for d in ent.deadlines:
        label = DEADLINE_LABELS.get(d.kind, {}).get(lang, d.kind)
        label = label[:1].upper() + label[1:]
        left = (d.date - as_of).days
        if left < 0:
            text = panel["deadline.passed"].format(label=label, date=long_date(d.date, lang))
        elif left == 0:
            text = panel["deadline.today"].format(label=label, date=long_date(d.date, lang))
        else:
            text = panel["deadline.open"].format(label=label, date=long_date(d.date, lang),
                                                 days=plural("day", left, lang))
        out.append(RemedyLine(d.kind, d.date, left < 0, text))
    out.sort(key=lambda r: (r.passed, r.date))
    return out


def flag_lines(ent: Entitlements, lang: str) -> list[str]:
    """Each flag of the result in plain language (flags without a text are left out)."""
    panel = _panel(lang)
    return [panel[f"flag.{flag}"] for flag in ent.flags if f"flag.{flag}" in panel]
