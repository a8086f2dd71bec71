"""The case model: what one intake holds, as plain dataclasses (``shared/design.md``, "Case model").

Why dataclasses here and ORM models in ``storage``: the forms, the letters, the exports and the bundles
all work on these values; only ``storage`` knows how they are kept. ``storage`` maps them to and from its
tables, field for field.

Everything a volunteer may not know yet is optional (``None``): a case is saved as a draft long before it
is complete, and :mod:`clinic_app.domain.validation` says what is missing. Money is ``Decimal``, dates are
``datetime.date``, timestamps are timezone-aware UTC ``datetime``.

No social insurance number is collected, anywhere.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from clinic_app.domain.case_kinds import CaseKind as CaseKind
from clinic_app.domain.case_kinds import CaseStatus as CaseStatus
from clinic_app.domain.types import Cause, EmploymentType, Jurisdiction


class Language(StrEnum):
    FR = "fr"
    EN = "en"
    AR = "ar"
    OTHER = "other"


class Badge(StrEnum):
    BLUE = "blue"  # permanent
    WHITE = "white"  # seasonal / temporary


class PayBasis(StrEnum):
    ROUTE = "route"
    DAY = "day"
    HOUR = "hour"
    PARCEL = "parcel"


class Party(StrEnum):
    """Who decided or supplied something, for the driver's control indicators."""

    DRIVER = "driver"
    DSP = "dsp"  # the delivery service partner (subcontractor)
    CLIENT = "client"  # the company the DSP delivered for
    RENTAL = "rental"  # vehicles only


class PaidBy(StrEnum):
    PAY_SLIP = "pay_slip"
    INVOICE = "invoice"
    OTHER = "other"


class PaymentPurpose(StrEnum):
    """What a payment was for; :data:`CONTRACT_PURPOSE` says which claim it reduces (contract v3)."""

    IN_LIEU_OF_NOTICE = "in_lieu_of_notice"
    SEVERANCE = "severance"
    CLOSURE_PACKAGE = "closure_package"
    VACATION = "vacation"
    FINAL_WAGES = "final_wages"  # the last ordinary pay: reduces nothing the engine computes
    OTHER = "other"


#: The contract's payment purpose for each purpose the form offers. A payment whose purpose is not known
#: ("other") is deducted from the notice claim, as version 2 deducted every payment: a claim must never ask
#: again for money the employer may have paid for it.
CONTRACT_PURPOSE: dict[PaymentPurpose, str] = {
    PaymentPurpose.IN_LIEU_OF_NOTICE: "notice",
    PaymentPurpose.SEVERANCE: "notice",
    PaymentPurpose.CLOSURE_PACKAGE: "notice",
    PaymentPurpose.VACATION: "vacation",
    PaymentPurpose.FINAL_WAGES: "wages",
    PaymentPurpose.OTHER: "notice",
}


class ConsentScope(StrEnum):
    INTAKE = "intake"  # keep the facts and compute
    INTAKE_AND_LETTERS = "intake_and_letters"  # also write to the employer on the person's behalf
    SHARE_WITH_PARTNERS = "share_with_partners"  # also share with the union / lawyers named to the person


def new_uuid() -> str:
    return str(uuid.uuid4())


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(slots=True)
class Consent:
    given_at: dt.datetime | None = None
    scope: ConsentScope | None = None
    recorded_by: str = ""  # volunteer name
    text_language: Language | None = None  # the language the consent text was read in

    @property
    def given(self) -> bool:
        return self.given_at is not None and self.scope is not None


@dataclass(slots=True)
class Person:
    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""
    date_of_birth: dt.date | None = None
    phone: str = ""
    email: str = ""
    address_line: str = ""
    city: str = ""
    province: str = "QC"
    postal_code: str = ""
    preferred_language: Language = Language.FR  # the worker's language
    interpreter_needed: bool = False
    immigration_status: str = ""  # sensitive: shown only where needed, never exported de-identified


@dataclass(slots=True)
class WeeklyWage:
    """Regular (non-overtime) pay of one complete week before the end of work."""

    amount: Decimal
    week_ending: dt.date | None = None


@dataclass(slots=True)
class Payment:
    """Money the employer (or DSP) already paid at the end: subtracted from what is owed."""

    amount: Decimal
    purpose: PaymentPurpose = PaymentPurpose.OTHER
    paid_on: dt.date | None = None
    note: str = ""


