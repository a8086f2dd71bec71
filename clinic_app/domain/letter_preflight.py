"""Whether a letter may be produced for a case on a given day: *refuse* with a reason, or *allow* with warnings.

Why a check of its own, in the domain: staff print letters in batches, and what leaves the clinic can hurt
the worker. A formal notice sent without the person's consent, one that demands nothing (and so concedes the
employer's defence), one that treats a prescribed claim as live, or one that demands money before it is due
must never be produced, whichever front end asks (the letters window, the batch, ``clinic-app letter``).
:func:`clinic_app.letters.render.render_letter` runs this check itself; the GUI and the services call
:func:`preflight` first to show the decision before anything is produced.

The rules (docs/letters.md, "Pre-flight"):

* a document that goes to a third party (a demand, the annex sent with it) needs recorded consent whose scope
  covers letters (``intake only`` allows none); the worker's own summary and the clinic's internal worksheet do
  not go to a third party;
* a demand (and its annex) is refused when nothing is owed, when the case is excluded (established serious
  fault, superior force, under 3 months of service, a fixed term that simply expired), or when the one-year
  claim date has passed without a suspension (LNT ss. 115, 116; a letter does not interrupt prescription,
  C.c.Q. art. 2892): the documents that still serve are offered instead (the worker's summary, which lists the
  remedies still open and, for a prescribed claim, the civil route);
* warnings: money not yet due (the letter then says from which date it is payable and asks for payment by
  then), a deadline within 30 days, facts not known, a serious fault alleged (the demand contests it), a second
  count of the establishment (drivers deemed employees) that the demand does not use.

Kinds are plain strings here (the values of :class:`clinic_app.letters.kinds.LetterKind`): the domain does not
import the letters package.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from clinic_app.domain.case import Case, ConsentScope, Establishment
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.domain.errors import FieldError
from clinic_app.domain.types import Entitlements, ExcludedReason, Flag

#: documents addressed to someone other than the worker or the clinic
THIRD_PARTY_KINDS = frozenset({"demand_employer", "demand_driver", "calculation_annex"})
#: documents that claim money from a debtor (the annex is sent with a demand and stands or falls with it)
DEMAND_KINDS = frozenset({"demand_employer", "demand_driver", "calculation_annex"})
#: the consent scopes that cover writing to a third party on the person's behalf
LETTER_SCOPES = frozenset({ConsentScope.INTAKE_AND_LETTERS, ConsentScope.SHARE_WITH_PARTNERS})
#: a deadline this close (in days, inclusive) is warned about
SOON_DAYS = 30
#: a job title longer than this is cut with an ellipsis in a letter (and flagged), never printed over pages
MAX_JOB_TITLE = 120

_EXCLUDED_WORDS = {
    ExcludedReason.SERIOUS_FAULT: {"fr": "une faute grave établie", "en": "an established serious fault"},
    ExcludedReason.FORCE_MAJEURE: {"fr": "une force majeure", "en": "superior force"},
    ExcludedReason.UNDER_3_MONTHS: {"fr": "moins de 3 mois de service continu",
                                    "en": "less than 3 months of uninterrupted service"},
    ExcludedReason.FIXED_TERM_EXPIRED: {"fr": "l'arrivée du terme d'un contrat à durée déterminée",
                                        "en": "the expiry of a fixed-term contract"},
}

_MESSAGES: dict[str, dict[str, str]] = {
    "consent_missing": {
        "fr": "Aucun consentement n'est enregistré pour ce dossier : aucun document ne peut être adressé à un "
              "tiers. Faites signer le consentement (étape « Consentement ») avant de produire la lettre.",
        "en": "No consent is recorded for this case: no document may go to a third party. Record the person's "
              "consent (the \"Consent\" step) before producing the letter."},
    "consent_scope": {
        "fr": "Le consentement enregistré couvre l'accueil seulement, pas les lettres : aucun document ne peut "
              "être adressé à un tiers sans un nouveau consentement qui couvre les lettres.",
        "en": "The consent recorded covers intake only, not letters: no document may go to a third party until "
              "the person consents to letters."},
    "consent_json": {
        "fr": "consent.scope : le consentement de la personne aux lettres doit être indiqué "
              "(« intake_and_letters » ou « share_with_partners ») pour produire un document adressé à un tiers.",
        "en": "consent.scope: the person's consent to letters must be stated (\"intake_and_letters\" or "
              "\"share_with_partners\") to produce a document addressed to a third party."},
    "facts": {"fr": "Les faits du dossier ne permettent pas encore le calcul : {message}",
              "en": "The case's facts do not allow the calculation yet: {message}"},
    "excluded": {
        "fr": "Aucune mise en demeure : le dossier est exclu du préavis ({reason}). Une lettre qui ne réclame "
              "rien reprendrait la défense de l'employeur. Le résumé pour la personne indique les recours qui "
              "restent ouverts.",
        "en": "No formal notice: the case is excluded from notice ({reason}). A letter that claims nothing would "
              "concede the employer's defence. The worker's summary lists the remedies still open."},
    "nothing_owed": {
        "fr": "Aucune mise en demeure : selon le calcul, aucune somme ne reste due. Le résumé pour la personne "
              "explique pourquoi et indique les recours qui restent ouverts.",
        "en": "No formal notice: by the calculation nothing remains owed. The worker's summary explains why and "
              "lists the remedies still open."},
    "prescribed": {
        "fr": "Aucune mise en demeure : le délai d'un an pour réclamer a pris fin le {date} sans suspension "
              "(LNT, art. 115 et 116); une lettre n'interrompt pas la prescription. Le résumé pour la personne "
              "indique les recours qui restent ouverts, dont le recours civil jusqu'au {civil}.",
        "en": "No formal notice: the one-year claim period ended on {date} without a suspension (LNT ss. 115 and "
              "116); a letter does not interrupt prescription. The worker's summary lists the remedies still "
              "open, including the civil claim until {civil}."},
    "prescribed_no_civil": {
        "fr": "Aucune mise en demeure : le délai d'un an pour réclamer a pris fin le {date} sans suspension "
              "(LNT, art. 115 et 116); une lettre n'interrompt pas la prescription. Le résumé pour la personne "
              "indique les recours qui restent ouverts.",
        "en": "No formal notice: the one-year claim period ended on {date} without a suspension (LNT ss. 115 and "
              "116); a letter does not interrupt prescription. The worker's summary lists the remedies still "
              "open."},
    "not_yet_due": {
        "fr": "Une partie des sommes n'est exigible qu'à compter du {date} : la lettre le dit et demande le "
              "paiement au plus tard à cette date.",
        "en": "Part of the money is payable only from {date}: the letter says so and asks for payment by that "
              "date."},
    "deadline_soon": {
        "fr": "Délai proche : {label}, au plus tard le {date} ({days}). Une lettre n'arrête pas ce délai.",
        "en": "Deadline close: {label}, by {date} ({days}). A letter does not stop this deadline."},
    "unknown": {"fr": "Fait non connu : {what}. Vérifiez-le avant d'envoyer la lettre.",
                "en": "Fact not known: {what}. Check it before the letter is sent."},
    "fault_alleged": {
        "fr": "Faute grave alléguée, non établie : la mise en demeure la conteste (c'est à l'employeur de la "
              "prouver).",
        "en": "Serious fault alleged, not established: the formal notice contests it (the employer must prove "
              "it)."},
    "job_title_cut": {
        "fr": "L'emploi occupé compte {length} caractères : la lettre n'en imprime que les {limit} premiers, suivis "
              "de « … ». Corrigez-le dans le dossier.",
        "en": "The job title is {length} characters long: the letter prints only its first {limit}, followed by "
              "\"…\". Correct it in the case."},
    "no_signatory": {
        "fr": "Personne ne signe les lettres : le bloc de signature sera vide. Indiquez le signataire dans les "
              "paramètres de la clinique.",
        "en": "No one signs the letters: the signature block will be empty. Set the signatory in the clinic's "
              "settings."},
    "two_counts": {
        "fr": "L'établissement a deux décomptes des fins d'emploi ({employer} selon l'employeur, {drivers} en "
              "comptant les chauffeurs) : cette lettre utilise {which}.",
        "en": "The establishment has two counts of terminations ({employer} by the employer, {drivers} counting "
              "the drivers): this letter uses {which}."},
}

_UNKNOWN_WORDS = {
    Flag.NOTICE_GIVEN_UNKNOWN.value: {"fr": "le préavis reçu par la personne", "en": "the notice the person received"},
    Flag.COLLECTIVE_NOTICE_GIVEN_UNKNOWN.value: {"fr": "l'avis de licenciement collectif donné au ministre",
                                                 "en": "the collective notice given to the Minister"},
    Flag.VACATION_WAGES_PARTIAL.value: {"fr": "le salaire de l'une des deux années de référence des vacances",
                                        "en": "the wages of one of the two vacation reference years"},
    "vacation_unknown": {"fr": "le salaire des années de référence des vacances",
                         "en": "the wages of the vacation reference years"},
}


def _lang(lang: str) -> str:
    return "en" if lang[:2] == "en" else "fr"


@dataclass(frozen=True, slots=True)
class Reason:
    """One refusal or warning: a code and its values; :meth:`message` words it in French or English."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "fr") -> str:
        lang = _lang(lang)
        params = {}
        for key, value in self.params.items():
            if isinstance(value, FieldError):
                value = value.message(lang, plain=True)
            elif isinstance(value, dt.date):
                from clinic_app.domain.explain import long_date

                value = long_date(value, lang)
            elif isinstance(value, dict) and lang in value:
                value = value[lang]
            elif isinstance(value, tuple) and value and value[0] == "days":
                from clinic_app.domain.explain import plural

                value = plural("day", value[1], lang)
            params[key] = value
        return _MESSAGES[self.code][lang].format(**params)


