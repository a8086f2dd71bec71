"""The plain-language working of a result, step by step, in French and English.

Why here and not in the GUI or the letters: the explanation is part of the result a lawyer checks. It says
which rule gave each figure and which *reading* was chosen where the law is unsettled (docs/law.md), so
that the reader can overrule it. The GUI shows it and the CLI prints it; none of them rewrites it.

Every sentence is built from the same :class:`Working` the figures come from, so the text cannot disagree
with the numbers. The rules here choose *which* sentences apply and with which values; the sentences
themselves are message ids in one catalogue per language (:mod:`~clinic_app.domain.explain_fr`,
:mod:`~clinic_app.domain.explain_en`), counted units follow CLDR plural rules (Babel), and every section is
cited through :func:`~clinic_app.domain.citations.cite` ("LNT, art. 82, al. 3" / "LNT s. 82 para. 3").
The text does not depend on ``as_of``: it gives dates, and the panel says which have passed.
"""

from __future__ import annotations

import datetime as dt
import operator
import string
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from clinic_app.domain import explain_en, explain_fr
from clinic_app.domain.citations import cite, cite_all
from clinic_app.domain.dates import service_between
from clinic_app.domain.law_tables import LawTable
from clinic_app.domain.money import format_money
from clinic_app.domain.types import (
    CaseFacts,
    Cause,
    Deadline,
    EmploymentType,
    ExcludedReason,
    Head,
    HeadOfClaim,
    Jurisdiction,
    PaymentPurpose,
    Service,
)

_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}

#: deadline kind -> language -> label (the panel, the report and the warnings name deadlines with these)
DEADLINE_LABELS: dict[str, dict[str, str]] = {
    kind: {"fr": explain_fr.DEADLINES[kind], "en": explain_en.DEADLINES[kind]} for kind in explain_en.DEADLINES
}


@dataclass(slots=True)
class Working:
    """The intermediate values of one computation, exactly those the figures were built from.

    Not ``frozen``: the engine builds one per computation and nothing changes it afterwards, and a frozen
    dataclass sets each of these 37 fields through ``object.__setattr__`` (about 4 µs per case), twice the
    cost of setting the slots directly.
    It was never hashable (it holds a :class:`LawTable`, whose dicts cannot be hashed).
    """

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

    def setdefault(self, lang: str, default: str = "") -> str:
        if dict.__contains__(self, lang):
            return self[lang]
        dict.__setitem__(self, lang, default)
        return default

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

    __hash__ = None

    def __or__(self, other: dict[str, str]) -> dict[str, str]:  # type: ignore[override]
        return {**self.copy(), **other}

    def __ror__(self, other: dict[str, str]) -> dict[str, str]:  # type: ignore[override]
        return {**other, **self.copy()}

    def __repr__(self) -> str:
        return repr(self.copy())

    def copy(self) -> dict[str, str]:
        self._complete()
        return dict(dict.items(self))

    def __reduce__(self) -> tuple[object, ...]:
        return (dict, (self.copy(),))


#: placeholder for a text not written yet (never visible: every reading method replaces it)
_PENDING: str = object()  # type: ignore[assignment]
_ALL_PENDING = dict.fromkeys(("fr", "en"), _PENDING)


LANGUAGES = ("fr", "en")


_MICRO = Decimal("0.000001")


#: language -> a Decimal's text -> the amount as printed (bounded: emptied when full)
_MONEY_TEXTS: dict[str, dict[str, str]] = {}
_MONEY_TEXTS_MAX = 16_384


def money(value: Decimal, lang: str) -> str:
    """``1 680,00 $`` (fr) or ``$1,680.00`` (en): the program's one money formatter (:mod:`.money`).

    Remembered by the Decimal's text, not by the Decimal: hashing a new Decimal costs about 1 µs (a
    modular power), more than half of formatting it, and every case brings new ones; its text costs a
    third of that. ``5.0`` and ``5.00`` are then two entries that print alike. Only a ``Decimal`` is
    remembered (a float's text is not its value).
    """
    if type(value) is not Decimal:
        return format_money(value, lang)
    texts = _MONEY_TEXTS.get(lang)
    if texts is None:
        texts = _MONEY_TEXTS[lang] = {}
    key = str(value)
    found = texts.get(key)
    if found is None:
        if len(texts) >= _MONEY_TEXTS_MAX:
            texts.clear()
        found = texts[key] = format_money(value, lang)
    return found


