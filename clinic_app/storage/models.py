"""SQLAlchemy 2 models: the tables that hold cases (typed ``Mapped[...]`` declarative style).

Why one table per part of the case model (person, work facts, warehouse employment, driver engagement,
weekly wages, payments, notes) rather than one JSON blob: the list, the search and the coordinators'
exports query these columns in SQL, and a lawyer reading the database with any SQLite tool can follow it.
Column names are the field names of :mod:`clinic_app.domain.case`, so :mod:`.mapping` copies them one for
one. The ``cases`` row also keeps a few derived columns (display name, normalized search text, figures in
cents, claim deadline) so that listing, searching and sorting 100,000 cases stay in SQL.

Money typed by people is kept as exact decimal text (:class:`DecimalText`): SQLite has no decimal type and
a float would change what was typed. Timestamps are UTC (:class:`UTCDateTime`). No social insurance number.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as its exact text: ``37.5`` stays ``37.5`` on SQLite and PostgreSQL alike."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: object) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: object) -> Decimal | None:
        return None if value is None else Decimal(value)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC datetime stored naive (in UTC), read back aware, on every backend."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: object) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: object) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


#: The status sort (workflow order), written out: SQLite uses an index on an expression only for the very
#: same expression text, so the store's ORDER BY and the index ``ix_cases_list_status`` share this string.
STATUS_RANK_SQL = ("CASE status WHEN 'draft' THEN 0 WHEN 'intake_complete' THEN 1 WHEN 'reviewed' THEN 2 "
                   "WHEN 'letter_sent' THEN 3 WHEN 'closed' THEN 4 ELSE 99 END")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _case_fk() -> Mapped[str]:
    return mapped_column(String(36), ForeignKey("cases.uuid", ondelete="CASCADE"), primary_key=True)


class Laptop(Base):
    """This laptop's identity: its id and the case-number prefix that keeps numbers unique across laptops."""

    __tablename__ = "laptop"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(12))
    next_sequence: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class AppSetting(Base):
    """Settings that belong with the data (clinic letterhead, retention), not with one Windows user."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class EstablishmentRow(Base):
    __tablename__ = "establishment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(100), index=True)
    employer_legal_name: Mapped[str] = mapped_column(String(300))
    address: Mapped[str] = mapped_column(Text)
    jurisdiction: Mapped[str] = mapped_column(String(8))
    closure_date: Mapped[dt.date | None] = mapped_column(Date)
    establishment_terminations: Mapped[int | None] = mapped_column(Integer)
    terminations_with_drivers: Mapped[int | None] = mapped_column(Integer)
    collective_notice_weeks_given: Mapped[Decimal | None] = mapped_column(DecimalText)
    cnesst_inquiry_notice_date: Mapped[dt.date | None] = mapped_column(Date)  # 0004
    version: Mapped[int] = mapped_column(Integer, server_default="1")  # 0006: a stale save is refused
    client_company: Mapped[str] = mapped_column(String(300), server_default="")  # 0011
    minister_notice_date: Mapped[dt.date | None] = mapped_column(Date)  # 0011
    union_name: Mapped[str] = mapped_column(String(300), server_default="")  # 0011
    collective_agreement: Mapped[str] = mapped_column(String(300), server_default="")  # 0011


class CaseRecord(Base):
    """One case. The indexes serve the list (see ``docs/storage.md``, "Speed"): each sort key with the case
    number as tie-breaker, and a narrow covering index for searching, filtering and counting without reading
    the (wide, encrypted) rows. Deliberately no index on ``deleted_at``, ``kind`` or ``status`` alone: they
    match most rows, SQLite would pick them and then sort every row instead of walking the sort index."""

    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_list_name", "sort_name", "case_number"),
        Index("ix_cases_list_site", "site_or_company", "case_number"),
        Index("ix_cases_search", "search_text", "deleted_at", "kind", "status", "site_or_company", "uuid"),
        # 0008: every sort key with the case number, for keyset paging ((key, case_number) > (v, n))
        Index("ix_cases_list_kind", "kind", "case_number"),
        Index("ix_cases_list_status", text(STATUS_RANK_SQL), "case_number"),
        Index("ix_cases_list_owed", "amount_owed_cents", "case_number"),
        Index("ix_cases_list_shortfall", "shortfall_cents", "case_number"),
        Index("ix_cases_list_deadline", "claim_deadline", "case_number"),
        Index("ix_cases_list_updated", "updated_at", "case_number"),
        # 0012: the deadline dashboard of a site reads this index alone, in order (a site's 10,000 cases are
        # consecutive entries), instead of 10,000 rows scattered over the file: see CaseStore.stored_deadlines
        Index("ix_cases_dashboard", "site_or_company", "deleted_at", "status", "figures_version", "created_by",
              "case_number", "uuid", "later_due_until", "inquiry_may_save", "deadlines_text"),
        # 0013: the summary's counts and sums by site, kind and status read this index alone (see
        # CaseStore.summary_rows)
        # (paid_cents first: no list query can take it for its pages, see the migration)
        Index("ix_cases_summary", "paid_cents", "deleted_at", "site_or_company", "kind", "status",
              "amount_owed_cents", "shortfall_cents", "claim_deadline", "case_number", "uuid"),
    )
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_number: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    laptop_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    establishment_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("establishment.id", ondelete="SET NULL"), index=True)
    letter_language: Mapped[str] = mapped_column(String(8))
    interview_language: Mapped[str] = mapped_column(String(8))
    documents_seen: Mapped[str] = mapped_column(Text)  # JSON list of strings
    consent_given_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    consent_scope: Mapped[str | None] = mapped_column(String(32))
    consent_recorded_by: Mapped[str] = mapped_column(String(200))
    consent_text_language: Mapped[str | None] = mapped_column(String(8))
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)  # retention counts from here
    # Derived, rewritten on every save: what the list shows, searches and sorts on.
    display_name: Mapped[str] = mapped_column(String(400))
    sort_name: Mapped[str] = mapped_column(String(400))
    site_or_company: Mapped[str] = mapped_column(String(300))
    search_text: Mapped[str] = mapped_column(Text)
    duplicate_key: Mapped[str] = mapped_column(String(400), index=True)
    amount_owed_cents: Mapped[int | None] = mapped_column(BigInteger)
    paid_cents: Mapped[int] = mapped_column(BigInteger)
    shortfall_cents: Mapped[int | None] = mapped_column(BigInteger)
    claim_deadline: Mapped[dt.date | None] = mapped_column(Date)
    # 0009: the earliest deadline of any kind, and which engine and law tables computed the stored figures
    # (a row whose version differs from domain.case_figures.FIGURES_VERSION is recomputed, see the store).
    next_deadline: Mapped[dt.date | None] = mapped_column(Date)
    figures_version: Mapped[str | None] = mapped_column(String(40), index=True)
    # 0012: what the site view adds up (both counts) and the dashboard reads, with the deadlines and heads in
    # ``case_deadline`` and ``case_head`` (NULL after the migration: stale until recomputed)
    total_claim_cents: Mapped[int | None] = mapped_column(BigInteger)
    owed_drivers_cents: Mapped[int | None] = mapped_column(BigInteger)
    claim_drivers_cents: Mapped[int | None] = mapped_column(BigInteger)
    last_due: Mapped[dt.date | None] = mapped_column(Date)
    later_due_until: Mapped[dt.date | None] = mapped_column(Date)
    inquiry_may_save: Mapped[bool | None] = mapped_column(Boolean)
    #: every deadline as "kind US date US section" joined by RS (see mapping.deadlines_text): the dashboard's
    #: copy of ``case_deadline``, read from the covering index ``ix_cases_dashboard``
    deadlines_text: Mapped[str | None] = mapped_column(Text)


class CaseDeadlineRecord(Base):
    """One deadline of a case as its stored figures' engine computed it (0012): the dashboard and the calendar
    read these instead of running the engine. Rewritten with the case's figures; valid only while the case's
    ``figures_version`` is current."""

    __tablename__ = "case_deadline"
    # 0014: the dashboard walks, by date, only the deadlines that may be a case's row (see
    # domain.deadlines.row_roles): a page reads about as many entries as it shows, whatever the file's size
    __table_args__ = (Index("ix_case_deadline_role", "row_role", "date", "case_number", "case_uuid"),)
    case_uuid: Mapped[str] = _case_fk()
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(60))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    basis: Mapped[str] = mapped_column(String(200))
    row_role: Mapped[int] = mapped_column(Integer, server_default="0")  # 0014
    case_number: Mapped[str] = mapped_column(String(32), server_default="")  # 0014: the case's, never changes


class CaseHeadRecord(Base):
    """One head of claim of a case (0012): when it falls due and how much, for the site view's months."""

    __tablename__ = "case_head"
    case_uuid: Mapped[str] = _case_fk()
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    due_date: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(BigInteger)


