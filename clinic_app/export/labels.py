"""French and English labels of coded values: the summary report's (kinds, statuses, badges, deadlines) and
those of the exports read by people (languages, consent, pay basis, jurisdiction, cause, employment type).

Why not Qt's translations: the PDF report is made by ``clinic-app report`` too, which must not load Qt.
The Qt summary screen translates the same values with ``tr()`` in its own file; the deadline labels come
from the domain (``domain.explain.DEADLINE_LABELS``) so a letter and the report name a deadline alike.
"""

from __future__ import annotations

from clinic_app.domain.explain import DEADLINE_LABELS

_VALUES: dict[str, dict[str, str]] = {
    # kinds
    "warehouse": {"fr": "Entrepôt", "en": "Warehouse"},
    "driver": {"fr": "Livreur", "en": "Driver"},
    # statuses
    "draft": {"fr": "Brouillon", "en": "Draft"},
    "intake_complete": {"fr": "Accueil complet", "en": "Intake complete"},
    "reviewed": {"fr": "Vérifié", "en": "Reviewed"},
    "letter_sent": {"fr": "Lettre envoyée", "en": "Letter sent"},
    "closed": {"fr": "Fermé", "en": "Closed"},
    # badges
    "blue": {"fr": "Bleu (permanent)", "en": "Blue (permanent)"},
    "white": {"fr": "Blanc (saisonnier)", "en": "White (seasonal)"},
    "-": {"fr": "Non indiqué", "en": "Not entered"},
    # languages
    "fr": {"fr": "Français", "en": "French"},
    "en": {"fr": "Anglais", "en": "English"},
    "ar": {"fr": "Arabe", "en": "Arabic"},
    "other": {"fr": "Autre", "en": "Other"},
    # consent scopes
    "intake": {"fr": "Accueil seulement", "en": "Intake only"},
    "intake_and_letters": {"fr": "Accueil et lettres", "en": "Intake and letters"},
    "share_with_partners": {"fr": "Accueil, lettres et partenaires", "en": "Intake, letters and partners"},
    # drivers' pay basis
    "route": {"fr": "À la route", "en": "Per route"},
    "day": {"fr": "À la journée", "en": "Per day"},
    "hour": {"fr": "À l'heure", "en": "Per hour"},
    "parcel": {"fr": "Au colis", "en": "Per parcel"},
    # jurisdictions
    "QC": {"fr": "Québec (LNT)", "en": "Quebec (ALS)"},
    "CA-FED": {"fr": "Fédéral (CCT)", "en": "Federal (CLC)"},
    # causes of the end of employment
    "closure": {"fr": "Fermeture", "en": "Closure"},
    "serious_fault": {"fr": "Faute grave", "en": "Serious fault"},
    "force_majeure": {"fr": "Force majeure", "en": "Force majeure"},
    "end_of_fixed_term": {"fr": "Fin du contrat à durée déterminée", "en": "End of fixed term"},
    "unforeseeable_event": {"fr": "Événement imprévu", "en": "Unforeseeable event"},
    # employment types
    "permanent": {"fr": "Permanent", "en": "Permanent"},
    "fixed_term": {"fr": "Durée déterminée", "en": "Fixed term"},
    "seasonal_fixed_term": {"fr": "Saisonnier à durée déterminée", "en": "Seasonal fixed term"},
}

#: Export columns holding coded values: written as the labels above in an export for people (excel-fr CSV,
#: XLSX), as codes in the plain CSV. ``tests/export/test_export_for_people.py`` checks every code has labels.
CODED_COLUMNS = frozenset({"kind", "status", "badge", "preferred_language", "consent_scope", "pay_basis",
                           "jurisdiction", "cause", "employment_type"})

STATUS_ORDER = ("draft", "intake_complete", "reviewed", "letter_sent", "closed")


def value_label(value: str, lang: str) -> str:
    """The label of a kind, status or badge value (the value itself when unknown)."""
    labels = _VALUES.get(value)
    if labels is None:
        return value
    return labels.get(lang, labels["fr"])


def deadline_label(kind: str, lang: str) -> str:
    labels = DEADLINE_LABELS.get(kind)
    if labels is None:
        return kind
    return labels.get(lang, labels["fr"])
