"""The JSON that ``clinic-app letter`` reads: case facts for one letter, without a database.

Shape (``docs/letters.md``, example ``docs/examples/letter-case.json``): the input fields of the
entitlements contract at the top level (``jurisdiction``, ``hire_date``, ``termination_date``,
``weekly_regular_wage``...), plus the objects ``person``, ``employer``, ``recipient`` and ``clinic``, and for a
driver a ``driver`` object (delivery company, client, station, control indicators). The contract fields are
validated by the engine's own parser, so a bad field gets the same message as ``clinic-app entitlements``.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from clinic_app.domain.case import (
    Case,
    CaseKind,
    ControlIndicators,
    DriverDetails,
    Establishment,
    Language,
    PaidBy,
    Party,
    Payment,
    PaymentPurpose,
    WarehouseDetails,
    WeeklyWage,
)
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.domain.errors import FieldError
from clinic_app.domain.facts import parse_facts
from clinic_app.letters.render import Recipient

_PERSON = ("given_name", "family_name", "preferred_name", "phone", "email", "address_line", "city", "province",
           "postal_code")
_CLINIC = ("name", "address", "phone", "email", "signatory", "signatory_title", "logo_path")


def _object(data: dict[str, Any], key: str, *, required: bool = False) -> dict[str, Any]:
    value = data.get(key)
    if value is None:
        if required:
            raise FieldError(key, "missing")
        return {}
    if not isinstance(value, dict):
        raise FieldError(key, "object_expected", got=type(value).__name__)
    return value


def _text(obj: dict[str, Any], key: str, where: str, limit: int = 2000) -> str:
    value = obj.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FieldError(f"{where}.{key}", "not_a_string", got=type(value).__name__)
    if len(value) > limit:
        raise FieldError(f"{where}.{key}", "too_large", limit=f"{limit} caractères / characters")
    return value


def _enum(obj: dict[str, Any], key: str, where: str, kind: type[StrEnum]) -> Any:
    value = obj.get(key)
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        raise FieldError(f"{where}.{key}", "enum", value=repr(value),
                         allowed=", ".join(m.value for m in kind)) from None


def _bool_or_none(obj: dict[str, Any], key: str, where: str) -> bool | None:
    value = obj.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise FieldError(f"{where}.{key}", "not_a_bool", got=type(value).__name__)


def parse_letter_input(data: Any) -> tuple[Case, Establishment, ClinicProfile, Recipient | None]:
    """The case, establishment, clinic and optional recipient described by the JSON; FieldError if bad."""
    if not isinstance(data, dict):
        raise FieldError("case", "not_an_object", got=type(data).__name__)  # same words as `entitlements`
    facts = parse_facts(data)
    person = _object(data, "person", required=True)
    employer = _object(data, "employer")
    clinic_obj = _object(data, "clinic")
    recipient_obj = _object(data, "recipient")
    driver_obj = _object(data, "driver")
    kind = CaseKind.DRIVER if driver_obj or data.get("kind") == "driver" else CaseKind.WAREHOUSE
    case = Case.new(kind)
    for key in _PERSON:
        if key in person:
            setattr(case.person, key, _text(person, key, "person"))
    lang = _enum(person, "preferred_language", "person", Language)
    if lang is not None:
        case.person.preferred_language = lang
    w = case.work
    w.jurisdiction, w.start_date, w.termination_date = facts.jurisdiction, facts.hire_date, facts.termination_date
    w.weekly_wage, w.wage_varies = facts.weekly_regular_wage, facts.wage_varies
    w.recent_weekly_wages = [WeeklyWage(x) for x in facts.recent_weekly_wages]
    w.notice_weeks_given, w.notice_given_during_layoff = facts.notice_weeks_given, facts.notice_given_during_layoff
    w.employment_type, w.layoff, w.cause = facts.employment_type, facts.layoff, facts.cause
    if facts.employer_payments:
        w.payments = [Payment(amount=facts.employer_payments, purpose=PaymentPurpose.OTHER)]
    release = data.get("release_signed_on")
    if release is not None:
        from clinic_app.domain.facts import parse_date

        w.release_signed, w.release_signed_on = True, parse_date("release_signed_on", release)
    est = Establishment(code=_text(employer, "site_code", "employer", 100),
                        employer_legal_name=_text(employer, "name", "employer", 300),
                        address=_text(employer, "address", "employer"), jurisdiction=facts.jurisdiction,
                        establishment_terminations=facts.establishment_terminations,
                        collective_notice_weeks_given=facts.collective_notice_weeks_given)
    case.establishment_id = est.id
    if kind is CaseKind.WAREHOUSE:
        case.warehouse = WarehouseDetails(employer_legal_name=est.employer_legal_name, site_code=est.code,
                                          job_title=_text(employer, "job_title", "employer", 200))
    else:
        controls_obj = _object(driver_obj, "controls")
        controls = ControlIndicators(
            schedule_set_by=_enum(controls_obj, "schedule_set_by", "driver.controls", Party),
            routes_set_by=_enum(controls_obj, "routes_set_by", "driver.controls", Party),
            could_refuse_routes=_bool_or_none(controls_obj, "could_refuse_routes", "driver.controls"),
            could_send_substitute=_bool_or_none(controls_obj, "could_send_substitute", "driver.controls"),
            uniform_or_badge=_bool_or_none(controls_obj, "uniform_or_badge", "driver.controls"),
            monitoring_app=_bool_or_none(controls_obj, "monitoring_app", "driver.controls"),
            exclusivity=_bool_or_none(controls_obj, "exclusivity", "driver.controls"),
            tools_supplied_by=_enum(controls_obj, "tools_supplied_by", "driver.controls", Party),
            paid_by=_enum(controls_obj, "paid_by", "driver.controls", PaidBy))
        case.driver = DriverDetails(dsp_legal_name=est.employer_legal_name, dsp_address=est.address,
                                    client_name=_text(driver_obj, "client_name", "driver", 300),
                                    client_address=_text(driver_obj, "client_address", "driver"),
                                    station_code=est.code, classified_as_contractor=facts.classified_as_contractor,
                                    controls=controls)
    clinic = ClinicProfile(**{k: _text(clinic_obj, k, "clinic") for k in _CLINIC})
    recipient = None
    if recipient_obj:
        recipient = Recipient(_text(recipient_obj, "name", "recipient", 300),
                              _text(recipient_obj, "address", "recipient"))
    case.created_at = dt.datetime.combine(facts.termination_date, dt.time(), tzinfo=dt.UTC)
    return case, est, clinic, recipient
