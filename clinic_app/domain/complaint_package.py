"""Who goes into a site's CNESST complaint package, with what facts and amounts, and who is left out and why.

Why in the domain: a non-profit organisation may file the CNESST money complaint for workers only with each
one's written consent (LNT s. 102), and only for money still claimable on the day (a head whose prescription
date has passed is left out). Those are rules; the renderer (:mod:`clinic_app.letters.complaint_package`) only
lays out what this module decides. Rows follow the order of the CNESST money-complaint form: the worker, the
employer(s) (for a driver: the delivery partner and the client company, solidarily liable, s. 95), the
employment, the wage, each amount claimed with its nature, period and section, what was already paid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from clinic_app.domain.case import Case, CaseKind, Establishment
from clinic_app.domain.case_figures import case_entitlements
from clinic_app.domain.site_view import ACTING_SCOPES
from clinic_app.domain.types import Entitlements, Head, PaymentPurpose

_ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Debtor:
    role: str  # "employer", "delivery_partner", "client_company"
    name: str
    address: str


@dataclass(frozen=True, slots=True)
class ClaimedHead:
    head: Head
    amount: Decimal  # still owed: after the payments made for that head
    due_date: dt.date
    prescription_date: dt.date
    basis: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PackageRow:
    """One worker of the package, in the order of the CNESST's money-complaint form."""

    case_uuid: str
    case_number: str
    name: str
    address: str
    phone: str
    language: str
    debtors: tuple[Debtor, ...]
    job: str
    hire_date: dt.date
    end_date: dt.date
    layoff: bool
    union_member: bool
    weekly_wage: Decimal
    heads: tuple[ClaimedHead, ...]
    paid_notice: Decimal
    paid_vacation: Decimal
    consent_given_at: dt.datetime
    consent_recorded_by: str

    @property
    def total(self) -> Decimal:
        return sum((h.amount for h in self.heads), _ZERO)


@dataclass(frozen=True, slots=True)
class LeftOut:
    case_number: str
    reason: str  # "no_consent", "consent_scope", "incomplete", "nothing_claimable"


@dataclass
class Package:
    establishment: Establishment
    as_of: dt.date
    rows: list[PackageRow] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)


LEFT_OUT_REASONS: dict[str, dict[str, str]] = {
    "no_consent": {"fr": "aucun consentement inscrit", "en": "no consent recorded"},
    "consent_scope": {"fr": "le consentement ne couvre que l'accueil", "en": "the consent covers the intake only"},
    "incomplete": {"fr": "faits incomplets (les montants ne se calculent pas)",
                   "en": "incomplete facts (the amounts cannot be computed)"},
    "nothing_claimable": {"fr": "aucune somme encore réclamable à cette date",
                          "en": "no amount still claimable on that day"},
}


def _debtors(case: Case, est: Establishment) -> tuple[Debtor, ...]:
    if case.kind is CaseKind.DRIVER and case.driver is not None:
        d = case.driver
        out = [Debtor("delivery_partner", d.dsp_legal_name or est.employer_legal_name, d.dsp_address or est.address)]
        if d.client_name:
            out.append(Debtor("client_company", d.client_name, d.client_address))
        return tuple(out)
    employer = case.warehouse.employer_legal_name if case.warehouse is not None else ""
    return (Debtor("employer", employer or est.employer_legal_name, est.address),)


def _claimed(ent: Entitlements, as_of: dt.date) -> tuple[ClaimedHead, ...]:
    """The heads still claimable on ``as_of``, each net of the payments made for it."""
    out = []
    unapplied = ent.facts.employer_payments  # notice payments, applied to the notice heads in order
    for head in ent.heads:
        if head.head is Head.VACATION_INDEMNITY:
            amount = ent.vacation_shortfall or _ZERO
        else:
            applied = min(unapplied, head.amount)
            unapplied -= applied
            amount = head.amount - applied
        if head.prescription_date < as_of:
            continue
        if amount > 0:
            out.append(ClaimedHead(head.head, amount, head.due_date, head.prescription_date, head.basis))
    return tuple(out)


def build_package(est: Establishment, cases: Iterable[Case], as_of: dt.date) -> Package:
    """The package of ``est``'s cases on ``as_of``: who is in (with consent that lets the clinic act, and money
    still claimable), who is left out and why. Cases of other establishments are ignored."""
    out = Package(establishment=est, as_of=as_of)
    for case in cases:
        if case.establishment_id != est.id:
            continue
        number = case.case_number or case.uuid[:8]
        if not case.consent.given or case.consent.given_at is None:
            out.left_out.append(LeftOut(number, "no_consent"))
            continue
        if case.consent.scope not in ACTING_SCOPES:
            out.left_out.append(LeftOut(number, "consent_scope"))
            continue
        ent = case_entitlements(case, est, as_of=as_of)
        if not isinstance(ent, Entitlements):
            out.left_out.append(LeftOut(number, "incomplete"))
            continue
        heads = _claimed(ent, as_of)
        if not heads:
            out.left_out.append(LeftOut(number, "nothing_claimable"))
            continue
        p = case.person
        address = ", ".join(x for x in (p.address_line, p.city, p.province, p.postal_code) if x)
        job = case.warehouse.job_title if case.warehouse is not None else ""
        paid = {purpose: sum((x.amount for x in ent.facts.payments if x.purpose is purpose), _ZERO)
                for purpose in (PaymentPurpose.NOTICE, PaymentPurpose.VACATION)}
        out.rows.append(PackageRow(
            case_uuid=case.uuid, case_number=number, name=case.display_name, address=address, phone=p.phone,
            language=p.preferred_language.value, debtors=_debtors(case, est), job=job,
            hire_date=ent.facts.hire_date, end_date=ent.facts.termination_date, layoff=ent.facts.layoff,
            union_member=ent.facts.union_member, weekly_wage=ent.weekly_wage_used, heads=heads,
            paid_notice=paid[PaymentPurpose.NOTICE], paid_vacation=paid[PaymentPurpose.VACATION],
            consent_given_at=case.consent.given_at, consent_recorded_by=case.consent.recorded_by))
    out.rows.sort(key=lambda r: r.case_number)
    out.left_out.sort(key=lambda r: r.case_number)
    return out