@dataclass(slots=True)
class WorkFacts:
    """Facts common to a warehouse job and a driver engagement: dates, pay, notice, payments, release."""

    jurisdiction: Jurisdiction = Jurisdiction.QC
    start_date: dt.date | None = None  # hire date (original one, s. 1(12), s. 97)
    last_day_worked: dt.date | None = None
    termination_date: dt.date | None = None  # or first day of the layoff
    layoff: bool = False
    cause: Cause = Cause.CLOSURE
    employment_type: EmploymentType = EmploymentType.PERMANENT
    term_end_date: dt.date | None = None
    notice_received_on: dt.date | None = None
    notice_weeks_given: Decimal | None = None  # None: not known (0 when the person received none)
    notice_given_during_layoff: bool = False
    hourly_rate: Decimal | None = None
    weekly_hours: Decimal | None = None
    weekly_wage: Decimal | None = None  # typed directly, or hourly_rate x weekly_hours
    wage_varies: bool = False
    recent_weekly_wages: list[WeeklyWage] = field(default_factory=list)
    #: gross wages of the current vacation reference year (from the last 1 May to the end), for s. 76
    reference_year_gross: Decimal | None = None
    #: gross wages of the last completed reference year whose leave was neither taken nor paid
    vacation_wages_completed_year: Decimal | None = None
    payments: list[Payment] = field(default_factory=list)
    release_signed: bool = False
    release_signed_on: dt.date | None = None
    #: legacy (before the establishment held it): used only when the establishment has no inquiry date
    cnesst_inquiry_on: dt.date | None = None
    complaint_filed_on: dt.date | None = None
    #: False: the employer *alleges* a serious fault (computed as not proven); True: admitted or decided
    serious_fault_established: bool = False
    recall_rights_months: int | None = None  # recall rights under the collective agreement (LNT s. 83.1)

    def effective_weekly_wage(self) -> Decimal | None:
        """The weekly wage typed, else hourly rate x weekly hours (unrounded: the engine rounds at the end)."""
        if self.weekly_wage is not None:
            return self.weekly_wage
        if self.hourly_rate is not None and self.weekly_hours is not None:
            return self.hourly_rate * self.weekly_hours
        return None


@dataclass(slots=True)
class WarehouseDetails:
    employer_legal_name: str = ""
    site_code: str = ""  # e.g. YUL2, DXT4: the establishment's code
    badge: Badge | None = None
    job_title: str = ""
    union_member: bool = False
    union_name: str = ""


@dataclass(slots=True)
class ControlIndicators:
    """What bears on employee status (LNT s. 1(10)); ``None`` means not asked or not known."""

    schedule_set_by: Party | None = None
    routes_set_by: Party | None = None
    could_refuse_routes: bool | None = None
    could_send_substitute: bool | None = None
    uniform_or_badge: bool | None = None
    monitoring_app: bool | None = None
    exclusivity: bool | None = None
    tools_supplied_by: Party | None = None
    paid_by: PaidBy | None = None

    def employee_indicators(self) -> list[str]:
        """Names of the indicators that point to employee status, for the staff summary and the letters."""
        out: list[str] = []
        if self.schedule_set_by in (Party.DSP, Party.CLIENT):
            out.append("schedule_set_by")
        if self.routes_set_by in (Party.DSP, Party.CLIENT):
            out.append("routes_set_by")
        if self.could_refuse_routes is False:
            out.append("could_refuse_routes")
        if self.could_send_substitute is False:
            out.append("could_send_substitute")
        if self.uniform_or_badge:
            out.append("uniform_or_badge")
        if self.monitoring_app:
            out.append("monitoring_app")
        if self.exclusivity:
            out.append("exclusivity")
        if self.tools_supplied_by in (Party.DSP, Party.CLIENT):
            out.append("tools_supplied_by")
        if self.paid_by is PaidBy.PAY_SLIP:
            out.append("paid_by")
        return out


@dataclass(slots=True)
class DriverDetails:
    dsp_legal_name: str = ""  # the delivery company the driver worked through
    dsp_address: str = ""
    client_name: str = ""  # the company it delivered for (jointly and severally liable, LNT s. 95)
    client_address: str = ""
    station_code: str = ""  # the station / establishment the driver delivered from
    pay_basis: PayBasis | None = None
    vehicle_owned_by: Party | None = None
    classified_as_contractor: bool = True
    controls: ControlIndicators = field(default_factory=ControlIndicators)


@dataclass(slots=True)
class Establishment:
    """A site or company, entered once and shared by its cases."""

    id: str = field(default_factory=new_uuid)
    code: str = ""  # site code (YUL2) or a short company name
    employer_legal_name: str = ""
    address: str = ""
    jurisdiction: Jurisdiction = Jurisdiction.QC
    closure_date: dt.date | None = None
    establishment_terminations: int | None = None  # as the employer counted them
    terminations_with_drivers: int | None = None  # second count: drivers deemed its employees
    collective_notice_weeks_given: Decimal | None = None  # notice to the Minister; None: not known
    #: the CNESST mailed this employer a notice of inquiry: suspends prescription for all its employees (s. 116)
    cnesst_inquiry_notice_date: dt.date | None = None
    #: optimistic concurrency, as for a case: 0 until first stored; a save of an older version is refused
    version: int = 0
    client_company: str = ""  # the company the site or delivery company works for (e.g. the retailer)
    minister_notice_date: dt.date | None = None  # when the notice of collective dismissal reached the Minister
    union_name: str = ""  # the association certified at this establishment, if any
    collective_agreement: str = ""  # its collective agreement (name, dates)