def number(value: Decimal, lang: str) -> str:
    """A week count or rate without trailing zeros: ``2``, ``3,571429`` (fr), ``3.571429`` (en)."""
    integral = int(value)
    if integral == value:
        return str(integral)
    text = f"{value.quantize(_MICRO).normalize():f}"
    return text.replace(".", ",") if lang == "fr" else text


@lru_cache(maxsize=8192)
def long_date(day: dt.date, lang: str) -> str:
    """``22 janvier 2025`` (fr) or ``January 22, 2025`` (en)."""
    month = _MONTHS[lang][day.month - 1]
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    return f"{month} {day.day}, {day.year}"


def plural(unit: str, count: Decimal | int, lang: str, shown: str | None = None) -> str:
    """``count`` of ``unit`` ("week", "day", "month", "year", "employee") with CLDR's plural rule for ``lang``.

    Cached: the same few counts (years, months, days, weeks) recur in every explanation, and Babel's rule
    evaluation was a third of the time spent writing one. A ``Decimal`` is keyed by its text, because the
    CLDR rules look at visible decimals (``1.0`` is not ``1``) although ``Decimal("1.0") == 1``.
    """
    return _plural(unit, count if type(count) is int else str(count), lang, shown)


@lru_cache(maxsize=8192)
def _plural(unit: str, key: int | str, lang: str, shown: str | None) -> str:
    count = key if isinstance(key, int) else Decimal(key)
    forms = _catalogue(lang)[1][unit]
    category = _plural_rule(lang)(count)
    template = forms.get(category) or forms["other"]
    return template.format(n=number(Decimal(count), lang) if shown is None else shown)


_RULES: dict[str, object] = {}


def _plural_rule(lang: str):  # type: ignore[no-untyped-def]
    rule = _RULES.get(lang)
    if rule is None:
        from babel.core import Locale  # lazily: the figures never need it, only the texts

        rule = _RULES[lang] = Locale.parse(lang).plural_form
    return rule


def _catalogue(lang: str) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    module = explain_en if lang == "en" else explain_fr
    return module.MESSAGES, module.PLURALS


#: a compiled message: a ``%`` template and the names of its values in order (None: no value to fill)
_Compiled = tuple[str, Callable[[dict[str, object]], object] | None]
_COMPILED: dict[str, dict[str, _Compiled]] = {}


def _compile(template: str) -> _Compiled:
    """``"{a} et {b}"`` -> ``("%s et %s", getter of (a, b))``: the same text as ``template.format(**params)``.

    Why: ``str.format`` reads the whole template, field by field, on every call; the explanation fills about
    twenty of them per case. ``%`` with the values already in order does the same in half the time. Only
    plain ``{name}`` fields are compiled (every template of the catalogues: a test checks it); a field with a
    conversion or a format spec is refused (``ValueError`` when the catalogue is first compiled) rather than
    filled differently. Values are strings and ints, which ``%s`` and ``{}`` print alike.
    """
    literal_parts: list[str] = []
    names: list[str] = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        literal_parts.append(literal.replace("%", "%%"))
        if name is not None:
            if not name.isidentifier() or spec or conversion:
                raise ValueError(f"not a plain field: {name!r} in {template!r}")
            literal_parts.append("%s")
            names.append(name)
    if not names:
        return template.format(), None
    if len(names) == 1:
        only = names[0]
        return "".join(literal_parts), lambda params: (params[only],)
    return "".join(literal_parts), operator.itemgetter(*names)


def _compiled(lang: str) -> dict[str, _Compiled]:
    """The catalogue of ``lang`` compiled once (see :func:`_compile`)."""
    found = _COMPILED.get(lang)
    if found is None:
        found = _COMPILED[lang] = {msg_id: _compile(text) for msg_id, text in _catalogue(lang)[0].items()}
    return found


