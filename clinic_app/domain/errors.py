"""The one error a bad input field raises, with its message in French and English.

Why a code and parameters rather than a ready-made sentence: the same error reaches a French-speaking
volunteer in the GUI, an English JSON caller and a log line. The log keeps only ``field`` and ``code``
(never the value: it may be a wage), and each interface renders :meth:`FieldError.message` in its language.
"""

from __future__ import annotations

from typing import Any

from clinic_app.errors import EXIT_USAGE, ClinicError

#: Human names of the contract's input fields, shown beside the technical name.
FIELD_LABELS: dict[str, dict[str, str]] = {
    "case": {"fr": "le dossier", "en": "the case"},
    "jurisdiction": {"fr": "la juridiction", "en": "the jurisdiction"},
    "hire_date": {"fr": "la date d'embauche", "en": "the hire date"},
    "termination_date": {"fr": "la date de fin d'emploi ou de mise à pied",
                         "en": "the termination or layoff date"},
    "weekly_regular_wage": {"fr": "le salaire hebdomadaire régulier", "en": "the regular weekly wage"},
    "wage_varies": {"fr": "« le salaire varie »", "en": "“the wage varies”"},
    "recent_weekly_wages": {"fr": "les salaires des dernières semaines", "en": "the recent weekly wages"},
    "notice_weeks_given": {"fr": "le préavis reçu (semaines)", "en": "the notice received (weeks)"},
    "notice_given_during_layoff": {"fr": "« préavis remis pendant la mise à pied »",
                                   "en": "“notice given during the layoff”"},
    "employment_type": {"fr": "le type d'emploi", "en": "the employment type"},
    "layoff": {"fr": "« mise à pied »", "en": "“layoff”"},
    "cause": {"fr": "la cause de la fin d'emploi", "en": "the cause of the termination"},
    "establishment_terminations": {"fr": "le nombre de fins d'emploi dans l'établissement",
                                   "en": "the number of terminations at the establishment"},
    "collective_notice_weeks_given": {"fr": "l'avis collectif donné au ministre (semaines)",
                                      "en": "the collective notice given to the Minister (weeks)"},
    "classified_as_contractor": {"fr": "« traité comme travailleur autonome »",
                                 "en": "“treated as an independent contractor”"},
    "employer_payments": {"fr": "les sommes déjà versées par l'employeur",
                          "en": "the amounts already paid by the employer"},
    "as_of": {"fr": "la date d'évaluation", "en": "the assessment date"},
    "serious_fault_established": {"fr": "« faute grave établie »", "en": "“serious fault established”"},
    "vacation_wages_completed_year": {"fr": "le salaire brut de la dernière année de référence terminée",
                                      "en": "the gross wages of the last completed reference year"},
    "vacation_wages_current_year": {"fr": "le salaire brut de l'année de référence en cours",
                                    "en": "the gross wages of the current reference year"},
    "union_member": {"fr": "« membre d'un syndicat »", "en": "“union member”"},
    "recall_rights_months": {"fr": "le droit de rappel (mois)", "en": "the recall rights (months)"},
    "cnesst_inquiry_notice_date": {"fr": "la date de l'avis d'enquête de la CNESST",
                                   "en": "the date of the CNESST's notice of inquiry"},
    "minister_notice_date": {"fr": "la date de l'avis au ministre", "en": "the date of the notice to the Minister"},
}

#: code -> language -> template; ``{...}`` are filled from ``params``.
_TEMPLATES: dict[str, dict[str, str]] = {
    "not_an_object": {"fr": "chaque dossier doit être un objet JSON {{...}}, pas {got}",
                      "en": "each case must be a JSON object {{...}}, not {got}"},
    "missing": {"fr": "champ obligatoire manquant", "en": "this required field is missing"},
    "object_expected": {"fr": "attendu : un objet JSON {{...}}, reçu {got}",
                        "en": "expected a JSON object {{...}}, got {got}"},
    "not_a_string": {"fr": "attendu : un texte, reçu {got}", "en": "expected text, got {got}"},
    "enum": {"fr": "valeur inconnue {value}; valeurs permises : {allowed}",
             "en": "unknown value {value}; allowed values: {allowed}"},
    "not_a_date": {"fr": "attendu : une date AAAA-MM-JJ (ex. 2025-01-22), reçu {got}",
                   "en": "expected a date YYYY-MM-DD (e.g. 2025-01-22), got {got}"},
    "impossible_date": {"fr": "la date {value} n'existe pas dans le calendrier",
                        "en": "the date {value} does not exist in the calendar"},
    "date_range": {"fr": "la date doit être entre {low} et {high}", "en": "the date must be between {low} and {high}"},
    "before_hire": {"fr": "la fin d'emploi ({value}) ne peut pas précéder l'embauche ({hire})",
                    "en": "the termination ({value}) cannot be before the hire date ({hire})"},
    "before_law_table": {
        "fr": "aucune table de la loi ({jurisdiction}) n'est connue avant le {earliest}; "
              "ce programme ne calcule pas les fins d'emploi antérieures",
        "en": "no law table ({jurisdiction}) is known before {earliest}; "
              "this program does not compute earlier terminations"},
    "not_a_number": {"fr": "attendu : un nombre, reçu {got}", "en": "expected a number, got {got}"},
    "not_finite": {"fr": "attendu : un nombre fini, reçu {value}", "en": "expected a finite number, got {value}"},
    "not_positive": {"fr": "doit être plus grand que 0", "en": "must be greater than 0"},
    "negative": {"fr": "ne peut pas être négatif", "en": "cannot be negative"},
    "too_large": {"fr": "valeur invraisemblable : au plus {limit}", "en": "implausible value: at most {limit}"},
    "not_an_integer": {"fr": "attendu : un nombre entier, reçu {got}", "en": "expected a whole number, got {got}"},
    "not_a_bool": {"fr": "attendu : true ou false, reçu {got}", "en": "expected true or false, got {got}"},
    "not_an_array": {"fr": "attendu : une liste de montants, reçu {got}",
                     "en": "expected a list of amounts, got {got}"},
    "empty": {"fr": "la liste est vide : entrez le salaire de chaque semaine complète des 3 derniers mois",
              "en": "the list is empty: enter the pay of each complete week of the last 3 months"},
    "too_many": {"fr": "au plus {limit} semaines", "en": "at most {limit} weeks"},
    "near_miss": {"fr": "champ inconnu; vouliez-vous dire « {meant} »? (une faute de frappe changerait le calcul)",
                  "en": "unknown field; did you mean “{meant}”? (a typo would change what is owed)"},
    "too_many_payments": {"fr": "au plus {limit} paiements", "en": "at most {limit} payments"},
    "payment_not_an_object": {
        "fr": "paiement {index} : attendu un montant ou un objet {{\"amount\", \"purpose\"}}, reçu {got}",
        "en": "payment {index}: expected an object {{\"amount\", \"purpose\"}}, got {got}"},
    "payment_unknown_key": {"fr": "paiement {index} : clé inconnue {key}; clés permises : amount, purpose",
                            "en": "payment {index}: unknown key {key}; allowed keys: amount, purpose"},
    "payment_amount_missing": {"fr": "paiement {index} : le montant (amount) manque",
                               "en": "payment {index}: the amount is missing"},
    "payment_amount": {"fr": "paiement {index} : montant invalide ({detail})",
                       "en": "payment {index}: invalid amount ({detail})"},
    "payment_purpose": {
        "fr": "paiement {index} : objet du paiement (purpose) {value} inconnu; valeurs permises : {allowed}",
        "en": "payment {index}: unknown purpose {value}; allowed values: {allowed}"},
    "inquiry_before_hire": {
        "fr": "l'avis d'enquête ({value}) ne peut pas précéder l'embauche ({hire})",
        "en": "the notice of inquiry ({value}) cannot be before the hire date ({hire})"},
    "required_when_wage_varies": {
        "fr": "obligatoire quand le salaire varie : le salaire de chaque semaine complète des 3 derniers mois",
        "en": "required when the wage varies: the pay of each complete week of the last 3 months"},
}

