"""French and English labels of the values the summary report prints (kinds, statuses, badges, deadlines).

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
}

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
