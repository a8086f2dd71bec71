"""The columns an export can hold, their types, and the two export profiles.

Why a table: the CSV writer, the XLSX writer, the CLI's ``--columns`` and the export dialog's check list
all read this one list, so a column's name, its type (how XLSX formats it, how a French CSV writes a
decimal) and whether it identifies a person are stated once. The de-identified profile is *derived* from
the ``personal`` flag, which every column must state (it has no default): nobody adds a column without
deciding whether it may leave in a campaign's spreadsheet.

Personal (left out of de-identified exports): names, date of birth, contacts, addresses, immigration
status, free text (notes, job title), the volunteer's name and when consent was given. Coarse facts that
campaigns need (site, kind, status, badge, dates of work, wages, figures) stay, and so do the case number
and UUID: they identify nobody outside the clinic, and they let a coordinator answer a question about
one row without sending a name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from clinic_app.domain.case import Case, Establishment
from clinic_app.domain.types import Deadline
from clinic_app.export.errors import ColumnError
from clinic_app.export.figures import CaseFigures, case_deadlines, figures_of


class ColumnType(StrEnum):
    TEXT = "text"
    DATE = "date"
    DATETIME = "datetime"
    MONEY = "money"
    NUMBER = "number"
    INTEGER = "integer"
    BOOL = "bool"


class Profile(StrEnum):
    FULL = "full"  # for the clinic's lawyers
    DEIDENTIFIED = "deidentified"  # for campaigns and statistics


class ExportRecord:
    """One case with what its columns read: its establishment, and the engine's figures on first use.

    Why lazy: an export of names and phones for a union must not pay for the engine on 100,000 cases;
    the figures are computed only when a figures column (or the summary) reads them, and once.
    """

    __slots__ = ("case", "establishment", "_figures", "_deadlines")

    def __init__(self, case: Case, establishment: Establishment | None = None) -> None:
        self.case = case
        self.establishment = establishment
        self._figures: CaseFigures | None = None
        self._deadlines: tuple[Deadline, ...] | None = None

    @property
    def figures(self) -> CaseFigures:
        if self._figures is None:
            self._figures = figures_of(self.case, self.establishment)
        return self._figures

    @property
    def deadlines(self) -> tuple[Deadline, ...]:
        if self._deadlines is None:
            self._deadlines = case_deadlines(self.case, self.establishment)
        return self._deadlines


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: ColumnType
    personal: bool
    get: Callable[[ExportRecord], Any]
    label_fr: str
    label_en: str

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_fr


def _w(name: str) -> Callable[[ExportRecord], Any]:
    return lambda r: getattr(r.case.work, name)


def _p(name: str) -> Callable[[ExportRecord], Any]:
    return lambda r: getattr(r.case.person, name)


def _fig(name: str) -> Callable[[ExportRecord], Any]:
    return lambda r: getattr(r.figures, name)


def _enum(value: Any) -> str:
    return "" if value is None else str(value)


def _employer(r: ExportRecord) -> str:
    if r.case.warehouse is not None:
        return r.case.warehouse.employer_legal_name
    if r.case.driver is not None:
        return r.case.driver.dsp_legal_name
    return ""


def _next_deadline(r: ExportRecord) -> dt.date | None:
    """The earliest deadline of the case (past ones included: a missed deadline is what a lawyer must see)."""
    return min((d.date for d in r.deadlines), default=None)


def _notes(r: ExportRecord) -> str:
    return "\n".join(n.text for n in r.case.notes)


T, D, DT, M, N, I, B = (ColumnType.TEXT, ColumnType.DATE, ColumnType.DATETIME, ColumnType.MONEY,  # noqa: E741 - one letter each, as the table reads
                        ColumnType.NUMBER, ColumnType.INTEGER, ColumnType.BOOL)

COLUMNS: tuple[Column, ...] = (
    Column("case_uuid", T, False, lambda r: r.case.uuid, "UUID du dossier", "Case UUID"),
    Column("case_number", T, False, lambda r: r.case.case_number, "N° de dossier", "Case number"),
    Column("kind", T, False, lambda r: str(r.case.kind), "Type", "Kind"),
    Column("status", T, False, lambda r: str(r.case.status), "Statut", "Status"),
    Column("created_at", DT, False, lambda r: r.case.created_at, "Créé le", "Created at"),
    Column("updated_at", DT, False, lambda r: r.case.updated_at, "Modifié le", "Updated at"),
    Column("created_by", T, True, lambda r: r.case.created_by, "Bénévole", "Volunteer"),
    Column("laptop_id", T, False, lambda r: r.case.laptop_id, "Portable", "Laptop"),
    Column("given_name", T, True, _p("given_name"), "Prénom", "Given name"),
    Column("family_name", T, True, _p("family_name"), "Nom", "Family name"),
    Column("preferred_name", T, True, _p("preferred_name"), "Nom d'usage", "Preferred name"),
    Column("date_of_birth", D, True, _p("date_of_birth"), "Date de naissance", "Date of birth"),
    Column("phone", T, True, _p("phone"), "Téléphone", "Phone"),
    Column("email", T, True, _p("email"), "Courriel", "Email"),
    Column("address_line", T, True, _p("address_line"), "Adresse", "Address"),
    Column("city", T, True, _p("city"), "Ville", "City"),
    Column("province", T, False, _p("province"), "Province", "Province"),
    Column("postal_code", T, True, _p("postal_code"), "Code postal", "Postal code"),
    Column("preferred_language", T, False, lambda r: _enum(r.case.person.preferred_language),
           "Langue", "Language"),
    Column("interpreter_needed", B, False, _p("interpreter_needed"), "Interprète", "Interpreter needed"),
    Column("immigration_status", T, True, _p("immigration_status"), "Statut d'immigration",
           "Immigration status"),
    Column("consent_given_at", DT, True, lambda r: r.case.consent.given_at, "Consentement le", "Consent given at"),
    Column("consent_scope", T, False, lambda r: _enum(r.case.consent.scope), "Portée du consentement",
           "Consent scope"),
    Column("site", T, False, lambda r: r.case.site_or_company, "Site ou entreprise", "Site or company"),
    Column("employer", T, False, _employer, "Employeur", "Employer"),
    Column("badge", T, False, lambda r: _enum(r.case.warehouse.badge) if r.case.warehouse else "",
           "Badge", "Badge"),
    Column("job_title", T, True, lambda r: r.case.warehouse.job_title if r.case.warehouse else "",
           "Poste", "Job title"),
    Column("union_member", B, False, lambda r: bool(r.case.warehouse and r.case.warehouse.union_member),
           "Syndiqué", "Union member"),
    Column("union_name", T, False, lambda r: r.case.warehouse.union_name if r.case.warehouse else "",
           "Syndicat", "Union"),
    Column("client_name", T, False, lambda r: r.case.driver.client_name if r.case.driver else "",
           "Client", "Client"),
    Column("pay_basis", T, False, lambda r: _enum(r.case.driver.pay_basis) if r.case.driver else "",
           "Base de paie", "Pay basis"),
    Column("classified_as_contractor", B, False,
           lambda r: bool(r.case.driver and r.case.driver.classified_as_contractor),
           "Classé travailleur autonome", "Classified as contractor"),
    Column("jurisdiction", T, False, lambda r: str(r.case.work.jurisdiction), "Compétence", "Jurisdiction"),
    Column("start_date", D, False, _w("start_date"), "Embauche", "Start date"),
    Column("last_day_worked", D, False, _w("last_day_worked"), "Dernier jour travaillé", "Last day worked"),
    Column("termination_date", D, False, _w("termination_date"), "Fin d'emploi", "Termination date"),
    Column("layoff", B, False, _w("layoff"), "Mise à pied", "Layoff"),
    Column("cause", T, False, lambda r: str(r.case.work.cause), "Cause", "Cause"),
    Column("employment_type", T, False, lambda r: str(r.case.work.employment_type), "Type d'emploi",
           "Employment type"),
    Column("notice_weeks_given", N, False, _w("notice_weeks_given"), "Semaines de préavis données",
           "Notice weeks given"),
    Column("hourly_rate", M, False, _w("hourly_rate"), "Taux horaire", "Hourly rate"),
    Column("weekly_hours", N, False, _w("weekly_hours"), "Heures par semaine", "Weekly hours"),
    Column("weekly_wage", M, False, lambda r: r.case.work.effective_weekly_wage(), "Salaire hebdomadaire",
           "Weekly wage"),
    Column("paid", M, False, _fig("paid"), "Déjà versé par l'employeur", "Already paid by employer"),
    Column("release_signed", B, False, _w("release_signed"), "Quittance signée", "Release signed"),
    Column("amount_owed", M, False, _fig("amount_owed"), "Montant dû", "Amount owed"),
    Column("shortfall", M, False, _fig("shortfall"), "Reste à payer", "Shortfall"),
    Column("claim_deadline", D, False, _fig("claim_deadline"), "Échéance de réclamation", "Claim deadline"),
    Column("next_deadline", D, False, _next_deadline, "Prochaine échéance", "Next deadline"),
    Column("notes", T, True, _notes, "Notes", "Notes"),
)

BY_NAME: dict[str, Column] = {c.name: c for c in COLUMNS}


def columns_for(profile: Profile | str, names: Sequence[str] | None = None) -> list[Column]:
    """The columns to write: ``names`` in that order (or all), minus personal ones when de-identified.

    Asking for a personal column in a de-identified export is an error, not a silent drop: the person
    who asked for ``email`` must learn that it will not be there.
    """
    profile = Profile(profile)
    if names:
        unknown = [n for n in names if n not in BY_NAME]
        if unknown:
            raise ColumnError(
                "unknown_column",
                f"colonne(s) inconnue(s) : {', '.join(unknown)} ; colonnes possibles : {', '.join(BY_NAME)}",
                f"unknown column(s): {', '.join(unknown)}; expected some of: {', '.join(BY_NAME)}")
        chosen = [BY_NAME[n] for n in dict.fromkeys(names)]
    else:
        chosen = list(COLUMNS)
    if profile is Profile.DEIDENTIFIED:
        personal = [c.name for c in chosen if c.personal]
        if names and personal:
            raise ColumnError(
                "personal_column",
                f"colonne(s) personnelle(s) interdite(s) dans un export dépersonnalisé : {', '.join(personal)}",
                f"personal column(s) not allowed in a de-identified export: {', '.join(personal)}")
        chosen = [c for c in chosen if not c.personal]
    return chosen


def parse_column_list(text: str) -> list[str]:
    """``"a, b,c"`` -> ``["a", "b", "c"]`` (the CLI's ``--columns``)."""
    return [part.strip() for part in text.split(",") if part.strip()]