_TYPE_NAMES: dict[str, dict[str, str]] = {
    "NoneType": {"fr": "null", "en": "null"},
    "bool": {"fr": "un booléen", "en": "a boolean"},
    "int": {"fr": "un nombre", "en": "a number"},
    "float": {"fr": "un nombre", "en": "a number"},
    "Decimal": {"fr": "un nombre", "en": "a number"},
    "str": {"fr": "un texte", "en": "text"},
    "list": {"fr": "une liste", "en": "a list"},
    "tuple": {"fr": "une liste", "en": "a list"},
    "dict": {"fr": "un objet", "en": "an object"},
    "datetime": {"fr": "une date et heure", "en": "a date and time"},
}


def type_name(value: Any) -> str:
    """A language-neutral key for the kind of ``value``, rendered per language by :meth:`FieldError.message`."""
    return type(value).__name__


def _item_label(field: str, lang: str) -> str:
    """``recent_weekly_wages[2]`` -> the base field's label plus "week 3"."""
    base, _, rest = field.partition("[")
    label = FIELD_LABELS.get(base, {}).get(lang, "")
    if rest:
        index = int(rest.rstrip("]")) + 1
        label = f"{label}, {'semaine' if lang == 'fr' else 'week'} {index}"
    return label


class FieldError(ClinicError):
    """A bad or missing input field: names the contract field and says what is expected.

    ``field`` is the contract's field name or a dotted/indexed path (``recent_weekly_wages[2]``);
    ``code`` a stable identifier (see ``_TEMPLATES``); ``params`` fills the message. ``str(err)`` is the
    French message (the program's default language).
    """

    exit_status = EXIT_USAGE

    def __init__(self, field: str, code: str, **params: Any) -> None:
        self.field = field
        self.code = code
        self.params = params
        super().__init__(self.message("fr"))

    def message(self, lang: str = "fr", *, plain: bool = False) -> str:
        """The message in ``lang`` ("fr" or "en"; anything else falls back to French). ``plain``: the fact named
        in words only ("La date de fin d'emploi..."), for people who never see field names (the letters window);
        the technical name stays when no words are known for it."""
        if lang not in ("fr", "en"):
            lang = "fr"
        template = _TEMPLATES.get(self.code, {}).get(lang) or self.code
        params = dict(self.params)
        if "got" in params:
            params["got"] = _TYPE_NAMES.get(str(params["got"]), {}).get(lang, str(params["got"]))
        if "detail" in params:  # a nested error (a payment's amount): its own text, in the same language
            nested = _TEMPLATES.get(str(params["detail"]), {}).get(lang, str(params["detail"]))
            try:
                params["detail"] = nested.format(**params)
            except (KeyError, IndexError, ValueError):
                params["detail"] = nested
        try:
            text = template.format(**params)
        except (KeyError, IndexError, ValueError):
            text = template
        label = _item_label(self.field, lang)
        where = f"{self.field} ({label})" if label else self.field
        if plain and label:  # for a volunteer: the fact in words, without the technical field name
            where = label[:1].upper() + label[1:]
        return f"{where}: {text}" if lang == "en" else f"{where} : {text}"

    def __reduce__(self) -> tuple[Any, ...]:  # picklable (multiprocessing, GUI worker threads)
        return (_rebuild, (self.field, self.code, self.params))


def _rebuild(field: str, code: str, params: dict[str, Any]) -> FieldError:
    return FieldError(field, code, **params)
