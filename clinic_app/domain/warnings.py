"""Warnings about a computed case that staff must see before writing to an employer.

Why separate from the figures: these depend on facts outside the contract's input (today's date, a signed
release, a CNESST inquiry, a complaint already filed) and never change an amount; they tell the volunteer
what to do or what not to believe (a release does not waive the minimum; a deadline is close or past, and
what may keep the claim alive). The GUI shows them on the case, the letters mention the relevant ones.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from clinic_app.domain import law_tables
from clinic_app.domain.case import Case, Establishment
from clinic_app.domain.citations import cite_all
from clinic_app.domain.dates import add_months
from clinic_app.domain.explain import DEADLINE_LABELS, long_date, money
from clinic_app.domain.types import Entitlements, Flag, Jurisdiction

Severity = Literal["info", "warning", "danger"]

#: A deadline this close (calendar days) is flagged.
SOON_DAYS = 30
#: A weekly wage above this is probably a yearly amount or a typing slip: a soft check, never a refusal.
PLAUSIBLE_WEEKLY_WAGE = Decimal(5000)

_TEXT: dict[str, dict[str, str]] = {
    "release_cannot_waive": {
        "fr": "Une quittance a été signée, mais elle ne peut pas renoncer aux minimums de la loi ({basis}) : "
              "les sommes déjà versées ({paid}) sont déduites et seul le manque à gagner ({shortfall}) est réclamé.",
        "en": "A release was signed, but it cannot waive the legal minimums ({basis}): the amounts already paid "
              "({paid}) are deducted and only the shortfall ({shortfall}) is claimed."},
    "contractor_status_disputed": {
        "fr": "La personne était traitée comme travailleur autonome : son statut de salarié est contesté. Les "
              "chiffres sont calculés comme pour un salarié ({basis}).{extra}",
        "en": "The person was treated as an independent contractor: employee status is disputed. The figures "
              "are computed as for an employee ({basis}).{extra}"},
    "claim_deadline_soon": {
        "fr": "Le délai pour réclamer expire le {date}, dans {days} jour(s) ({basis}) : déposer la plainte sans "
              "attendre.",
        "en": "The deadline to claim is {date}, in {days} day(s) ({basis}): file the complaint now."},
    "claim_deadline_past": {
        "fr": "Le délai pour réclamer est passé depuis le {date} ({basis}). Ce qui peut encore garder la "
              "réclamation en vie : {alive}.",
        "en": "The deadline to claim passed on {date} ({basis}). What may still keep the claim alive: {alive}."},
    "claim_deadline_suspended": {
        "fr": "L'avis d'enquête de la CNESST du {inquiry} suspend la prescription pendant six mois ({basis}) : "
              "délai reporté au {date}.",
        "en": "The CNESST inquiry notice of {inquiry} suspends prescription for six months ({basis}): deadline "
              "moved to {date}."},
    "complaint_filed": {
        "fr": "Une plainte a été déposée le {filed}, avant l'expiration du délai ({date}) : la réclamation est "
              "faite à temps.",
        "en": "A complaint was filed on {filed}, before the deadline ({date}): the claim was made in time."},
    "deadline_soon": {
        "fr": "Aussi : {label}, au plus tard le {date}, dans {days} jour(s) ({basis}).",
        "en": "Also: {label}, by {date}, in {days} day(s) ({basis})."},
    "weekly_wage_implausible": {
        "fr": "Le salaire hebdomadaire retenu ({wage}) dépasse {limit} : vérifier qu'il s'agit bien d'un montant "
              "par semaine (et non par année, ni en cents).",
        "en": "The weekly wage used ({wage}) is above {limit}: check that it is a weekly amount (not yearly, not "
              "in cents)."},
    "hired_before_14": {
        "fr": "La date d'embauche ({hire}) précède les 14 ans de la personne ({birthday}) : vérifier la date de "
              "naissance et la date d'embauche.",
        "en": "The hire date ({hire}) is before the person turned 14 ({birthday}): check the date of birth and "
              "the hire date."},
    "site_count_below_cases": {
        "fr": "Le site {site} compte {count} fin(s) d'emploi, mais {cases} dossiers sont déjà saisis pour ce site : "
              "vérifier le compte dans les détails du site.",
        "en": "Site {site} counts {count} termination(s), but {cases} cases are already entered for it: check the "
              "count in the site details."},
    "notice_void_during_layoff": {
        "fr": "Le préavis a été remis pendant la mise à pied : il est nul ({basis}) et n'a pas été compté.",
        "en": "The notice was handed over during the layoff: it is null ({basis}) and was not counted."},
}

_ALIVE = {
    "inquiry": {"fr": "un avis d'enquête de la CNESST posté avant l'expiration suspend la prescription six mois "
                      "(LNT, art. 116)",
                "en": "a CNESST notice of inquiry mailed before the deadline suspends prescription for six "
                      "months (LNT s. 116)"},
    "complaint": {"fr": "une plainte déjà déposée à temps", "en": "a complaint already filed in time"},
    "later_due": {"fr": "après une mise à pied, l'indemnité n'est exigible qu'au bout de six mois (LNT, art. 83, "
                        "al. 2)",
                  "en": "after a layoff, the indemnity falls due only after six months (LNT s. 83 para. 2)"},
    "civil": {"fr": "le recours civil pour un délai de congé raisonnable reste ouvert jusqu'au {civil} (C.c.Q., "
                    "art. 2925)",
              "en": "the civil claim for reasonable notice stays open until {civil} (C.C.Q. art. 2925)"},
    "lawyer": {"fr": "faire vérifier par une avocate ou un avocat", "en": "have a lawyer check"},
}


@dataclass(frozen=True, slots=True)
class CaseWarning:
    """One warning: a stable ``code``, how loud it is, the section it rests on, and its text per language."""

    code: str
    severity: Severity
    basis: str
    params: tuple[tuple[str, str], ...] = ()
    template: str = ""  # key of the text; defaults to ``code``

    def message(self, lang: str = "fr") -> str:
        """The warning in ``lang`` ("fr" or "en"; anything else gives French)."""
        lang = lang if lang in ("fr", "en") else "fr"
        values = {k: v for k, v in self.params}
        localised = {k[:-3]: v for k, v in values.items() if k.endswith(f"_{lang}")}
        values.update(localised)
        values.setdefault("basis", cite_all(_CODE_SPLIT.split(self.basis), lang) if self.basis else "")
        return _TEXT[self.template or self.code][lang].format_map(_Missing(values))


#: "LNT s. 1(10), LNT s. 95" -> two sections (a comma inside one code's list is kept: "CLC s. 230(1), s. 235(1)")
_CODE_SPLIT = re.compile(r",\s*(?=(?:LNT|CLC|CLSR|C\.c\.Q\.)\s)")


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _both(name: str, make: object) -> tuple[tuple[str, str], ...]:
    """A parameter rendered per language: ``make(lang) -> str``."""
    return tuple((f"{name}_{lang}", make(lang)) for lang in ("fr", "en"))  # type: ignore[operator]


def case_warnings(ent: Entitlements, *, today: dt.date, release_signed: bool = False,
                  cnesst_inquiry_on: dt.date | None = None,
                  complaint_filed_on: dt.date | None = None) -> list[CaseWarning]:
    """Every warning that applies to ``ent`` on ``today``, loudest first."""
    facts = ent.facts
    table = law_tables.table_for(facts.jurisdiction, facts.termination_date)
    assert table is not None  # ent was computed, so a table was in force
    qc = facts.jurisdiction is Jurisdiction.QC
    out: list[CaseWarning] = []

    # The money claim's deadline: past, suspended, filed, or soon. Nothing to claim: no alarm about its date.
    deadline = ent.claim_deadline
    if ent.total_claim <= 0:
        complaint_filed_on = None
        deadline_matters = False
    else:
        deadline_matters = True
    claim_basis = table.claim_source.section
    if not deadline_matters:
        pass
    elif complaint_filed_on is not None and complaint_filed_on <= deadline:
        out.append(CaseWarning("complaint_filed", "info", claim_basis, (
            *_both("filed", lambda lang: long_date(complaint_filed_on, lang)),
            *_both("date", lambda lang: long_date(deadline, lang)))))
    else:
        if facts.cnesst_inquiry_notice_date is not None:
            cnesst_inquiry_on = facts.cnesst_inquiry_notice_date
            suspended = deadline != add_months(facts.termination_date, table.claim_months)  # the engine moved it
        else:
            suspended = (qc and table.suspension_source is not None and cnesst_inquiry_on is not None
                         and cnesst_inquiry_on <= deadline)
            if suspended:
                deadline = add_months(deadline, table.suspension_months)
        if suspended and table.suspension_source is not None and cnesst_inquiry_on is not None:
            out.append(CaseWarning("claim_deadline_suspended", "info", table.suspension_source.section, (
                *_both("inquiry", lambda lang: long_date(cnesst_inquiry_on, lang)),
                *_both("date", lambda lang: long_date(deadline, lang)))))
        days_left = (deadline - today).days
        if days_left < 0:
            alive = ["complaint"]
            if qc:
                alive.insert(0, "inquiry")
                if facts.layoff:
                    alive.append("later_due")
            civil = next((d for d in ent.deadlines if d.kind == "civil_reasonable_notice" and d.date >= today), None)
            if civil is not None:
                alive.append("civil")
            alive.append("lawyer")
            out.append(CaseWarning("claim_deadline_past", "danger", claim_basis, (
                *_both("date", lambda lang: long_date(deadline, lang)),
                *_both("alive", lambda lang: "; ".join(
                    _ALIVE[k][lang].format(civil=long_date(civil.date, lang) if civil else "") for k in alive)))))
        elif days_left <= SOON_DAYS:
            out.append(CaseWarning("claim_deadline_soon", "danger" if days_left <= 7 else "warning",
                                   claim_basis, (
                                       *_both("date", lambda lang: long_date(deadline, lang)),
                                       ("days", str(days_left)))))

    # Other deadlines (45-day and 90-day complaints) that are close.
    if complaint_filed_on is None:
        for d in ent.deadlines:
            if d.kind == "claim":  # the claim deadline is the one above
                continue
            left = (d.date - today).days
            if 0 <= left <= SOON_DAYS:
                out.append(CaseWarning(f"{d.kind}_soon", "warning", d.basis, (
                    *_both("label", lambda lang, k=d.kind: DEADLINE_LABELS.get(k, {}).get(lang, k)),
                    *_both("date", lambda lang, day=d.date: long_date(day, lang)),
                    ("days", str(left))), template="deadline_soon"))

    if ent.weekly_wage_used > PLAUSIBLE_WEEKLY_WAGE:
        out.append(CaseWarning("weekly_wage_implausible", "warning", "", (
            *_both("wage", lambda lang: money(ent.weekly_wage_used, lang)),
            *_both("limit", lambda lang: money(PLAUSIBLE_WEEKLY_WAGE, lang)))))

    if Flag.NOTICE_VOID_DURING_LAYOFF.value in ent.flags and table.notice_void_source is not None:
        out.append(CaseWarning("notice_void_during_layoff", "warning", table.notice_void_source.section))

    if facts.classified_as_contractor:
        sections = [table.status_source.section]
        if table.solidary_source is not None:
            sections.append(table.solidary_source.section)
        extra = _both("extra", lambda lang: (
            " L'entreprise cliente est solidairement responsable des sommes avec le sous-traitant (LNT, art. 95) : "
            "les lettres vont aux deux. Après un refus de la CNESST, 30 jours pour saisir le Tribunal (LNT, art. "
            "86.1)." if lang == "fr" else
            " The client company is jointly and severally liable for the money with the subcontractor (LNT s. 95): "
            "letters go to both. After a CNESST refusal, 30 days to go to the Tribunal (LNT s. 86.1).") if qc else "")
        out.append(CaseWarning("contractor_status_disputed", "warning", ", ".join(sections), extra))

    if release_signed:
        out.append(CaseWarning("release_cannot_waive", "info", table.release_source.section, (
            *_both("paid", lambda lang: money(facts.employer_payments, lang)),
            *_both("shortfall", lambda lang: money(ent.shortfall, lang)))))

    order = {"danger": 0, "warning": 1, "info": 2}
    out.sort(key=lambda w: order[w.severity])
    return out


#: The age below which a hire date is surprising (a soft check: the Act does not forbid it outright).
HIRE_AGE = 14


def intake_warnings(case: Case, establishment: Establishment | None = None, *,
                    cases_at_site: int | None = None) -> list[CaseWarning]:
    """Soft checks on what was typed, which warn and never block: a hire date before the person turned 14, and a
    site whose count of terminations is lower than the cases already entered for it (``cases_at_site``, this
    case included). Shown with the figures, or alone while the figures cannot be computed yet."""
    out: list[CaseWarning] = []
    born, hired = case.person.date_of_birth, case.work.start_date
    if born is not None and hired is not None:
        try:
            fourteen = born.replace(year=born.year + HIRE_AGE)
        except ValueError:  # born on 29 February
            fourteen = dt.date(born.year + HIRE_AGE, 3, 1)
        if hired < fourteen:
            out.append(CaseWarning("hired_before_14", "warning", "", (
                *_both("hire", lambda lang: long_date(hired, lang)),
                *_both("birthday", lambda lang: long_date(fourteen, lang)))))
    if establishment is not None and cases_at_site is not None:
        counts = [c for c in (establishment.establishment_terminations, establishment.terminations_with_drivers)
                  if c is not None]
        if counts and max(counts) < cases_at_site:
            out.append(CaseWarning("site_count_below_cases", "warning", "", (
                ("site", establishment.code or establishment.employer_legal_name), ("count", str(max(counts))),
                ("cases", str(cases_at_site)))))
    return out