def message(msg_id: str, lang: str, **params: object) -> str:
    """Catalogue message ``msg_id`` in ``lang``, filled with ``params`` (already formatted for ``lang``)."""
    return _catalogue(lang)[0][msg_id].format(**params)


@lru_cache(maxsize=4096)
def service_text(service: Service, lang: str) -> str:
    """``3 ans, 7 mois et 9 jours`` / ``3 years, 7 months and 9 days`` (zero parts left out).

    Cached: every explanation gives the service twice (the service and the notice sentences), and a
    :class:`Service` is an immutable triple of small counts that many cases share.
    """
    parts = [plural(unit, n, lang) for unit, n in (("year", service.years), ("month", service.months),
                                                     ("day", service.days)) if n]
    if not parts:
        return plural("day", 0, lang)
    if len(parts) == 1:
        return parts[0]
    conj = " and " if lang == "en" else " et "
    return ", ".join(parts[:-1]) + conj + parts[-1]


def _days(value: Decimal) -> int | None:
    """A week count as a whole number of calendar days, or None when it is not (close to) one."""
    days = value * 7
    whole = days.to_integral_value()
    return int(whole) if abs(days - whole) < Decimal("0.001") else None


def weeks_text(value: Decimal, lang: str) -> str:
    """``4 semaines``; a count that is not whole in days when it is a whole number of days (``17 jours``)."""
    if value == value.to_integral_value():
        return plural("week", value, lang)
    days = _days(value)
    if days is not None:
        return plural("day", days, lang)
    return plural("week", value, lang)


def _times_wage(value: Decimal, wage: Decimal, lang: str) -> str:
    """The arithmetic of weeks x W, in days (``11 × W / 7``) when the weeks are not whole."""
    if value != value.to_integral_value():
        days = _days(value)
        if days is not None:
            return f"{days} \u00d7 {money(wage, lang)} / 7"
    return f"{number(value, lang)} \u00d7 {money(wage, lang)}"


@lru_cache(maxsize=256)  # three rates in the law; the text depends on the value only (see number())
def percent(rate: Decimal, lang: str) -> str:
    """``6 %`` (fr, with a no-break space) or ``6%`` (en)."""
    return number(rate * 100, lang) + ("\u00a0%" if lang == "fr" else "%")


def explain(w: Working, lang: str) -> str:
    """The working of ``w`` in ``lang`` ("fr" or "en"; anything else gives French), one step per paragraph."""
    lang = "en" if lang == "en" else "fr"
    return "\n".join(_Writer(w, lang).steps())


#: Sentences for the clinic only: readings, doubts, unknown facts, due and prescription dates, remedies. A
#: document the debtor receives states facts and claims, never these (see :func:`explain_for_debtor`).
INTERNAL_MESSAGES = frozenset({
    "service.leap_day", "notice.seasonal", "notice.unknown", "notice.missing_unknown", "notice.days_reading",
    "fault.alleged",
    "collective.given_unknown", "collective.reading", "vacation.partial", "vacation.fed_reading",
    "due.layoff", "due.recall", "due.fed_layoff", "head", "prescription.rule", "prescription.fed",
    "prescription.suspended", "claim.QC", "claim.QC.suspended", "claim.QC.later_due", "claim.CA-FED",
    "deadline", "civil", "grievance", "contractor.QC", "contractor.CA-FED", "fed.reading", "fixed_term.reading",
    "wage.varies", "vacation.unknown", "excluded.serious_fault", "excluded.force_majeure",
})
#: what the debtor's version says instead of an internal sentence (same placeholders)
_DEBTOR_VARIANTS = {"wage.varies": "wage.varies.debtor", "notice.missing_unknown": "notice.claimed"}


def explain_for_debtor(working: Working, lang: str) -> list[str]:
    """The arithmetic of the figures, for the calculation annex of a letter: no reading, no doubt, no unknown
    fact, no due or prescription date, no remedy (those are the clinic's, in :func:`explain`)."""
    lang = "en" if lang == "en" else "fr"
    return _Writer(working, lang, for_debtor=True).steps()


