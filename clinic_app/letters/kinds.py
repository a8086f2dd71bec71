"""The kinds of letter the program writes (names are stored with each letter record)."""

from __future__ import annotations

from enum import StrEnum


class LetterKind(StrEnum):
    DEMAND_EMPLOYER = "demand_employer"  # warehouse worker -> employer: formal notice
    DEMAND_DRIVER = "demand_driver"  # driver -> delivery company and client (one letter each)
    CALCULATION_ANNEX = "calculation_annex"  # table of the figures and their legal basis
    WORKER_SUMMARY = "worker_summary"  # plain-language page for the worker, in their language
    LAWYER_WORKSHEET = "lawyer_worksheet"  # the clinic's internal worksheet: readings, doubts, deadlines; never sent


#: the kinds that go to a debtor (a demand and the annex sent with it): facts and claims only
DEBTOR_KINDS = frozenset({LetterKind.DEMAND_EMPLOYER, LetterKind.DEMAND_DRIVER, LetterKind.CALCULATION_ANNEX})
DEMANDS = frozenset({LetterKind.DEMAND_EMPLOYER, LetterKind.DEMAND_DRIVER})

#: each kind in words, for reports that list letters (the batch's refusals)
KIND_NAMES: dict[LetterKind, dict[str, str]] = {
    LetterKind.DEMAND_EMPLOYER: {"fr": "mise en demeure à l'employeur", "en": "formal notice to the employer"},
    LetterKind.DEMAND_DRIVER: {"fr": "mise en demeure (chauffeur)", "en": "formal notice (driver)"},
    LetterKind.CALCULATION_ANNEX: {"fr": "annexe de calcul", "en": "calculation annex"},
    LetterKind.WORKER_SUMMARY: {"fr": "résumé pour la personne", "en": "summary for the worker"},
    LetterKind.LAWYER_WORKSHEET: {"fr": "fiche de travail interne", "en": "internal worksheet"},
}


def kind_name(kind: str, lang: str) -> str:
    """The kind in words in ``lang`` (French unless "en")."""
    return KIND_NAMES[LetterKind(kind)]["en" if lang == "en" else "fr"]