@dataclass(frozen=True, slots=True)
class Preflight:
    """The decision for one letter: ``allowed``, the refusals (empty when allowed), the warnings, and the kinds
    that still serve when a demand is refused."""

    kind: str
    refusals: tuple[Reason, ...] = ()
    warnings: tuple[Reason, ...] = ()
    offer: tuple[str, ...] = ()

    @property
    def allowed(self) -> bool:
        return not self.refusals

    def reasons(self, lang: str) -> list[str]:
        return [r.message(lang) for r in self.refusals]

    def warning_texts(self, lang: str) -> list[str]:
        return [w.message(lang) for w in self.warnings]


def not_yet_due_date(ent: Entitlements, today: dt.date) -> dt.date | None:
    """The latest due date still to come among the heads claimed (None when everything is due on ``today``)."""
    dates = [h.due_date for h in ent.heads if h.amount > 0 and h.due_date > today]
    return max(dates) if dates else None


def claim_prescribed(ent: Entitlements, today: dt.date) -> bool:
    """The one-year claim date (moved by a CNESST notice of inquiry when there was one) is before ``today``."""
    return ent.claim_deadline < today


def _consent_refusal(case: Case, consent_source: str) -> Reason | None:
    consent = case.consent
    if consent_source == "json":
        return None if consent.scope in LETTER_SCOPES else Reason("consent_json")
    if not consent.given:
        return Reason("consent_missing")
    if consent.scope not in LETTER_SCOPES:
        return Reason("consent_scope")
    return None