def working_of(explanation: dict[str, str]) -> Working | None:
    """The :class:`Working` behind an :class:`Explanation` (None for a plain dict)."""
    return explanation._working if isinstance(explanation, Explanation) else None


class _Writer:
    """Chooses the sentences that apply to one result, in order, and fills them."""

    __slots__ = ("w", "lang", "for_debtor", "out", "_messages", "_compiled")

    def __init__(self, w: Working, lang: str, *, for_debtor: bool = False) -> None:
        self.w = w
        self.lang = lang
        self.for_debtor = for_debtor
        self.out: list[str] = []
        #: the catalogue looked up once per writer (``say`` runs ~20 times per explanation); a plain
        #: attribute, not a ``cached_property``, whose lock cost more than the lookups it saved
        self._messages = _catalogue(lang)[0]
        self._compiled = _compiled(lang)

    # small helpers -------------------------------------------------------------------------------------
    def say(self, msg_id: str, **params: object) -> None:
        if self.for_debtor and msg_id in INTERNAL_MESSAGES:
            variant = _DEBTOR_VARIANTS.get(msg_id)
            if variant is None:
                return
            msg_id = variant
        template, values = self._compiled[msg_id]
        self.out.append(template if values is None else template % values(params))

    def m(self, value: Decimal) -> str:
        return money(value, self.lang)

    def c(self, section: str) -> str:
        return cite(section, self.lang)

    def d(self, day: dt.date) -> str:
        return long_date(day, self.lang)

    def wk(self, value: Decimal) -> str:
        return weeks_text(value, self.lang)

    # the steps -----------------------------------------------------------------------------------------
    def steps(self) -> list[str]:
        self.law_and_service()
        self.weekly_wage()
        self.individual_notice()
        self.collective()
        self.severance_and_combination()
        self.payments()
        self.vacation()
        self.heads()
        self.deadlines()
        self.status_and_readings()
        return self.out

    def law_and_service(self) -> None:
        w, f, t = self.w, self.w.facts, self.w.table
        self.say(f"law.{f.jurisdiction}", version=t.law_version)  # a StrEnum formats as its value
        self.say("service", hire=self.d(f.hire_date), end=self.d(f.termination_date),
                 service=service_text(w.service, self.lang), cite=self.c(t.service_source.section))
        if f.hire_date.month == 2 and f.hire_date.day == 29:
            self.say("service.leap_day")
        if f.layoff:
            self.say("layoff.first_day" if f.jurisdiction is Jurisdiction.QC else "layoff.first_day.CA-FED")

    def weekly_wage(self) -> None:
        w, f, t = self.w, self.w.facts, self.w.table
        if f.wage_varies and f.recent_weekly_wages:
            weeks = f.recent_weekly_wages
            self.say("wage.varies", count=len(weeks), listed=", ".join(self.m(x) for x in weeks),
                     total=self.m(sum(weeks, Decimal(0))), wage=self.m(w.wage),
                     cite=self.c(t.indemnity_source.section),
                     cite_commission=self.c(t.indemnity_source.section + " para 3"),
                     nominal=self.m(f.weekly_regular_wage))
        else:
            self.say("wage.regular", wage=self.m(w.wage))

    def individual_notice(self) -> None:
        w, f, t = self.w, self.w.facts, self.w.table
        qc = f.jurisdiction is Jurisdiction.QC
        if w.excluded is not None:
            self.say(f"excluded.{w.excluded}", cite=self.c(t.exclusion_sources[w.excluded].section))
            return
        if w.fault_alleged:
            complaint = next((r.source.section for r in t.other_deadlines if Cause.SERIOUS_FAULT in r.causes),
                             t.allegation_source.section)
            self.say("fault.alleged", cite=self.c(t.allegation_source.section), cite_complaint=self.c(complaint))
        self.say("notice.required", service=service_text(w.service, self.lang), weeks=self.wk(w.required),
                 cite=self.c(t.notice_source.section))
        if not qc:
            self.say("notice.fed_2024" if t.in_force >= dt.date(2024, 2, 1) else "notice.fed_2019")
        if w.void:
            what = (message("notice.void.what_weeks", self.lang, weeks=self.wk(f.notice_weeks_given))
                    if f.notice_weeks_given else message("notice.void.what", self.lang))
            section = t.notice_void_source.section if t.notice_void_source is not None else ""
            self.say("notice.void", what=what, cite=self.c(section))
        elif f.notice_given_during_layoff and qc and t.notice_void_source is not None:
            self.say("notice.seasonal", cite=self.c(t.notice_void_source.section))
        if f.notice_given_unknown:
            self.say("notice.unknown")
        given = w.valid_given
        fraction = given != given.to_integral_value() or w.missing != w.missing.to_integral_value()
        cite_indemnity = self.c(t.indemnity_source.section)
        if w.missing > 0:
            arithmetic = _times_wage(w.missing, w.wage, self.lang)
            if given > 0:
                self.say("notice.missing", given=self.wk(given), missing=self.wk(w.missing), arithmetic=arithmetic,
                         amount=self.m(w.individual), cite=cite_indemnity)
            elif f.notice_given_unknown:
                self.say("notice.missing_unknown", missing=self.wk(w.missing), arithmetic=arithmetic,
                         amount=self.m(w.individual), cite=cite_indemnity)
            else:
                self.say("notice.missing_none_given", missing=self.wk(w.missing), arithmetic=arithmetic,
                         amount=self.m(w.individual), cite=cite_indemnity)
            if fraction:
                self.say("notice.days_reading")
        elif w.required > 0:
            self.say("notice.met", given=self.wk(given))

    def collective(self) -> None:
        w, f, t = self.w, self.w.facts, self.w.table
        count = f.establishment_terminations
        window = t.collective_window[self.lang]
        scope = self.c(t.collective_scope_source.section)
        csrc = self.c(t.collective_source.section)
        people = plural("employee", count, self.lang)
        if w.threshold_weeks is None:
            if count:
                self.say("collective.below", people=people, window=window,
                         threshold=t.collective_tiers[0].minimum, cite=scope)
            return
        if w.excluded is ExcludedReason.FORCE_MAJEURE and t.collective_excused_source is not None:
            excluded_source = t.collective_excluded_sources.get(w.excluded)
            self.say("collective.force_majeure", count_people=people,
                     cite=self.c(excluded_source.section if excluded_source else csrc),
                     cite_notice=self.c("LNT s. 84.0.5"))
            return
        if w.excluded is not None:
            excluded_source = t.collective_excluded_sources.get(w.excluded)
            self.say("collective.excluded", count_people=people,
                     cite=self.c(excluded_source.section if excluded_source else csrc))
            return
        if w.excused and t.collective_excused_source is not None:
            self.say("collective.excused", count_people=people, cite=self.c(t.collective_excused_source.section),
                     cite_notice=self.c("LNT s. 84.0.5"))
            return
        if not w.cause_counts:
            self.say("collective.cause", count_people=people, cite=scope)
            return
        if t.collective_indemnity_source is None:
            self.say("collective.fed", count_people=people, window=window, weeks=self.wk(w.collective_weeks),
                     cite=csrc)
            return
        self.say("collective.required", count_people=people, window=window, weeks=self.wk(w.collective_weeks),
                 cite=csrc)
        given = f.collective_notice_weeks_given
        if f.collective_notice_given_unknown:
            self.say("collective.given_unknown")
        elif given > 0:
            self.say("collective.given", weeks=self.wk(given))
        else:
            self.say("collective.given_none")
        if w.collective > 0:
            short = w.collective_weeks - given
            self.say("collective.owed", missing=self.wk(short), arithmetic=_times_wage(short, w.wage, self.lang),
                     amount=self.m(w.collective), cite=self.c(t.collective_indemnity_source.section))
        else:
            self.say("collective.nothing")
        self.say("collective.reading", cite=csrc)

    def severance_and_combination(self) -> None:
        w, t = self.w, self.w.table
        rule = t.severance
        if rule is not None:
            if w.severance > 0:
                self.say("severance.owed", per_year=rule.days_per_year, years=w.service.years,
                         minimum=rule.minimum_days, days=w.severance_days, wage=self.m(w.wage),
                         per_week=rule.days_per_week, amount=self.m(w.severance), cite=self.c(rule.source.section))
            elif w.excluded is None:
                self.say("severance.none", cite=self.c(rule.source.section))
        if t.combine == "sum" and w.severance > 0:
            self.say("combine.sum", individual=self.m(w.individual), severance=self.m(w.severance),
                     amount=self.m(w.amount))
        elif w.collective > 0:
            self.say("combine.max", amount=self.m(w.amount), cite=self.c(t.combine_source.section))
        else:
            self.say("combine.single", amount=self.m(w.amount))

    def payments(self) -> None:
        w, f, t = self.w, self.w.facts, self.w.table
        if f.employer_payments > 0:
            self.say("paid.notice", paid=self.m(f.employer_payments), shortfall=self.m(w.shortfall),
                     cite=self.c(t.release_source.section))
        elif w.amount > 0:
            self.say("paid.none", amount=self.m(w.amount))
        if f.vacation_payments > 0:
            self.say("paid.vacation", paid=self.m(f.vacation_payments))
        wages = sum((p.amount for p in f.payments if p.purpose is PaymentPurpose.WAGES), Decimal(0))
        if wages > 0:
            self.say("paid.wages", paid=self.m(wages))

    def vacation(self) -> None:
        w, f, t = self.w, self.w.facts, self.w.table
        threshold = ""
        for tier in t.vacation_tiers[1:]:
            if w.months >= tier.minimum:
                threshold = message("vacation.rate_threshold", self.lang, years=tier.minimum // 12)
        self.say("vacation.rate", rate=percent(w.vacation_rate, self.lang), threshold=threshold,
                 cite=self.c(t.vacation_source.section))
        if w.vacation is None or w.vacation_completed is None or w.vacation_current is None:
            self.say("vacation.unknown")
            return
        note = ""
        if t.vacation_rate_at_year_end and w.year_end is not None and w.year_end >= f.hire_date:
            note = message("vacation.completed_rate_note", self.lang,
                           service=service_text(service_between(f.hire_date, w.year_end), self.lang))
        self.say("vacation.completed", year_end=self.d(w.year_end) if w.year_end else "",
                 wages=self.m(f.vacation_wages_completed_year or Decimal(0)), rate=percent(w.completed_rate, self.lang),
                 amount=self.m(w.vacation_completed), rate_note=note)
        self.say("vacation.current", wages=self.m(f.vacation_wages_current_year or Decimal(0)),
                 owed=self.m(w.amount), completed=self.m(w.vacation_completed),
                 rate=percent(w.vacation_rate, self.lang), amount=self.m(w.vacation_current))
        self.say("vacation.total", completed=self.m(w.vacation_completed), current=self.m(w.vacation_current),
                 amount=self.m(w.vacation), cite=cite_all([s.section for s in t.vacation_amount_sources], self.lang))
        if not t.vacation_rate_at_year_end:
            self.say("vacation.fed_reading")
        if (f.vacation_wages_completed_year is None) != (f.vacation_wages_current_year is None):
            self.say("vacation.partial")
        if w.vacation_paid > 0 and w.vacation_shortfall is not None:
            self.say("vacation.shortfall", paid=self.m(w.vacation_paid), amount=self.m(w.vacation_shortfall))
        if w.vacation_shortfall is not None and w.vacation_shortfall > 0 and w.shortfall > 0:
            self.say("total", shortfall=self.m(w.shortfall), vacation=self.m(w.vacation_shortfall),
                     amount=self.m(w.total_claim))

    def heads(self) -> None:
        w, f, t = self.w, self.w.facts, self.w.table
        if not w.heads:
            return
        indemnity_due = next((h.due_date for h in w.heads if h.head is not Head.VACATION_INDEMNITY), None)
        if indemnity_due is not None and indemnity_due != f.termination_date:
            recall = t.recall_source if t.recall_replaces_layoff_rule(f.recall_rights_months) else None
            if recall is not None:
                self.say("due.recall", months=plural("month", f.recall_rights_months, self.lang),
                         cite=self.c(recall.section), due=self.d(indemnity_due))
            elif t.layoff_due_is_reading:
                self.say("due.fed_layoff", cite=self.c(t.layoff_due_source.section), due=self.d(indemnity_due))
            else:
                self.say("due.layoff", cite=self.c(t.layoff_due_source.section + ", s. 84.0.13 para 2"),
                         due=self.d(indemnity_due))
        for h in w.heads:
            sections = [t.claim_source.section]
            if h.suspended and t.suspension_source is not None:
                sections.append(t.suspension_source.section)
            self.say("head", label=self._messages[f"head.label.{h.head}"], amount=self.m(h.amount),
                     due=self.d(h.due_date), prescription=self.d(h.prescription_date),
                     cite=cite_all(sections, self.lang))
        if t.suspension_source is not None:
            self.say("prescription.rule", cite=self.c(t.claim_source.section),
                     cite_suspension=self.c(t.suspension_source.section), cite_judicial=self.c("C.c.Q. art. 2892"))
        else:
            self.say("prescription.fed", cite=self.c(t.claim_source.section))
        if (f.cnesst_inquiry_notice_date is not None and t.suspension_source is not None
                and (w.claim_suspended or any(h.suspended for h in w.heads))):
            self.say("prescription.suspended", date=self.d(f.cnesst_inquiry_notice_date),
                     cite=self.c(t.suspension_source.section))

    def deadlines(self) -> None:
        w, f, t = self.w, self.w.facts, self.w.table
        qc = f.jurisdiction is Jurisdiction.QC
        claim = next((d for d in w.deadlines if d.kind == "claim"), None)
        if claim is not None:
            suffix = ".suspended" if qc and w.claim_suspended else ""
            if not self.for_debtor:
                text = message(f"claim.{f.jurisdiction}{suffix}", self.lang, date=self.d(claim.date),
                               cite=self.c(claim.basis))
                if qc and f.layoff:
                    text += message("claim.QC.later_due", self.lang)
                self.out.append(text)
        civil = t.civil_remedy
        for d in w.deadlines:
            if d.kind == "claim" or (civil is not None and d.kind == civil.kind):
                continue
            if d.kind == t.money_complaint_kind and claim is not None and d.date == claim.date:
                continue  # the same date as the claim deadline just given
            self.say("deadline", label=DEADLINE_LABELS.get(d.kind, {}).get(self.lang, d.kind), date=self.d(d.date),
                     cite=self.c(d.basis))
        if f.union_member and t.grievance_source is not None:
            self.say("grievance", cite=self.c(t.grievance_source.section))
        if civil is not None:
            for d in w.deadlines:
                if d.kind == civil.kind:
                    self.say("civil", cite_basis=self.c("C.c.Q. art. 2091, 2092; LNT s. 82 para 4"),
                             cite=self.c("C.c.Q. art. 2925"), date=self.d(d.date),
                             cite_interest=self.c("C.c.Q. art. 1617, 1619"))

    def status_and_readings(self) -> None:
        f, t, w = self.w.facts, self.w.table, self.w
        qc = f.jurisdiction is Jurisdiction.QC
        if f.classified_as_contractor:
            if qc:
                self.say("contractor.QC", cite=self.c(t.status_source.section + ", s. 86.1"),
                         cite_solidary=self.c(t.solidary_source.section if t.solidary_source else "LNT s. 95"))
            else:
                self.say("contractor.CA-FED", cite=self.c(t.status_source.section + ", " +
                                                          t.release_source.section.split(" ", 1)[1]))
        if not qc:
            self.say("fed.reading")
        if (f.employment_type is not EmploymentType.PERMANENT and w.excluded is None
                and f.cause is not Cause.END_OF_FIXED_TERM and qc):
            self.say("fixed_term.reading", cite=self.c(t.exclusion_sources[ExcludedReason.FIXED_TERM_EXPIRED].section))
