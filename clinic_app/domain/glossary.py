"""A short glossary of the legal terms volunteers meet at intake, in French and English (tooltips, What's This).

Why in the domain: the definitions cite the Act respecting labour standards like every figure does, and the same
words must serve the form, the panel and any printed help; the UI only looks terms up. Which fields and panel
rows a term explains is data here too (:data:`FIELD_TERMS`, :data:`PANEL_TERMS`).
"""

from __future__ import annotations

from clinic_app.domain.parsing import lang_of

#: term -> language -> (the term, its definition)
GLOSSARY: dict[str, dict[str, tuple[str, str]]] = {
    "notice": {
        "fr": ("Avis de cessation d'emploi",
               "Avertissement écrit que l'employeur doit donner avant de mettre fin à l'emploi. Sa durée dépend du "
               "service continu : 1 semaine (3 mois à 1 an), 2 semaines (1 à 5 ans), 4 semaines (5 à 10 ans), "
               "8 semaines (10 ans ou plus) (LNT, art. 82)."),
        "en": ("Notice of termination",
               "Written warning the employer must give before ending the employment. Its length depends on "
               "continuous service: 1 week (3 months to 1 year), 2 weeks (1 to 5 years), 4 weeks (5 to 10 years), "
               "8 weeks (10 years or more) (LNT s. 82)."),
    },
    "indemnity_in_lieu": {
        "fr": ("Indemnité compensatrice de préavis",
               "Quand l'avis n'a pas été donné ou était trop court, l'employeur doit le salaire habituel des "
               "semaines d'avis manquantes (LNT, art. 83)."),
        "en": ("Indemnity in lieu of notice",
               "When the notice was not given or was too short, the employer owes the regular wages of the missing "
               "weeks of notice (LNT s. 83)."),
    },
    "collective_dismissal": {
        "fr": ("Licenciement collectif",
               "Fin d'emploi d'au moins 10 salariés d'un même établissement sur deux mois consécutifs. L'employeur "
               "doit aviser le ministre 8, 12 ou 16 semaines d'avance selon le nombre (LNT, art. 84.0.1 et "
               "84.0.4) ; sinon il doit une indemnité (art. 84.0.13)."),
        "en": ("Collective dismissal",
               "The end of employment of at least 10 employees of one establishment within two consecutive months. "
               "The employer must notify the Minister 8, 12 or 16 weeks ahead depending on the number (LNT ss. "
               "84.0.1 and 84.0.4); otherwise it owes an indemnity (s. 84.0.13)."),
    },
    "prescription": {
        "fr": ("Prescription",
               "Délai pour réclamer. Une réclamation fondée sur la LNT se prescrit par un an à compter de la date "
               "où la somme était due (LNT, art. 115) : passé ce délai, le droit est perdu."),
        "en": ("Prescription (time limit)",
               "The time limit to claim. A claim under the LNT is prescribed one year after the date the sum was "
               "due (LNT s. 115): after that, the right is lost."),
    },
}

#: form field path -> the terms its tooltip and What's This explain
FIELD_TERMS: dict[str, tuple[str, ...]] = {
    "work.notice_received_on": ("notice",),
    "work.notice_weeks_given": ("notice", "indemnity_in_lieu"),
    "work.cause": ("collective_dismissal",),
    "warehouse.site_code": ("collective_dismissal",),
    "driver.station_code": ("collective_dismissal",),
    "work.complaint_filed_on": ("prescription",),
}

#: entitlement panel row -> its terms
PANEL_TERMS: dict[str, tuple[str, ...]] = {
    "notice_weeks_required": ("notice",),
    "notice_weeks_given": ("notice",),
    "individual_indemnity": ("indemnity_in_lieu",),
    "collective_notice_weeks": ("collective_dismissal",),
    "collective_indemnity": ("collective_dismissal",),
    "claim_deadline": ("prescription",),
}


def term(key: str, lang: str) -> tuple[str, str]:
    """(term, definition) of ``key`` in ``lang``."""
    return GLOSSARY[key][lang_of(lang)]


def help_text(keys: tuple[str, ...], lang: str) -> str:
    """The definitions of ``keys`` as plain text, one paragraph each ("Term: definition")."""
    colon = ": " if lang_of(lang) == "en" else " : "  # French puts a space before the colon
    return "\n\n".join(colon.join(term(k, lang)) for k in keys)