def _demand_refusals(ent: Entitlements, today: dt.date) -> list[Reason]:
    if ent.excluded_reason is not None:
        return [Reason("excluded", {"reason": _EXCLUDED_WORDS[ent.excluded_reason]})]
    if claim_prescribed(ent, today):
        civil = next((d.date for d in ent.deadlines if d.kind == "civil_reasonable_notice" and d.date >= today),
                     None)
        if civil is None:
            return [Reason("prescribed_no_civil", {"date": ent.claim_deadline})]
        return [Reason("prescribed", {"date": ent.claim_deadline, "civil": civil})]
    if ent.shortfall <= 0:  # the demand claims the notice balance; the vacation indemnity is added to it
        return [Reason("nothing_owed")]
    return []


def _warnings(case: Case, est: Establishment | None, ent: Entitlements, kind: str, today: dt.date,
              count_drivers: bool, clinic: ClinicProfile | None) -> list[Reason]:
    from clinic_app.domain.explain import DEADLINE_LABELS

    out: list[Reason] = []
    due = not_yet_due_date(ent, today)
    if due is not None and kind in DEMAND_KINDS:
        out.append(Reason("not_yet_due", {"date": due}))
    for d in ent.deadlines:
        left = (d.date - today).days
        if 0 <= left <= SOON_DAYS:
            label = DEADLINE_LABELS.get(d.kind, {"fr": d.kind, "en": d.kind})
            out.append(Reason("deadline_soon", {"label": label, "date": d.date, "days": ("days", left)}))
    for flag in (Flag.NOTICE_GIVEN_UNKNOWN.value, Flag.COLLECTIVE_NOTICE_GIVEN_UNKNOWN.value,
                 Flag.VACATION_WAGES_PARTIAL.value):
        if flag in ent.flags:
            out.append(Reason("unknown", {"what": _UNKNOWN_WORDS[flag]}))
    if ent.vacation_indemnity is None:
        out.append(Reason("unknown", {"what": _UNKNOWN_WORDS["vacation_unknown"]}))
    if Flag.SERIOUS_FAULT_ALLEGED.value in ent.flags and kind in DEMAND_KINDS:
        out.append(Reason("fault_alleged"))
    if clinic is not None and kind in ("demand_employer", "demand_driver") and not clinic.signatory.strip():
        out.append(Reason("no_signatory"))
    job = case.warehouse.job_title if case.warehouse is not None else ""
    if kind in DEMAND_KINDS and len(job) > MAX_JOB_TITLE:
        out.append(Reason("job_title_cut", {"length": len(job), "limit": MAX_JOB_TITLE}))
    if (kind in DEMAND_KINDS and est is not None and est.terminations_with_drivers is not None
            and est.establishment_terminations is not None
            and est.terminations_with_drivers != est.establishment_terminations):
        which = ({"fr": "le décompte avec les chauffeurs", "en": "the count with the drivers"} if count_drivers
                 else {"fr": "le décompte de l'employeur", "en": "the employer's count"})
        out.append(Reason("two_counts", {"employer": est.establishment_terminations,
                                         "drivers": est.terminations_with_drivers, "which": which}))
    return out