class PersonRecord(Base):
    __tablename__ = "person"
    case_uuid: Mapped[str] = _case_fk()
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    preferred_name: Mapped[str] = mapped_column(String(200))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(40))
    email: Mapped[str] = mapped_column(String(320))
    address_line: Mapped[str] = mapped_column(Text)
    city: Mapped[str] = mapped_column(String(200))
    province: Mapped[str] = mapped_column(String(40))
    postal_code: Mapped[str] = mapped_column(String(10))
    preferred_language: Mapped[str] = mapped_column(String(8))
    interpreter_needed: Mapped[bool] = mapped_column(Boolean)
    immigration_status: Mapped[str] = mapped_column(Text)


class WorkRecord(Base):
    """Facts common to a warehouse job and a driver engagement (dates, pay, notice, release)."""

    __tablename__ = "work_facts"
    case_uuid: Mapped[str] = _case_fk()
    jurisdiction: Mapped[str] = mapped_column(String(8))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    last_day_worked: Mapped[dt.date | None] = mapped_column(Date)
    termination_date: Mapped[dt.date | None] = mapped_column(Date)
    layoff: Mapped[bool] = mapped_column(Boolean)
    cause: Mapped[str] = mapped_column(String(24))
    employment_type: Mapped[str] = mapped_column(String(24))
    term_end_date: Mapped[dt.date | None] = mapped_column(Date)
    notice_received_on: Mapped[dt.date | None] = mapped_column(Date)
    notice_weeks_given: Mapped[Decimal | None] = mapped_column(DecimalText)
    notice_given_during_layoff: Mapped[bool] = mapped_column(Boolean)
    hourly_rate: Mapped[Decimal | None] = mapped_column(DecimalText)
    weekly_hours: Mapped[Decimal | None] = mapped_column(DecimalText)
    weekly_wage: Mapped[Decimal | None] = mapped_column(DecimalText)
    wage_varies: Mapped[bool] = mapped_column(Boolean)
    reference_year_gross: Mapped[Decimal | None] = mapped_column(DecimalText)
    vacation_wages_completed_year: Mapped[Decimal | None] = mapped_column(DecimalText)  # 0004
    release_signed: Mapped[bool] = mapped_column(Boolean)
    release_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    cnesst_inquiry_on: Mapped[dt.date | None] = mapped_column(Date)
    complaint_filed_on: Mapped[dt.date | None] = mapped_column(Date)
    serious_fault_established: Mapped[bool] = mapped_column(Boolean, server_default=false())  # 0004
    recall_rights_months: Mapped[int | None] = mapped_column(Integer)  # 0004


