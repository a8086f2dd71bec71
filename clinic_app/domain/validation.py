"""What is missing or wrong in a case, field by field, with fr/en messages (``INTERFACES.md``).

Why two severities: "missing" facts are normal in a draft (the person will bring a pay slip), "error" values
are typos to fix now. A case leaves draft only with no issue at all, consent included. Pure and fast (the
GUI calls it after each keystroke pause): no parsing, no I/O, a few comparisons per field.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from dataclasses import field as dc_field
from decimal import Decimal
from typing import Any, Literal

from clinic_app.domain.case import Case, CaseKind, Establishment
from clinic_app.domain.parsing import MAX_MONEY, field_label, lang_of
from clinic_app.domain.types import EmploymentType

MIN_DATE = dt.date(1950, 1, 1)
_POSTAL = re.compile(r"[GHJ]\d[A-Z] \d[A-Z]\d")
_PHONE = re.compile(r"\d{3}-\d{3}-\d{4}( x\d{1,6})?")  # a North American number as the forms store it


def _phone_ok(phone: str) -> bool:
    """A number as the forms store it: ``514-555-0123`` or a valid number abroad in international form."""
    if _PHONE.fullmatch(phone):
        return True
    from clinic_app.domain.parsing import ParseError, normalize_phone

    try:
        return phone.startswith("+") and normalize_phone(phone) == phone
    except ParseError:
        return False
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

_MESSAGES: dict[str, dict[str, str]] = {
    "required": {"fr": "{label} : à remplir", "en": "{label}: required"},
    "consent_required": {"fr": "Consentement : requis pour sortir du brouillon",
                         "en": "Consent: required to leave draft"},
    "wage_required": {"fr": "{label} : attendu un salaire hebdomadaire, ou un taux horaire et des heures, "
                            "ou au moins une semaine de salaire",
                      "en": "{label}: expected a weekly wage, or an hourly rate and hours, or at least one week "
                            "of wages"},
    "employer_or_site": {"fr": "{label} : attendu le nom légal de l'employeur ou le code du site",
                         "en": "{label}: expected the employer legal name or the site code"},
    "date_range": {"fr": "{label} : attendu une date entre le 1950-01-01 et le {max}",
                   "en": "{label}: expected a date between 1950-01-01 and {max}"},
    "date_order": {"fr": "{label} : attendu une date au plus tard le {other_label} ({other})",
                   "en": "{label}: expected a date on or before {other_label} ({other})"},
    "date_after": {"fr": "{label} : attendu une date au plus tôt le {other_label} ({other})",
                   "en": "{label}: expected a date on or after {other_label} ({other})"},
    "age": {"fr": "{label} : attendu un âge de 14 à 100 ans à la fin d'emploi",
            "en": "{label}: expected an age of 14 to 100 at termination"},
    "postal_code": {"fr": "{label} : attendu une lettre, un chiffre, une lettre, un chiffre, une lettre, un chiffre "
                          "(ex. H2X 1Y4)",
                    "en": "{label}: expected letter, digit, letter, digit, letter, digit (e.g. H2X 1Y4)"},
    "phone": {"fr": "{label} : attendu un numéro à 10 chiffres (ex. 514-555-0123), ou un numéro étranger avec + "
                    "et l'indicatif du pays (ex. +33 1 23 45 67 89)",
              "en": "{label}: expected a 10-digit number (e.g. 514-555-0123), or a number abroad with + and the "
                    "country code (e.g. +33 1 23 45 67 89)"},
    "email": {"fr": "{label} : attendu une adresse courriel (ex. nom@example.org)",
              "en": "{label}: expected an email address (e.g. name@example.org)"},
    "money": {"fr": "{label} : attendu un montant entre 0 et 10 000 000 $ (au plus 2 décimales)",
              "en": "{label}: expected an amount between $0 and $10,000,000 (at most 2 decimals)"},
    "hours": {"fr": "{label} : attendu de 0 à 168 heures par semaine",
              "en": "{label}: expected 0 to 168 hours per week"},
}


@dataclass(frozen=True)
class CaseIssue:
    """One problem with one field: ``field`` dotted path, ``code`` key of the message, ``params`` its values."""

    field: str
    code: str
    severity: Literal["error", "missing"]
    params: dict[str, Any] = dc_field(default_factory=dict, hash=False, compare=True)

    def message(self, lang: str) -> str:
        lg = lang_of(lang)
        values = {k: (field_label(v, lg) if k.endswith("_label") else v) for k, v in self.params.items()}
        return _MESSAGES[self.code][lg].format(label=field_label(self.field, lg), **values)


def _money_ok(v: Decimal) -> bool:
    return Decimal(0) <= v <= MAX_MONEY and -v.as_tuple().exponent <= 2  # type: ignore[operator]


def validate_case(case: Case, establishment: Establishment | None = None, *,
                  today: dt.date | None = None) -> list[CaseIssue]:
    """Every issue of ``case`` (missing required facts, then wrong values); empty list = complete and sane."""
    today = today or dt.date.today()
    max_date = today + dt.timedelta(days=366)
    out: list[CaseIssue] = []

    def missing(path: str, code: str = "required") -> None:
        out.append(CaseIssue(path, code, "missing", {}))

    def error(path: str, code: str, **params: Any) -> None:
        out.append(CaseIssue(path, code, "error", params))

    p, w = case.person, case.work
    if not p.given_name.strip():
        missing("person.given_name")
    if not p.family_name.strip():
        missing("person.family_name")
    if case.consent.given_at is None or case.consent.scope is None:
        missing("consent", "consent_required")

    if case.kind is CaseKind.WAREHOUSE:
        wh = case.warehouse
        if wh is None or not (wh.employer_legal_name.strip() or wh.site_code.strip()):
            if not (establishment and establishment.employer_legal_name):
                missing("warehouse.employer_legal_name", "employer_or_site")
    else:
        d = case.driver
        if d is None or not d.dsp_legal_name.strip():
            missing("driver.dsp_legal_name")
        if d is None or not d.client_name.strip():
            missing("driver.client_name")
    if w.start_date is None:
        missing("work.start_date")
    if w.termination_date is None:
        missing("work.termination_date")
    if w.last_day_worked is None and case.kind is CaseKind.DRIVER:
        missing("work.last_day_worked")
    if w.employment_type is not EmploymentType.PERMANENT and w.term_end_date is None:
        missing("work.term_end_date")
    if w.wage_varies:
        if not w.recent_weekly_wages:
            missing("work.recent_weekly_wages", "wage_required")
    elif w.weekly_wage is None and (w.hourly_rate is None or w.weekly_hours is None):
        missing("work.weekly_wage", "wage_required")
    if w.release_signed and w.release_signed_on is None:
        missing("work.release_signed_on")

    dates = {
        "person.date_of_birth": p.date_of_birth, "work.start_date": w.start_date,
        "work.last_day_worked": w.last_day_worked, "work.termination_date": w.termination_date,
        "work.term_end_date": w.term_end_date, "work.notice_received_on": w.notice_received_on,
        "work.release_signed_on": w.release_signed_on,
    }
    bad = set()
    for path, value in dates.items():
        if value is not None and not (MIN_DATE <= value <= max_date):
            error(path, "date_range", max=max_date.isoformat())
            bad.add(path)

    def order(early: str, late: str) -> None:
        a, b = dates[early], dates[late]
        if a is not None and b is not None and early not in bad and late not in bad and a > b:
            error(early, "date_order", other_label=late, other=b.isoformat())

    order("work.start_date", "work.last_day_worked")
    order("work.start_date", "work.termination_date")
    order("work.last_day_worked", "work.termination_date")
    order("work.notice_received_on", "work.termination_date")
    order("work.start_date", "work.term_end_date")
    if p.date_of_birth is not None and "person.date_of_birth" not in bad:
        ref = w.termination_date or today
        age = ref.year - p.date_of_birth.year - ((ref.month, ref.day) < (p.date_of_birth.month, p.date_of_birth.day))
        if not 14 <= age <= 100:
            error("person.date_of_birth", "age")

    if p.postal_code and not _POSTAL.fullmatch(p.postal_code):
        error("person.postal_code", "postal_code")
    if p.phone and not _phone_ok(p.phone):
        error("person.phone", "phone")
    if p.email and not _EMAIL.fullmatch(p.email):
        error("person.email", "email")
    for path, amount in (("work.hourly_rate", w.hourly_rate), ("work.weekly_wage", w.weekly_wage)):
        if amount is not None and not _money_ok(amount):
            error(path, "money")
    if any(not _money_ok(x.amount) for x in w.recent_weekly_wages):
        error("work.recent_weekly_wages", "money")
    if w.weekly_hours is not None and not Decimal(0) <= w.weekly_hours <= 168:
        error("work.weekly_hours", "hours")
    return out


def can_leave_draft(issues: list[CaseIssue]) -> bool:
    """A case leaves draft only with no issue at all (consent is one of the required facts)."""
    return not issues

