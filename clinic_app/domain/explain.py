"""The plain-language working of a result, step by step, in French and English.

Why here and not in the GUI or the letters: the explanation is part of the result a lawyer checks. It says
which rule gave each figure and which *reading* was chosen where the law is unsettled (reference.md §5), so
that the reader can overrule it. The GUI shows it, the letters quote it and the CLI prints it; none of them
rewrites it.

Every sentence is built from the same :class:`Working` the figures come from, so the text cannot disagree
with the numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from clinic_app.domain.law_tables import LawTable
from clinic_app.domain.types import (
    CaseFacts,
    Cause,
    Deadline,
    EmploymentType,
    ExcludedReason,
    HeadOfClaim,
    Jurisdiction,
    Service,
)

_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}

DEADLINE_LABELS: dict[str, dict[str, str]] = {
    "claim_money": {"fr": "réclamation des sommes dues", "en": "claim for the money owed"},
    "dismissal_complaint_45d": {
        "fr": "plainte pour congédiement sans cause juste et suffisante (2 ans de service, sans procédure de grief)",
        "en": "complaint of dismissal without good and sufficient cause (2 years of service, no grievance "
              "procedure)"},
    "reprisal_complaint_45d": {
        "fr": "plainte pour pratique interdite, si la fin d'emploi est une représaille",
        "en": "complaint of a prohibited practice, if the termination was a reprisal"},
    "unjust_dismissal_complaint_90d": {
        "fr": "plainte pour congédiement injuste (12 mois de service, sans convention collective)",
        "en": "unjust dismissal complaint (12 months of service, no collective agreement)"},
}

_EXCLUDED_TEXT = {
    ExcludedReason.UNDER_3_MONTHS: {"fr": "moins de 3 mois de service continu",
                                    "en": "less than 3 months of uninterrupted service"},
    ExcludedReason.FIXED_TERM_EXPIRED: {"fr": "le contrat à durée déterminée est arrivé à son terme",
                                        "en": "the fixed-term contract expired on its term"},
    ExcludedReason.SERIOUS_FAULT: {"fr": "fin d'emploi pour faute grave (juste cause)",
                                   "en": "termination for serious fault (just cause)"},
    ExcludedReason.FORCE_MAJEURE: {"fr": "fin d'emploi par force majeure",
                                   "en": "termination by superior force"},
}


@dataclass(frozen=True, slots=True)
class Working:
    """The intermediate values of one computation, exactly those the figures were built from."""

    facts: CaseFacts
    table: LawTable
    service: Service
    months: int
    wage: Decimal
    excluded: ExcludedReason | None
    required: Decimal
    void: bool
    valid_given: Decimal
    missing: Decimal
    individual: Decimal
    threshold_weeks: Decimal | None
    cause_counts: bool
    collective_weeks: Decimal
    collective: Decimal
    severance: Decimal
    severance_days: int
    amount: Decimal
    shortfall: Decimal
    vacation_rate: Decimal
    claim_deadline: dt.date
    deadlines: tuple[Deadline, ...]
    # Version 3.
    fault_alleged: bool = False
    excused: bool = False
    completed_rate: Decimal = Decimal(0)
    year_end: dt.date | None = None
    vacation_completed: Decimal | None = None
    vacation_current: Decimal | None = None
    vacation: Decimal | None = None
    vacation_paid: Decimal = Decimal(0)
    vacation_shortfall: Decimal | None = None
    total_claim: Decimal = Decimal(0)
    heads: tuple[HeadOfClaim, ...] = ()
    claim_suspended: bool = False
    flags: tuple[str, ...] = ()


class Explanation(dict[str, str]):
    """``{"fr": ..., "en": ...}``, each text written the first time it is read.

    Why lazy: the GUI recomputes on every keystroke and shows one language; writing both texts for every
    keystroke (and for each of 100,000 cases in a batch) would cost more than all the figures together.
    Both keys are always present; a value is written when first read through any reading method
    (``[]``, ``get``, ``values()``, ``items()``, ``==``, ``dict(...)``, ``{**x}``, ``json.dumps`` (which
    goes through ``items()`` for a non-empty dict subclass), pickling, ``copy``). Assigning a text wins.
    """

    __slots__ = ("_working",)

    def __init__(self, working: Working) -> None:
        dict.update(self, _ALL_PENDING)  # (not super().__init__(...): this runs once per keystroke)
        self._working = working

    def __getitem__(self, lang: str) -> str:
        text = dict.__getitem__(self, lang)
        if text is _PENDING:
            text = explain(self._working, lang)
            dict.__setitem__(self, lang, text)
        return text

    def _complete(self) -> None:
        for lang in LANGUAGES:
            self[lang]

    def get(self, lang: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self[lang] if dict.__contains__(self, lang) else default

    def setdefault(self, lang: str, default: str | None = None) -> str:  # type: ignore[override]
        if dict.__contains__(self, lang):
            return self[lang]
        dict.__setitem__(self, lang, default)  # type: ignore[arg-type]
        return default  # type: ignore[return-value]

    def pop(self, lang: str, *default: str) -> str:  # type: ignore[override]
        if dict.__contains__(self, lang):
            self[lang]
        return dict.pop(self, lang, *default)

    def popitem(self) -> tuple[str, str]:
        self._complete()
        return dict.popitem(self)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return dict.__iter__(self)

    def values(self):  # type: ignore[no-untyped-def]
        self._complete()
        return dict.values(self)

    def items(self):  # type: ignore[no-untyped-def]
        self._complete()
        return dict.items(self)

    def __eq__(self, other: object) -> bool:
        self._complete()
        if isinstance(other, Explanation):
            other._complete()
        return dict.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = None  # type: ignore[assignment]

    def __or__(self, other: object) -> dict[str, str]:
        return {**self.copy(), **other}  # type: ignore[dict-item]

    def __ror__(self, other: object) -> dict[str, str]:
        return {**other, **self.copy()}  # type: ignore[dict-item]

    def __repr__(self) -> str:
        return repr(self.copy())

    def copy(self) -> dict[str, str]:  # type: ignore[override]
        self._complete()
        return dict(dict.items(self))

    def __reduce__(self) -> tuple[object, ...]:
        return (dict, (self.copy(),))


#: placeholder for a text not written yet (never visible: every reading method replaces it)
_PENDING: str = object()  # type: ignore[assignment]
_ALL_PENDING = dict.fromkeys(("fr", "en"), _PENDING)


LANGUAGES = ("fr", "en")


_MICRO = Decimal("0.000001")


def money(value: Decimal, lang: str) -> str:
    """``1 680,00 $`` (fr) or ``$1,680.00`` (en); rounds half up to the cent for display only.

    French groups thousands with a no-break space (U+00A0): it keeps the text in Latin-1, which makes
    building it about twice as fast as with the narrow no-break space (U+202F), and prints everywhere.
    """
    if lang == "fr":
        return f"{value:,.2f}".replace(",", "\u00a0").replace(".", ",") + "\u00a0$"
    return f"${value:,.2f}"


def number(value: Decimal, lang: str) -> str:
    """A week count or rate without trailing zeros: ``2``, ``3,571429`` (fr), ``3.571429`` (en)."""
    integral = int(value)
    if integral == value:
        return str(integral)
    text = f"{value.quantize(_MICRO).normalize():f}"
    return text.replace(".", ",") if lang == "fr" else text


def long_date(day: dt.date, lang: str) -> str:
    """``22 janvier 2025`` (fr) or ``January 22, 2025`` (en)."""
    month = _MONTHS[lang][day.month - 1]
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    return f"{month} {day.day}, {day.year}"


def service_text(service: Service, lang: str) -> str:
    """``3 ans, 7 mois et 9 jours`` / ``3 years, 7 months and 9 days`` (zero parts left out)."""
    if lang == "fr":
        names = (("an", "ans"), ("mois", "mois"), ("jour", "jours"))
        conj = " et "
    else:
        names = (("year", "years"), ("month", "months"), ("day", "days"))
        conj = " and "
    parts = [f"{n} {names[i][0] if n == 1 else names[i][1]}"
             for i, n in enumerate((service.years, service.months, service.days)) if n]
    if not parts:
        return "0 " + names[2][1]
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + conj + parts[-1]


def _weeks(value: Decimal, lang: str) -> str:
    unit = ("semaine" if value <= 1 else "semaines") if lang == "fr" else ("week" if value == 1 else "weeks")
    return f"{number(value, lang)} {unit}"


def _people(count: int, lang: str) -> str:
    if lang == "en":
        return f"{count} employee" if count == 1 else f"{count} employees"
    return f"{count} personne" if count == 1 else f"{count} personnes"


def percent(rate: Decimal, lang: str) -> str:
    """``6 %`` (fr, with a no-break space) or ``6%`` (en)."""
    return number(rate * 100, lang) + ("\u00a0%" if lang == "fr" else "%")


def explain(w: Working, lang: str) -> str:
    """The working of ``w`` in ``lang`` ("fr" or "en"; anything else gives French), one step per paragraph."""
    en = lang == "en"
    if not en:
        lang = "fr"
    f = w.facts
    t = w.table
    m = lambda v: money(v, lang)  # noqa: E731 - local shorthand keeps the sentences readable
    wk = lambda v: _weeks(v, lang)  # noqa: E731
    steps: list[str] = []
    qc = f.jurisdiction is Jurisdiction.QC
    svc = service_text(w.service, lang)

    # 1. Law applied and service.
    if en:
        law = ("Quebec's Act respecting labour standards (LNT)" if qc
               else "the Canada Labour Code, Part III (CLC), for a federally regulated employer")
        steps.append(f"Law applied: {law}, table in force on the termination date ({t.law_version}).")
        steps.append(
            f"Service: from {long_date(f.hire_date, lang)} to {long_date(f.termination_date, lang)}, both days "
            f"counted: {svc} of uninterrupted service ({t.service_source.section}).")
    else:
        law = ("la Loi sur les normes du travail du Québec (LNT)" if qc
               else "le Code canadien du travail, partie III (CLC), pour un employeur de compétence fédérale")
        steps.append(f"Loi appliquée : {law}, table en vigueur à la date de fin d'emploi ({t.law_version}).")
        steps.append(
            f"Service : du {long_date(f.hire_date, lang)} au {long_date(f.termination_date, lang)}, les deux jours "
            f"comptés : {svc} de service continu ({t.service_source.section}).")
    if f.hire_date.month == 2 and f.hire_date.day == 29:
        steps.append(
            "Hired on 29 February: in a common year the anniversary is taken as 28 February (the reading more "
            "favourable to the employee; reference §1)." if en else
            "Embauche un 29 février : les années non bissextiles, l'anniversaire est le 28 février (lecture la "
            "plus favorable à la personne salariée; référence §1).")
    if f.layoff:
        steps.append(
            "This is a layoff of 6 months or more (or of unknown length): service is measured on its first day."
            if en else
            "Il s'agit d'une mise à pied de 6 mois ou plus (ou de durée inconnue) : le service est mesuré à son "
            "premier jour.")

    # 2. Weekly wage W.
    if f.wage_varies and f.recent_weekly_wages:
        weeks = f.recent_weekly_wages
        listed = ", ".join(m(x) for x in weeks)
        total = sum(weeks, Decimal(0))
        if en:
            steps.append(
                f"The wage varies: the weekly wage used is the average of the {len(weeks)} complete weeks entered "
                f"({listed}): {m(total)} / {len(weeks)} = {m(w.wage)} ({t.indemnity_source.section}). Reading: "
                "the Act fixes this window (complete weeks of the 3 months before the end) only for commission "
                "pay (LNT s. 83 para 3); we apply it to any varying regular wage. The nominal weekly wage of "
                f"{m(f.weekly_regular_wage)} is not used.")
        else:
            steps.append(
                f"Le salaire varie : le salaire hebdomadaire retenu est la moyenne des {len(weeks)} semaines "
                f"complètes inscrites ({listed}) : {m(total)} / {len(weeks)} = {m(w.wage)} "
                f"({t.indemnity_source.section}). Lecture retenue : la loi ne fixe cette période (semaines "
                "complètes des 3 mois précédant la fin) que pour la rémunération à commission (LNT art. 83 "
                "al. 3); nous l'appliquons à tout salaire régulier variable. Le salaire nominal de "
                f"{m(f.weekly_regular_wage)} n'est pas utilisé.")
    else:
        steps.append(
            f"Regular weekly wage (overtime excluded): {m(w.wage)}." if en else
            f"Salaire hebdomadaire régulier (sans les heures supplémentaires) : {m(w.wage)}.")

    # 3. Individual notice.
    if w.excluded is not None:
        src = t.exclusion_sources[w.excluded].section
        reason = _EXCLUDED_TEXT[w.excluded][lang]
        steps.append(
            f"No individual notice or indemnity in lieu of notice is owed: {reason} ({src})." if en else
            f"Aucun préavis individuel ni indemnité compensatrice n'est dû : {reason} ({src}).")
        if w.excluded is ExcludedReason.SERIOUS_FAULT:
            steps.append(
                "Whether the fault is really serious is a question of fact: the figures only apply the answer "
                "entered." if en else
                "La gravité réelle de la faute est une question de fait : les chiffres ne font qu'appliquer la "
                "réponse inscrite.")
    else:
        if en:
            steps.append(f"{svc} of uninterrupted service: the law requires {wk(w.required)} of notice "
                         f"({t.notice_source.section}).")
        else:
            steps.append(f"{svc} de service continu : la loi exige un préavis de {wk(w.required)} "
                         f"({t.notice_source.section}).")
        if not qc and t.in_force >= dt.date(2024, 2, 1):
            steps.append(
                "Since 1 February 2024 the Code requires 2 weeks after 3 months, then one more week per year of "
                "service from 3 years, up to 8 weeks." if en else
                "Depuis le 1er février 2024, le Code exige 2 semaines après 3 mois, puis une semaine de plus par "
                "année de service à partir de 3 ans, jusqu'à 8 semaines.")
        elif not qc:
            steps.append(
                "Before 1 February 2024 the Code required 2 weeks after 3 months, whatever the service." if en else
                "Avant le 1er février 2024, le Code exigeait 2 semaines après 3 mois, quel que soit le service.")
        if w.void:
            src = t.notice_void_source.section if t.notice_void_source else ""
            what = (f"The notice of {wk(f.notice_weeks_given)}" if f.notice_weeks_given else "The notice") if en \
                else (f"Le préavis de {wk(f.notice_weeks_given)}" if f.notice_weeks_given else "Le préavis")
            steps.append(
                f"{what} was handed over while the employee was already laid off: such a notice is null ({src}) "
                "and counts as 0." if en else
                f"{what} a été remis pendant la mise à pied : un tel avis est nul de nullité absolue ({src}) et "
                "compte pour 0.")
        elif f.notice_given_during_layoff and qc:
            steps.append(
                "The notice was handed over during the layoff, but the job is recorded as seasonal (usually 6 "
                "months a year or less), so it counts (LNT s. 82 para 3). Reading: whether a holiday-peak job is "
                "seasonal is unsettled." if en else
                "Le préavis a été remis pendant la mise à pied, mais l'emploi est inscrit comme saisonnier "
                "(habituellement 6 mois par année ou moins) : il compte (LNT art. 82 al. 3). Lecture : qu'un "
                "emploi de période de pointe soit saisonnier n'est pas tranché.")
        given = w.valid_given
        fraction = given != given.to_integral_value() or w.missing != w.missing.to_integral_value()
        if w.missing > 0:
            if en:
                steps.append(
                    f"The employee received {wk(given)} of valid notice, so {wk(w.missing)} are missing: "
                    f"{number(w.missing, lang)} × {m(w.wage)} = {m(w.individual)} "
                    f"({t.indemnity_source.section}).")
            else:
                steps.append(
                    f"La personne a reçu un préavis valide de {wk(given)}; il manque donc {wk(w.missing)} : "
                    f"{number(w.missing, lang)} × {m(w.wage)} = {m(w.individual)} "
                    f"({t.indemnity_source.section}).")
            if fraction:
                steps.append(
                    "Part of a week is counted in calendar days (a notice of 3 days = 3/7 of a week), so the "
                    "missing part is paid at W / 7 a day. Reading: no source fixes this; a working-day count "
                    "would give a different figure." if en else
                    "Une partie de semaine se compte en jours civils (un préavis de 3 jours = 3/7 de semaine) : la "
                    "partie manquante est payée W / 7 par jour. Lecture retenue : aucune source ne le précise; un "
                    "calcul en jours ouvrables donnerait un autre montant.")
        else:
            steps.append(
                f"The employee received {wk(given)} of notice: the requirement is met, no indemnity in lieu of "
                "notice is owed." if en else
                f"La personne a reçu un préavis de {wk(given)} : l'exigence est respectée, aucune indemnité "
                "compensatrice n'est due.")

    # 4. Collective dismissal / group termination.
    count = f.establishment_terminations
    window = t.collective_window[lang]
    first_threshold = t.collective_tiers[0].minimum
    csrc = t.collective_source.section
    scope = t.collective_scope_source.section
    if w.threshold_weeks is None:
        if count:
            steps.append(
                f"{_people(count, lang)} of the establishment lost their job within {window}: fewer than "
                f"{first_threshold}, so no collective notice applies ({scope})." if en else
                f"{_people(count, lang)} de l'établissement ont perdu leur emploi en {window} : moins de "
                f"{first_threshold}, aucun avis collectif ne s'applique ({scope}).")
    elif w.excluded is not None:
        excluded_source = t.collective_excluded_sources.get(w.excluded)
        src = excluded_source.section if excluded_source is not None else csrc
        steps.append(
            f"{count} employees of the establishment lost their job, but this employee is not an affected "
            f"employee for the collective notice ({src}): no collective indemnity." if en else
            f"{count} personnes de l'établissement ont perdu leur emploi, mais cette personne n'est pas visée par "
            f"l'avis collectif ({src}) : aucune indemnité collective.")
    elif not w.cause_counts:
        steps.append(
            f"{count} employees of the establishment lost their job, but the collective dismissal rules apply "
            f"only to an economic or technological reason such as a closure, not to the cause entered ({scope})."
            if en else
            f"{count} personnes de l'établissement ont perdu leur emploi, mais les règles du licenciement collectif "
            f"ne visent qu'un motif économique ou technologique comme une fermeture, pas la cause inscrite "
            f"({scope}).")
    elif t.collective_indemnity_source is None:
        steps.append(
            f"{count} employees of the establishment lost their job within {window}: group termination, "
            f"{wk(w.collective_weeks)} of notice to the Head ({csrc}). The Code gives the employee no indemnity "
            "when it is missing: 0." if en else
            f"{count} personnes de l'établissement ont perdu leur emploi en {window} : licenciement collectif, "
            f"avis de {wk(w.collective_weeks)} au chef ({csrc}). Le Code ne donne à la personne aucune indemnité "
            "s'il manque : 0.")
    else:
        isrc = t.collective_indemnity_source.section
        given_c = f.collective_notice_weeks_given
        if en:
            text = (f"{count} employees of the same establishment lost their job within {window}: the employer "
                    f"had to give the Minister {wk(w.collective_weeks)} of notice ({csrc}). It gave "
                    f"{wk(given_c)}")
            if w.collective > 0:
                short = w.collective_weeks - given_c
                text += (f", so {wk(short)} are owed: {number(short, lang)} × {m(w.wage)} = {m(w.collective)} "
                         f"({isrc}).")
            else:
                text += ": nothing is owed for it."
            text += (" Reading: the count is the rolling window ending on the employee's last day, at one site "
                     "only; the notice to the Minister and the individual notice are separate (LNT s. 84.0.4).")
        else:
            text = (f"{count} personnes du même établissement ont perdu leur emploi en {window} : l'employeur "
                    f"devait donner au ministre un avis de {wk(w.collective_weeks)} ({csrc}). Il a donné "
                    f"{wk(given_c)}")
            if w.collective > 0:
                short = w.collective_weeks - given_c
                text += (f"; il manque donc {wk(short)} : {number(short, lang)} × {m(w.wage)} = "
                         f"{m(w.collective)} ({isrc}).")
            else:
                text += " : rien n'est dû à ce titre."
            text += (" Lecture retenue : le compte porte sur la période mobile se terminant le dernier jour de la "
                     "personne, dans un seul établissement; l'avis au ministre et le préavis individuel sont "
                     "distincts (LNT art. 84.0.4).")
        steps.append(text)

    # 5. Severance (CA-FED) and how the figures combine.
    rule = t.severance
    if rule is not None:
        ssrc = rule.source.section
        if w.severance > 0:
            steps.append(
                f"Severance pay: the greater of {rule.days_per_year} days' wages per completed year "
                f"({rule.days_per_year} × {w.service.years}) and {rule.minimum_days} days: {w.severance_days} days "
                f"× {m(w.wage)} / {rule.days_per_week} = {m(w.severance)} ({ssrc})." if en else
                f"Indemnité de départ : le plus élevé de {rule.days_per_year} jours de salaire par année complète "
                f"({rule.days_per_year} × {w.service.years}) et de {rule.minimum_days} jours : {w.severance_days} "
                f"jours × {m(w.wage)} / {rule.days_per_week} = {m(w.severance)} ({ssrc}).")
        elif w.excluded is None:
            steps.append(
                f"No severance pay: it is owed after 12 months of continuous employment ({ssrc})." if en else
                f"Aucune indemnité de départ : elle est due après 12 mois de service continu ({ssrc}).")
    combine_src = t.combine_source.section
    if t.combine == "sum" and w.severance > 0:
        steps.append(
            f"Notice pay and severance pay add up: {m(w.individual)} + {m(w.severance)} = {m(w.amount)}." if en
            else f"L'indemnité de préavis et l'indemnité de départ s'additionnent : {m(w.individual)} + "
                 f"{m(w.severance)} = {m(w.amount)}.")
    elif w.collective > 0:
        steps.append(
            f"The two indemnities do not add up: the greater is owed, {m(w.amount)} ({combine_src})." if en else
            f"Les deux indemnités ne s'additionnent pas : la plus élevée est due, {m(w.amount)} ({combine_src}).")
    else:
        steps.append(f"Amount owed: {m(w.amount)}." if en else f"Montant dû : {m(w.amount)}.")

    # 6. What the employer already paid.
    if f.employer_payments > 0:
        steps.append(
            f"The employer already paid {m(f.employer_payments)}: {m(w.shortfall)} remains to be claimed. A "
            f"signed release does not remove the legal minimum ({t.release_source.section})." if en else
            f"L'employeur a déjà versé {m(f.employer_payments)} : il reste {m(w.shortfall)} à réclamer. Une "
            f"quittance signée ne retire pas le minimum prévu par la loi ({t.release_source.section}).")
    elif w.amount > 0:
        steps.append(
            f"Nothing has been paid yet: the whole {m(w.amount)} is claimed." if en else
            f"Rien n'a encore été versé : les {m(w.amount)} sont réclamés en entier.")

    # 7. Vacation.
    vsrc = t.vacation_source.section
    threshold = ""
    for tier in t.vacation_tiers[1:]:
        if w.months >= tier.minimum:
            years = tier.minimum // 12
            threshold = (f"{years} years of service or more; " if en else f"{years} ans de service ou plus; ")
    steps.append(
        f"Vacation indemnity: {percent(w.vacation_rate, lang)} of the gross wages of the reference year not yet "
        f"paid as vacation ({threshold}{vsrc}); the indemnity in lieu of notice counts as wages for this base."
        if en else
        f"Indemnité de vacances : {percent(w.vacation_rate, lang)} du salaire brut de l'année de référence non "
        f"encore versé en vacances ({threshold}{vsrc}); l'indemnité compensatrice compte comme salaire pour ce "
        "calcul.")

    # 8. Deadlines.
    cl = t.claim_source.section
    if qc:
        text = (f"Deadline to claim: {long_date(w.claim_deadline, lang)} (one year, {cl})." if en else
                f"Délai pour réclamer : {long_date(w.claim_deadline, lang)} (un an, {cl}).")
        if t.suspension_source is not None:
            text += (f" A CNESST inquiry suspends this deadline for six months ({t.suspension_source.section})."
                     if en else
                     f" Une enquête de la CNESST suspend ce délai pendant six mois ({t.suspension_source.section}).")
        if f.layoff:
            text += (" After a layoff of unknown length the indemnity falls due only after six months (LNT s. 83 "
                     "para 2), which leaves more time; the earlier, safe date is shown." if en else
                     " Après une mise à pied de durée inconnue, l'indemnité n'est exigible qu'après six mois "
                     "(LNT art. 83 al. 2), ce qui laisse plus de temps; la date la plus prudente est indiquée.")
    else:
        text = (f"Deadline to complain for the money owed: {long_date(w.claim_deadline, lang)} at the earliest "
                f"(six months from the day it was due, {cl})." if en else
                f"Délai pour porter plainte pour les sommes dues : au plus tôt le "
                f"{long_date(w.claim_deadline, lang)} (six mois à compter du jour où elles étaient dues, {cl}).")
    steps.append(text)
    for d in w.deadlines:
        label = DEADLINE_LABELS.get(d.kind, {}).get(lang, d.kind)
        steps.append(f"Also: {label}, by {long_date(d.date, lang)} ({d.basis})." if en else
                     f"Aussi : {label}, au plus tard le {long_date(d.date, lang)} ({d.basis}).")

    # 9. Status and jurisdiction readings.
    if f.classified_as_contractor:
        if qc:
            steps.append(
                "The person was treated as an independent contractor. That does not change any figure: someone "
                "who follows the routes, methods and app imposed on them is an employee whatever the contract "
                "says (LNT s. 1(10), s. 86.1). The client company is solidarily liable with the subcontractor "
                "for the money the Act fixes (LNT s. 95); reading: whether that covers the collective indemnity "
                "is unsettled." if en else
                "La personne était traitée comme travailleur autonome. Cela ne change aucun chiffre : qui suit "
                "les trajets, méthodes et application imposés est salarié, quoi qu'en dise le contrat (LNT art. "
                "1(10), 86.1). L'entreprise cliente est solidairement responsable avec le sous-traitant des "
                "sommes fixées par la loi (LNT art. 95); lecture : que cela couvre l'indemnité collective n'est "
                "pas tranché.")
        else:
            steps.append(
                "The person was treated as an independent contractor. That does not change any figure: the "
                "Code's minimums follow the real relationship (CLC s. 166, s. 168)." if en else
                "La personne était traitée comme entrepreneur indépendant. Cela ne change aucun chiffre : les "
                "normes du Code suivent la relation réelle (CLC art. 166, 168).")
    if not qc:
        steps.append(
            "Reading: the Code applies only to a federally regulated employer (e.g. interprovincial trucking); a "
            "courier working inside Quebec is normally under Quebec law." if en else
            "Lecture : le Code ne s'applique qu'à un employeur de compétence fédérale (p. ex. transport "
            "interprovincial); un service de livraison à l'intérieur du Québec relève normalement de la loi "
            "québécoise.")
    if (f.employment_type is not EmploymentType.PERMANENT and w.excluded is None
            and f.cause is not Cause.END_OF_FIXED_TERM and qc):
        steps.append(
            "Reading: a fixed-term contract cut short before its term has not expired, so it is not excluded "
            "(LNT s. 82.1(2))." if en else
            "Lecture : un contrat à durée déterminée rompu avant son terme n'est pas arrivé à échéance; il n'est "
            "donc pas exclu (LNT art. 82.1(2)).")
    text = "\n".join(steps)
    if not en:  # sections are cited "s. 82" in the tables; French cites "art. 82", "al. 3"
        text = text.replace(" s. ", " art. ").replace(" para ", " al. ")
    return text