class WarehouseEmploymentRecord(Base):
    __tablename__ = "warehouse_employment"
    case_uuid: Mapped[str] = _case_fk()
    employer_legal_name: Mapped[str] = mapped_column(String(300))
    site_code: Mapped[str] = mapped_column(String(100))
    badge: Mapped[str | None] = mapped_column(String(8))
    job_title: Mapped[str] = mapped_column(String(200))
    union_member: Mapped[bool] = mapped_column(Boolean)
    union_name: Mapped[str] = mapped_column(String(200))


class DriverEngagementRecord(Base):
    """A driver's engagement with a delivery company, and the control indicators (LNT s. 1(10))."""

    __tablename__ = "driver_engagement"
    case_uuid: Mapped[str] = _case_fk()
    dsp_legal_name: Mapped[str] = mapped_column(String(300))
    dsp_address: Mapped[str] = mapped_column(Text)
    client_name: Mapped[str] = mapped_column(String(300))
    client_address: Mapped[str] = mapped_column(Text)
    station_code: Mapped[str] = mapped_column(String(100))
    pay_basis: Mapped[str | None] = mapped_column(String(16))
    vehicle_owned_by: Mapped[str | None] = mapped_column(String(16))
    classified_as_contractor: Mapped[bool] = mapped_column(Boolean)
    schedule_set_by: Mapped[str | None] = mapped_column(String(16))
    routes_set_by: Mapped[str | None] = mapped_column(String(16))
    could_refuse_routes: Mapped[bool | None] = mapped_column(Boolean)
    could_send_substitute: Mapped[bool | None] = mapped_column(Boolean)
    uniform_or_badge: Mapped[bool | None] = mapped_column(Boolean)
    monitoring_app: Mapped[bool | None] = mapped_column(Boolean)
    exclusivity: Mapped[bool | None] = mapped_column(Boolean)
    tools_supplied_by: Mapped[str | None] = mapped_column(String(16))
    paid_by: Mapped[str | None] = mapped_column(String(16))