@dataclass(slots=True)
class Note:
    text: str
    author: str = ""
    created_at: dt.datetime = field(default_factory=utc_now)


@dataclass(slots=True)
class Case:
    uuid: str = field(default_factory=new_uuid)
    case_number: str = ""  # laptop prefix + sequence, given by storage on first save
    kind: CaseKind = CaseKind.WAREHOUSE
    status: CaseStatus = CaseStatus.DRAFT
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    created_by: str = ""
    laptop_id: str = ""
    version: int = 0  # optimistic concurrency: storage refuses a save whose version is stale
    person: Person = field(default_factory=Person)
    consent: Consent = field(default_factory=Consent)
    work: WorkFacts = field(default_factory=WorkFacts)
    warehouse: WarehouseDetails | None = None
    driver: DriverDetails | None = None
    establishment_id: str | None = None
    letter_language: Language = Language.FR  # separate from the worker's and the UI's language
    interview_language: Language = Language.FR  # the volunteer's UI language when the intake was taken
    documents_seen: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    @classmethod
    def new(cls, kind: CaseKind) -> Case:
        case = cls(kind=kind)
        if kind is CaseKind.WAREHOUSE:
            case.warehouse = WarehouseDetails()
        else:
            case.driver = DriverDetails()
        return case

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.person.given_name, self.person.family_name) if p)

    @property
    def site_or_company(self) -> str:
        if self.warehouse is not None:
            return self.warehouse.site_code or self.warehouse.employer_legal_name
        if self.driver is not None:
            return self.driver.station_code or self.driver.dsp_legal_name
        return ""


def to_contract_input(
    case: Case, establishment: Establishment | None = None, *, count_drivers: bool = False
) -> dict[str, Any]:
    """The case's facts as the input object of ``law/contract.md`` (what ``entitlements`` reads).

    Numbers are ``Decimal`` (the engine accepts ``Decimal`` as a JSON number; ``json`` callers convert).
    Missing facts are left out, so the engine's own validation names the missing field. With
    ``count_drivers``, the establishment's second count (drivers deemed its employees) is used for the
    collective dismissal: the GUI shows both side by side.
    """
    w = case.work
    out: dict[str, Any] = {"jurisdiction": str(w.jurisdiction)}
    if establishment is not None and establishment.jurisdiction:
        out["jurisdiction"] = str(establishment.jurisdiction)
    if w.start_date is not None:
        out["hire_date"] = w.start_date.isoformat()
    if w.termination_date is not None:
        out["termination_date"] = w.termination_date.isoformat()
    wage = w.effective_weekly_wage()
    if wage is None and w.wage_varies and w.recent_weekly_wages:
        # The contract requires a weekly wage, but when the wage varies the engine uses the mean of the recent
        # weeks (reference.md, "Weekly wage W"); a volunteer who typed only the weeks has given what counts.
        wage = sum((x.amount for x in w.recent_weekly_wages), Decimal(0)) / len(w.recent_weekly_wages)
    if wage is not None:
        out["weekly_regular_wage"] = wage
    if w.wage_varies:
        out["wage_varies"] = True
        out["recent_weekly_wages"] = [x.amount for x in w.recent_weekly_wages]
    out["notice_weeks_given"] = w.notice_weeks_given  # None: not known (contract v3)
    out["notice_given_during_layoff"] = w.notice_given_during_layoff
    out["employment_type"] = str(w.employment_type)
    out["layoff"] = w.layoff
    out["cause"] = str(w.cause)
    out["serious_fault_established"] = w.serious_fault_established
    if w.recall_rights_months is not None:
        out["recall_rights_months"] = w.recall_rights_months
    out["union_member"] = bool(case.warehouse is not None and case.warehouse.union_member)
    if w.vacation_wages_completed_year is not None:
        out["vacation_wages_completed_year"] = w.vacation_wages_completed_year
    if w.reference_year_gross is not None:
        out["vacation_wages_current_year"] = w.reference_year_gross
    inquiry = establishment.cnesst_inquiry_notice_date if establishment is not None else None
    if inquiry is None:
        inquiry = w.cnesst_inquiry_on
    if inquiry is not None:
        out["cnesst_inquiry_notice_date"] = inquiry.isoformat()
    if establishment is not None:
        count = establishment.establishment_terminations
        if count_drivers and establishment.terminations_with_drivers is not None:
            count = establishment.terminations_with_drivers
        if count is not None:
            out["establishment_terminations"] = count
        # None: the employer's notice to the Minister is not known (v3: computed as none, and flagged)
        out["collective_notice_weeks_given"] = establishment.collective_notice_weeks_given
    out["classified_as_contractor"] = bool(case.driver is not None and case.driver.classified_as_contractor)
    out["employer_payments"] = [{"amount": p.amount, "purpose": CONTRACT_PURPOSE[p.purpose]} for p in w.payments]
    return out