def preflight(case: Case, est: Establishment | None, kind: str, today: dt.date, *,
              ent: Entitlements | FieldError | None = None, count_drivers: bool = False,
              consent_source: str = "case", clinic: ClinicProfile | None = None) -> Preflight:
    """The decision for producing a letter of ``kind`` for ``case`` on ``today``.

    ``ent`` is the case's entitlements assessed on ``today`` when the caller has them already (the renderer);
    otherwise they are computed here. ``consent_source="json"``: the case came from ``clinic-app letter
    --input``, whose JSON states consent as ``consent.scope`` (there is no consent record to check). ``clinic``:
    the letterhead, to warn when no one signs a demand.
    """
    from clinic_app.domain.case_figures import case_entitlements

    kind = str(kind)
    refusals: list[Reason] = []
    if kind in THIRD_PARTY_KINDS:
        consent = _consent_refusal(case, consent_source)
        if consent is not None:
            refusals.append(consent)
    if ent is None:
        ent = case_entitlements(case, est, count_drivers=count_drivers, as_of=today)
    if isinstance(ent, FieldError):
        return Preflight(kind, (*refusals, Reason("facts", {"message": ent})))
    offer: tuple[str, ...] = ()
    if kind in DEMAND_KINDS:
        demand = _demand_refusals(ent, today)
        if demand:
            refusals += demand
            offer = ("worker_summary", "lawyer_worksheet")
    return Preflight(kind, tuple(refusals), tuple(_warnings(case, est, ent, kind, today, count_drivers, clinic)),
                     offer)