class WeeklyWageRecord(Base):
    __tablename__ = "weekly_wage"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("cases.uuid", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    week_ending: Mapped[dt.date | None] = mapped_column(Date)


class PaymentRecord(Base):
    """Money the employer or delivery company already paid at the end."""

    __tablename__ = "employer_payment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("cases.uuid", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    purpose: Mapped[str] = mapped_column(String(24))
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)


class NoteRecord(Base):
    __tablename__ = "case_note"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("cases.uuid", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class LetterRow(Base):
    """A letter generated for a case: kind, language, recipient, date, SHA-256 and the figures it stated."""

    __tablename__ = "letter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("cases.uuid", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(8))
    recipient: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    sha256: Mapped[str] = mapped_column(String(64))
    figures: Mapped[str] = mapped_column(Text)  # JSON
    path: Mapped[str] = mapped_column(Text)


class AuditRow(Base):
    """Who did what to which case and when. Field names only, never values; survives a purge (no FK)."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    case_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    fields: Mapped[str] = mapped_column(Text)  # dotted field names separated by ","
    detail: Mapped[str] = mapped_column(Text)


class DraftRow(Base):
    """The GUI's autosaved, not yet saved form contents: inside the (encrypted) database, never a clear file."""

    __tablename__ = "draft"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class SyncMark(Base):
    """For bundle merges: each case's content hash at the last merge with one peer laptop."""

    __tablename__ = "sync_mark"
    peer: Mapped[str] = mapped_column(String(100), primary_key=True)
    case_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))




class PurgeTombstone(Base):
    """A purged case: its UUID and the purge date, nothing else (no name, no case number).

    Why: purging erases a case for good (Law 25), but an older bundle from another laptop still holds it;
    without a record, importing that bundle brought the erased case back. Every import skips the UUIDs
    listed here, and bundles carry them so the other laptops learn of the purge.
    """

    __tablename__ = "purge_tombstone"
    case_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    purged_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class AttachmentRow(Base):
    """One evidence file of a case (0007): what it is, never its bytes (those are in ``attachment_data``).

    Why two tables: the attachments section lists a case's files (kind, name, size) without reading megabytes
    of photos; the bytes are read only when a thumbnail or the viewer needs them. Purging the case cascades.
    """

    __tablename__ = "attachment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_uuid: Mapped[str] = mapped_column(String(36), ForeignKey("cases.uuid", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(400))
    mime: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    rotation: Mapped[int] = mapped_column(Integer, server_default="0")
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    added_by: Mapped[str] = mapped_column(String(200))
    derived_from: Mapped[str | None] = mapped_column(String(36))  # a downscaled copy names its original


class AttachmentDataRow(Base):
    """The bytes of one attachment: inside the database, so SQLCipher encrypts them (PostgreSQL: bytea)."""

    __tablename__ = "attachment_data"
    attachment_id: Mapped[str] = mapped_column(String(36), ForeignKey("attachment.id", ondelete="CASCADE"),
                                               primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
