"""The case store: the one API through which the GUI, letters, exports and bundles read and write cases.

Why an API of domain dataclasses (no SQLAlchemy object ever leaves this module): the UI must hold no SQL and
no business rule, and the same store runs on an embedded SQLite/SQLCipher file or a PostgreSQL server.
Every change runs in one transaction with its audit entry; a save whose version is stale is refused
(:class:`StaleCaseError`) rather than overwriting someone else's edit.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import datetime as dt
import json
import logging
import operator
import re
import secrets
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Engine,
    Integer,
    String,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    text,
    tuple_,
    type_coerce,
    update,
)
from sqlalchemy import case as sql_case
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from clinic_app.domain.case import Case, CaseKind, CaseStatus, Establishment
from clinic_app.domain.case_figures import FIGURES_VERSION, CaseFigures, case_figures
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.domain.deadlines import ANY_ROW, COMING_ROW
from clinic_app.domain.duplicates import duplicate_key, is_possible_duplicate, normalize_name
from clinic_app.storage import backup as backups
from clinic_app.storage import mapping, migrate
from clinic_app.storage.connect import Target, resolve, server_engine, sqlite_engine
from clinic_app.storage.errors import (
    CaseNotFoundError,
    StaleCaseError,
    StaleEstablishmentError,
    StorageError,
    from_sqlite_error,
)
from clinic_app.storage.filelock import CaseFileLock
from clinic_app.storage.models import (
    STATUS_RANK_SQL,
    AppSetting,
    AuditRow,
    Base,
    CaseRecord,
    DraftRow,
    EstablishmentRow,
    Laptop,
    LetterRow,
    PurgeTombstone,
    SyncMark,
    UTCDateTime,
)
from clinic_app.storage.opening import FirstLook, check_file, shared_lock
from clinic_app.storage.records import (
    AuditEntry,
    CasePage,
    CaseQuery,
    CaseRow,
    LetterRecord,
    SiteSums,
    StoredDeadlines,
    StoredSummary,
    SummaryDeadline,
    SummaryGroup,
)

log = logging.getLogger(__name__)
# Storage warnings go to the log file the GUI sets up, never as a stray line on a user's terminal beside the
# CLI's one-line error (Python's last-resort handler would print them).
logging.getLogger("clinic_app").addHandler(logging.NullHandler())

CASES = CaseRecord.__table__
ESTABLISHMENTS = EstablishmentRow.__table__
TABLES = Base.metadata.tables
BATCH = 500
#: setting key prefix of a site merged into another here: ``site.merged.<duplicate id>`` = id of the site kept
MERGED_SITE_PREFIX = "site.merged."
_PREFIX_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: read aloud over a phone
_ROWID = literal_column('cases.rowid', Integer)
_SORT_COLUMNS: dict[str, Any] = {
    "case_number": CASES.c.case_number, "name": CASES.c.sort_name, "kind": CASES.c.kind,
    "site": CASES.c.site_or_company,
    "status": literal_column(STATUS_RANK_SQL, Integer),
    "amount_owed": CASES.c.amount_owed_cents, "shortfall": CASES.c.shortfall_cents,
    "deadline": CASES.c.claim_deadline, "updated_at": CASES.c.updated_at,
}
_NULLABLE_SORTS = frozenset({"amount_owed", "shortfall", "deadline"})
_CLINIC_KEYS = ("name", "address", "phone", "email", "signatory", "signatory_title", "logo_path")


_ROW_COLUMNS = (CASES.c.uuid, CASES.c.case_number, CASES.c.kind, CASES.c.status, CASES.c.display_name,
                CASES.c.site_or_company, CASES.c.amount_owed_cents, CASES.c.shortfall_cents, CASES.c.claim_deadline,
                CASES.c.updated_at, CASES.c.deleted_at, CASES.c.figures_version)


#: The fields :meth:`CaseStore.iter_flat` reads: name -> (table, column); ``uuid`` must stay first. The
#: ``warehouse_uuid``/``driver_uuid`` fields say whether the case has that part (outer joins).
FLAT_FIELDS: dict[str, tuple[str, str]] = {
    "uuid": ("case", "uuid"), "case_number": ("case", "case_number"), "kind": ("case", "kind"),
    "status": ("case", "status"), "created_at": ("case", "created_at"), "updated_at": ("case", "updated_at"),
    "created_by": ("case", "created_by"), "laptop_id": ("case", "laptop_id"),
    **{f: ("person", f) for f in ("given_name", "family_name", "preferred_name", "date_of_birth", "phone", "email",
                                   "address_line", "city", "province", "postal_code", "preferred_language",
                                   "interpreter_needed", "immigration_status")},
    "consent_given_at": ("case", "consent_given_at"), "consent_scope": ("case", "consent_scope"),
    "site_or_company": ("case", "site_or_company"),
    "warehouse_uuid": ("warehouse", "case_uuid"), "employer_legal_name": ("warehouse", "employer_legal_name"),
    "badge": ("warehouse", "badge"), "job_title": ("warehouse", "job_title"),
    "union_member": ("warehouse", "union_member"), "union_name": ("warehouse", "union_name"),
    "driver_uuid": ("driver", "case_uuid"), "dsp_legal_name": ("driver", "dsp_legal_name"),
    "client_name": ("driver", "client_name"), "pay_basis": ("driver", "pay_basis"),
    "classified_as_contractor": ("driver", "classified_as_contractor"),
    **{f: ("work", f) for f in ("jurisdiction", "start_date", "last_day_worked", "termination_date", "layoff",
                                 "cause", "employment_type", "notice_weeks_given", "hourly_rate", "weekly_hours",
                                 "weekly_wage", "release_signed")},
    **{f: ("case", f) for f in ("paid_cents", "amount_owed_cents", "shortfall_cents", "claim_deadline",
                                 "next_deadline")},
}

_KINDS = {k.value: k for k in CaseKind}
_STATUSES = {k.value: k for k in CaseStatus}


def _case_row(r: Any) -> CaseRow:
    """A list row from a result row of ``_ROW_COLUMNS`` (hot path: 200 per page, so plain tuple unpacking)."""
    uuid, number, kind, status, name, site, owed, shortfall, deadline, updated, deleted, version = r
    return CaseRow(uuid, number, _KINDS[kind], _STATUSES[status], name, site, mapping.from_cents(owed),
                   mapping.from_cents(shortfall), deadline, updated, deleted is not None,
                   version == FIGURES_VERSION)


def _insert_many(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (same keys each) into ``table``: on SQLite, the driver's own ``executemany``.

    Why not ``conn.execute(insert(table), rows)`` there: SQLAlchemy then compiles parameters row by row, a
    sixth of a bulk write. The values go through the very same bind processors (dates, Decimals as exact
    text, UTC datetimes), fetched once per column, so what is stored is identical. Other databases keep the
    SQLAlchemy path (their drivers' batching is their own).
    """
    dialect = conn.dialect
    if dialect.name != "sqlite":
        conn.execute(insert(TABLES[table]), rows)
        return
    cols = tuple(rows[0])
    columns = TABLES[table].c
    procs = [(i, p) for i, c in enumerate(cols) if (p := columns[c].type._cached_bind_processor(dialect))]
    sql = f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})'
    get = operator.itemgetter(*cols)
    params: list[Any] = []
    for r in rows:
        values = list(get(r)) if len(cols) > 1 else [r[cols[0]]]
        for i, proc in procs:
            if values[i] is not None:
                values[i] = proc(values[i])
        params.append(tuple(values))
    conn.exec_driver_sql(sql, params)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_PHONE_CHARS = frozenset("0123456789 -.()+")
#: a case number as typed ("2345-000017"): a laptop prefix may be all digits, and is then not a phone number
_CASE_NUMBER_START = re.compile(r"^[0-9A-Za-z]{4}-")


def search_tokens(query_text: str) -> list[str]:
    """The pieces a search must find in ``search_text``, folded as it is (accents, case, separators).

    A query made only of digits and phone punctuation ("514-555-0123", "(514) 555 01") is one piece of
    digits: ``search_text`` holds phone numbers as bare digits, and "555" alone would match every phone.
    """
    stripped = query_text.strip()
    digits = "".join(ch for ch in stripped if ch.isdigit())
    if len(digits) >= 3 and set(stripped) <= _PHONE_CHARS and not stripped.isdigit() \
            and not _CASE_NUMBER_START.match(stripped):
        return [digits[-10:] if len(digits) > 10 else digits]
    return normalize_name(stripped).split()


def _fts_match(tokens: Sequence[str]) -> str:
    """An FTS5 query: every token as a quoted phrase (substring match with the trigram tokenizer), ANDed."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in tokens)


def _as_date(value: Any) -> Any:
    """A date read without SQLAlchemy's processing: ISO text on SQLite, already a date on PostgreSQL."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _count_where(cond: Any) -> Any:
    """How many rows of a group meet ``cond`` (SQL's ``FILTER`` clause, written so every backend takes it)."""
    return func.sum(sql_case((cond, 1), else_=0))


def _sum_where(cond: Any, col: Any) -> Any:
    """The sum of ``col`` over the rows of a group that meet ``cond`` (NULL when none does)."""
    return func.sum(sql_case((cond, col), else_=None))


class CaseStore:
    """Cases, establishments, letters, audit, drafts and settings of one database. Use :func:`open_store`."""

    def __init__(self, engine: Engine, target: Target, passphrase: str | None, *, actor: str,
                 backup_dir: Path | None, lock: CaseFileLock | None = None) -> None:
        self._engine = engine
        self._lock = lock  # the shared lock on the case file (SQLite), held until close()
        self._target = target
        self._passphrase = passphrase
        self.actor = actor
        self._backup_dir = backup_dir
        #: the automatic backup made on opening failed (None: it worked, or none was due)
        self.auto_backup_error: StorageError | None = None
        with engine.connect() as conn:
            laptop = conn.execute(select(Laptop.__table__)).mappings().first()
        assert laptop is not None, "the laptop row is written when the schema is created"
        self.laptop_id: str = laptop["id"]
        self.case_prefix: str = laptop["prefix"]

    # -- identity -------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return self._target.label() if self._target.path is None else f"sqlite:///{self._target.path}"

    @property
    def path(self) -> Path | None:
        return self._target.path

    @property
    def is_encrypted(self) -> bool:
        return self._target.is_sqlite and self._passphrase is not None

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    def close(self) -> None:
        self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Run a whole-file operation (restore, re-key) only while no other program has the file open.

        Raises StorageError ``in_use`` at once otherwise; see :mod:`clinic_app.storage.filelock`.
        """
        if self._lock is None:
            yield
            return
        with self._lock.exclusive():
            yield

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction; database errors become a StorageError the user can read."""
        try:
            with self._engine.connect() as conn:
                conn.execution_options(clinic_write=True)  # BEGIN IMMEDIATE on SQLite (see connect.py)
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            raise self._write_error(exc) from None
        except IntegrityError as exc:
            log.warning("write refused: %s", type(exc.orig).__name__)
            raise StorageError("integrity") from None

    def _write_error(self, exc: OperationalError) -> StorageError:
        """A failed write named by its cause: busy, no space, read-only, permission or I/O."""
        label = self._target.label()
        if self._target.is_sqlite:
            error = (from_sqlite_error(exc.orig, label)
                     or StorageError("io_error", path=label, detail=type(exc.orig).__name__))
        else:  # a server that went away or refused the statement
            error = StorageError("unreachable", detail=type(exc.orig).__name__)
        log.warning("write failed: %s (%s)", error.code, type(exc.orig).__name__)
        return error

    # -- cases ----------------------------------------------------------------------------------------
    def _establishment(self, conn: Connection, case: Case) -> Establishment | None:
        if case.establishment_id:
            row = conn.execute(select(ESTABLISHMENTS).where(ESTABLISHMENTS.c.id == case.establishment_id)
                               ).mappings().first()
            if row is not None:
                return mapping.build_establishment(dict(row))
        return None

    def _insert_children(self, conn: Connection, case: Case) -> None:
        for table, rows in mapping.child_rows(case).items():
            if rows:
                conn.execute(insert(TABLES[table]), rows)

    def _delete_children(self, conn: Connection, uuid: str) -> None:
        for table in mapping.CHILD_TABLES:
            conn.execute(delete(TABLES[table]).where(TABLES[table].c.case_uuid == uuid))

    def _audit(self, conn: Connection, action: str, case_uuid: str | None = None, fields: Sequence[str] = (),
               detail: str = "") -> None:
        conn.execute(insert(AuditRow.__table__).values(
            at=mapping.now(), actor=self.actor, action=action, case_uuid=case_uuid, fields=",".join(fields),
            detail=detail))

    def _next_number(self, conn: Connection) -> str:
        laptops = Laptop.__table__
        conn.execute(update(laptops).where(laptops.c.id == self.laptop_id)
                     .values(next_sequence=laptops.c.next_sequence + 1))
        seq = conn.execute(select(laptops.c.next_sequence).where(laptops.c.id == self.laptop_id)).scalar_one()
        return f"{self.case_prefix}-{seq - 1:06d}"

    def _new_case(self, conn: Connection, case: Case) -> Case:
        stored = copy.deepcopy(case)
        stamp = mapping.now()
        stored.case_number = self._next_number(conn)
        stored.created_at = stored.updated_at = stamp
        stored.version = 1
        stored.laptop_id = self.laptop_id
        stored.created_by = stored.created_by or self.actor
        figures = case_figures(stored, self._establishment(conn, stored))
        row = mapping.case_row(stored, figures)
        row["closed_at"] = stamp if stored.status is CaseStatus.CLOSED else None
        conn.execute(insert(CASES).values(row))
        self._insert_children(conn, stored)
        self._write_figure_rows(conn, [(stored.uuid, stored.case_number, figures)], replace=False)
        return stored

    def create_case(self, case: Case) -> Case:
        """Store a new case: gives it its case number, timestamps and version 1; returns the stored case."""
        with self._write() as conn:
            stored = self._new_case(conn, case)
            self._audit(conn, "create", stored.uuid, detail=stored.kind.value)
        return stored

    def create_cases(self, cases: Sequence[Case]) -> int:
        """Store many new cases in one transaction (demo data, first import); one audit entry in all."""
        with self._write() as conn:
            ests: dict[str, Establishment | None] = {}
            laptops = Laptop.__table__
            first = conn.execute(select(laptops.c.next_sequence).where(laptops.c.id == self.laptop_id)
                                 ).scalar_one()
            conn.execute(update(laptops).where(laptops.c.id == self.laptop_id)
                         .values(next_sequence=first + len(cases)))
            stamp = mapping.now()
            case_rows: list[dict[str, Any]] = []
            children: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for i, case in enumerate(cases):
                # A shallow copy: only top-level bookkeeping changes, and the copy is not returned, so the
                # caller's case and its parts are never touched (a deepcopy cost a third of a bulk write).
                stored = dataclasses.replace(
                    case, case_number=f"{self.case_prefix}-{first + i:06d}",
                    created_at=case.created_at or stamp, updated_at=case.updated_at or stamp, version=1,
                    laptop_id=self.laptop_id)
                row, figures = self._bulk_row(conn, stored, ests)
                row["closed_at"] = stored.updated_at if stored.status is CaseStatus.CLOSED else None
                case_rows.append(row)
                for table, rows in mapping.child_rows(stored).items():
                    children[table].extend(rows)
                for table, rows in mapping.figure_rows(stored.uuid, stored.case_number, figures).items():
                    children[table].extend(rows)
                if len(case_rows) >= BATCH:
                    self._flush(conn, case_rows, children)
            self._flush(conn, case_rows, children)
            self._audit(conn, "create", None, detail=f"bulk n={len(cases)}")
        self._checkpoint()
        return len(cases)

    def _checkpoint(self) -> None:
        """After a bulk write, fold the WAL back into the file: until then every read consults a large WAL."""
        if self._target.is_sqlite:
            with self._engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def _bulk_row(self, conn: Connection, case: Case, est_cache: dict[str, Establishment | None]
                  ) -> tuple[dict[str, Any], CaseFigures]:
        """The ``cases`` row of one case of a bulk write and its figures; each establishment is read once."""
        key = case.establishment_id or ""
        if key not in est_cache:
            est_cache[key] = self._establishment(conn, case)
        figures = case_figures(case, est_cache[key])
        return mapping.case_row(case, figures), figures

    @staticmethod
    def _write_figure_rows(conn: Connection, items: Sequence[tuple[str, str, CaseFigures]], *,
                           replace: bool) -> None:
        """Write the deadlines and heads of ``items`` (uuid, case number, figures); with ``replace``, remove
        theirs first."""
        if replace:
            uuids = [u for u, _n, _f in items]
            for table in mapping.FIGURE_TABLES:
                conn.execute(delete(TABLES[table]).where(TABLES[table].c.case_uuid.in_(uuids)))
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for uuid, number, figures in items:
            for table, part in mapping.figure_rows(uuid, number, figures).items():
                rows[table].extend(part)
        for table in mapping.FIGURE_TABLES:
            if rows[table]:
                _insert_many(conn, table, rows[table])

    @staticmethod
    def _flush(conn: Connection, case_rows: list[dict[str, Any]], children: dict[str, list[dict[str, Any]]]
               ) -> None:
        if case_rows:
            _insert_many(conn, "cases", case_rows)
        for table in (*mapping.CHILD_TABLES, *mapping.FIGURE_TABLES):
            if children.get(table):
                _insert_many(conn, table, children[table])
        case_rows.clear()
        children.clear()

    def save_case(self, case: Case) -> Case:
        """Save edits to a stored case. Refused with StaleCaseError if it changed since ``case`` was read.

        A save that changes nothing keeps the stored version; otherwise the version goes up by one, the list
        figures are recomputed and the audit log gets the names (never the values) of the changed fields.
        """
        with self._write() as conn:
            loaded = self._load_many(conn, [case.uuid])
            if not loaded:
                raise CaseNotFoundError(case.uuid)
            old = loaded[0]
            if old.version != case.version:
                raise StaleCaseError(old.case_number, old.version)
            changed = mapping.changed_fields(old, case)
            if not changed:
                return old
            new = copy.deepcopy(case)
            new.case_number, new.created_at, new.laptop_id = old.case_number, old.created_at, old.laptop_id
            new.created_by = old.created_by
            new.version = old.version + 1
            new.updated_at = max(mapping.now(), (old.updated_at or mapping.now()))
            figures = case_figures(new, self._establishment(conn, new))
            row = mapping.case_row(new, figures)
            row.pop("uuid")
            if new.status is not CaseStatus.CLOSED:
                row["closed_at"] = None
            elif old.status is not CaseStatus.CLOSED:
                row["closed_at"] = new.updated_at
            done = conn.execute(update(CASES).where(and_(CASES.c.uuid == case.uuid,
                                                         CASES.c.version == old.version)).values(row))
            if done.rowcount != 1:
                raise StaleCaseError(old.case_number, old.version)
            self._delete_children(conn, case.uuid)
            self._insert_children(conn, new)
            self._write_figure_rows(conn, [(new.uuid, new.case_number, figures)], replace=True)
            self._audit(conn, "update", case.uuid, changed)
        return new

    def get_case(self, uuid: str) -> Case:
        with self._engine.connect() as conn:
            cases = self._load_many(conn, [uuid])
        if not cases:
            raise CaseNotFoundError(uuid)
        return cases[0]

    def is_deleted(self, uuid: str) -> bool:
        with self._engine.connect() as conn:
            deleted = conn.execute(select(CASES.c.deleted_at).where(CASES.c.uuid == uuid)).first()
        if deleted is None:
            raise CaseNotFoundError(uuid)
        return deleted[0] is not None

    def _load_many(self, conn: Connection, uuids: Sequence[str]) -> list[Case]:
        """Full cases for ``uuids`` (missing ones left out), in the order given."""
        if not uuids:
            return []
        rows = {r["uuid"]: dict(r) for r in
                conn.execute(select(CASES).where(CASES.c.uuid.in_(uuids))).mappings().all()}
        children: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        for table in mapping.CHILD_TABLES:
            t = TABLES[table]
            for r in conn.execute(select(t).where(t.c.case_uuid.in_(uuids))).mappings().all():
                children[r["case_uuid"]][table].append(dict(r))
        return [mapping.build_case(rows[u], children[u]) for u in uuids if u in rows]

    def _set_deleted(self, uuid: str, deleted: bool) -> None:
        with self._write() as conn:
            done = conn.execute(update(CASES).where(CASES.c.uuid == uuid).values(
                deleted_at=mapping.now() if deleted else None, updated_at=mapping.now(),
                version=CASES.c.version + 1))
            if done.rowcount != 1:
                raise CaseNotFoundError(uuid)
            self._audit(conn, "delete" if deleted else "undelete", uuid)

    def delete_case(self, uuid: str) -> None:
        """Soft delete: the case leaves the list but stays in the database until purged."""
        self._set_deleted(uuid, True)

    def undelete_case(self, uuid: str) -> None:
        self._set_deleted(uuid, False)

    # -- listing and search ---------------------------------------------------------------------------
    def _where(self, query: CaseQuery, conn: Connection | None = None) -> tuple[list[Any], bool]:
        """The WHERE conditions of ``query``, and whether its search matched more than ``search_cap``.

        Search on SQLite goes through the FTS5 trigram index ``case_search`` (migration 0008): the cases
        holding every piece of three characters or more, then a ``LIKE`` on the shorter pieces among them.
        A search made only of pieces of one or two characters (too short for a trigram) reads the narrow
        covering index ``ix_cases_search``; with a cap it stops at the cap. On PostgreSQL the same ``LIKE``
        is served by the ``pg_trgm`` GIN index.
        """
        cond: list[Any] = []
        if not query.include_deleted:
            cond.append(CASES.c.deleted_at.is_(None))
        if query.kinds:
            cond.append(CASES.c.kind.in_([CaseKind(k).value for k in query.kinds]))
        if query.statuses:
            cond.append(CASES.c.status.in_([CaseStatus(s).value for s in query.statuses]))
        if query.site:
            cond.append(self._site_condition(query))
        if query.establishment_id is not None:
            cond.append(CASES.c.establishment_id == query.establishment_id)
        if query.updated_since is not None:
            cond.append(CASES.c.updated_at >= query.updated_since)
        tokens = search_tokens(query.text)
        if not tokens:
            return cond, False
        sqlite = self._target.is_sqlite
        long = [t for t in tokens if len(t) >= 3] if sqlite else []
        likes = [CASES.c.search_text.like(f"%{_like_escape(t)}%", escape="\\") for t in tokens if t not in long]
        cap = query.search_cap
        if long and cap is None:
            cond.append(_ROWID.in_(text("SELECT rowid FROM case_search WHERE case_search MATCH :fts")
                                   .bindparams(fts=_fts_match(long))))
            return cond + likes, False
        if cap is None:
            inner = CaseRecord.__table__.alias("searched")
            matches = select(inner.c.uuid).where(*[
                inner.c.search_text.like(f"%{_like_escape(t)}%", escape="\\") for t in tokens])
            if not query.include_deleted:
                matches = matches.where(inner.c.deleted_at.is_(None))
            return cond + [CASES.c.uuid.in_(matches)], False
        # Capped: find at most cap + 1 matches first (the most recent, the list's filters applied), then list
        # among those only.
        if long:
            # Driven by the FTS index in rowid order (newest first), each match checked in its row: stops
            # after cap + 1 matches, however common the term.
            fts = sql_table("case_search", sql_column("rowid")).alias("f")
            found: Any = (select(fts.c.rowid).select_from(CASES.join(fts, _ROWID == fts.c.rowid))
                          .where(text("case_search MATCH :fts").bindparams(fts=_fts_match(long)), *cond, *likes)
                          .order_by(fts.c.rowid.desc()).limit(cap + 1))
            key: Any = _ROWID
        else:
            found = select(CASES.c.uuid).where(*cond, *likes)
            # PostgreSQL: the newest matches, as above. SQLite, pieces too short for a trigram: in the
            # covering index's order, so the scan stops at the cap instead of sorting every match.
            found = found.order_by(CASES.c.created_at.desc(), CASES.c.uuid) if not sqlite else found
            found = found.limit(cap + 1)
            key = CASES.c.uuid
        own = conn if conn is not None else self._engine.connect()
        try:
            ids = list(own.execute(found).scalars().all())
        finally:
            if conn is None:
                own.close()
        if sqlite:  # one JSON parameter, not a thousand bound values to compile into the statement
            listed = text("SELECT value FROM json_each(:ids)").bindparams(ids=json.dumps(ids[:cap]))
            return cond + [key.in_(listed)], len(ids) > cap
        return cond + [key.in_(ids[:cap])], len(ids) > cap

    def _site_condition(self, query: CaseQuery) -> Any:
        """``site_or_company`` equal to ``query.site`` ignoring case, as an ``IN`` of the stored spellings (a
        loose index scan finds them), so the site index can seek it: ``lower(site) = ...`` read every entry
        (230 ms at 1M cases). Sorted by another key, the index seek is switched off (``+``): the sort index
        walk with this filter stops after a page, where seeking the site and then sorting its 80,000 cases
        would not."""
        wanted = query.site.casefold()
        spellings = [s for s in self._distinct_sites() if s.casefold() == wanted] or [query.site]
        column = CASES.c.site_or_company
        if query.sort != "site":
            return literal_column('+cases.site_or_company').in_(spellings) if self._target.is_sqlite \
                else func.lower(column) == wanted
        return column.in_(spellings)

    def _distinct_sites(self) -> set[str]:
        walk = text(
            'WITH RECURSIVE s(v) AS (SELECT min(site_or_company) FROM cases '
            'UNION ALL SELECT (SELECT min(site_or_company) FROM cases WHERE site_or_company > s.v) '
            "FROM s WHERE s.v IS NOT NULL) SELECT v FROM s WHERE v IS NOT NULL")
        with self._engine.connect() as conn:
            return set(conn.execute(walk).scalars())

    def list_cases(self, query: CaseQuery) -> list[CaseRow]:
        """One page of the case list, filtered, searched and sorted in SQL."""
        return self.list_page(query).rows

    def list_page(self, query: CaseQuery) -> CasePage:
        """One page of the case list and the cursor of the next (keyset paging when ``query.after`` is set
        or ``query.offset`` is 0: every page then costs the same as the first; see :meth:`_keyset`)."""
        col = _SORT_COLUMNS.get(query.sort)
        if col is None:
            raise StorageError("bad_setting", key="sort", expected=", ".join(_SORT_COLUMNS))
        with self._engine.connect() as conn:
            where, more = self._where(query, conn)
            if query.offset and query.after is None:
                rows = self._offset_page(conn, query, col, where)
                return CasePage([_case_row(r[:-1]) for r in rows], None, more)
            rows = self._keyset(conn, query, col, where)
            total = None
            if query.search_cap is not None and query.after is None and search_tokens(query.text):
                total = conn.execute(select(func.count()).select_from(CASES).where(*where)).scalar_one()
        after = None
        if query.limit is not None and len(rows) == query.limit:
            after = (rows[-1][-1], rows[-1][1])
        return CasePage([_case_row(r[:-1]) for r in rows], after, more, total)

    @staticmethod
    def _offset_page(conn: Connection, query: CaseQuery, col: Any, where: list[Any]) -> list[Any]:
        """The old OFFSET paging, for callers that still pass an offset (cost grows with the offset)."""
        order = col.desc() if query.descending else col.asc()
        if query.sort in _NULLABLE_SORTS:
            order = order.nulls_last()
        stmt = (select(*_ROW_COLUMNS, col.label("sort_value")).where(*where)
                .order_by(order, CASES.c.case_number.desc() if query.descending else CASES.c.case_number.asc())
                .offset(query.offset))
        if query.limit is not None:
            stmt = stmt.limit(query.limit)
        return list(conn.execute(stmt).all())

    @staticmethod
    def _keyset(conn: Connection, query: CaseQuery, col: Any, where: list[Any]) -> list[Any]:
        """A page after ``query.after`` = (sort value, case number), walking the index (sort key, case number).

        The case number is the tiebreak: unique, never empty, and already the second column of every list
        index (``ix_cases_list_*``), so "after (v, n)" is one range seek ``(key, case_number) > (v, n)``.
        Empty figures (amount owed, shortfall, deadline) come last in either direction: the page reads the
        non-empty part first, then, if the page is not full, the empty part in case-number order.
        """
        tie = CASES.c.case_number
        desc = query.descending
        after = query.after
        limit = query.limit
        cols = (*_ROW_COLUMNS, col.label("sort_value"))
        nullable = query.sort in _NULLABLE_SORTS
        rows: list[Any] = []
        in_nulls = nullable and after is not None and after[0] is None
        if not in_nulls:
            cond = list(where)
            if nullable:
                cond.append(col.is_not(None))
            if after is not None and query.sort == "status":
                # SQLite seeks an expression index on "expr = v AND n > x" and on "expr > v", not on a row
                # value holding the expression: the rest of the same status first, then the next statuses.
                value, number = literal(after[0], type_=col.type), literal(after[1], type_=tie.type)
                same = select(*cols).where(*cond, col == value, tie < number if desc else tie > number
                                           ).order_by(tie.desc() if desc else tie.asc())
                rows = list(conn.execute(same if limit is None else same.limit(limit)).all())
                cond.append(col < value if desc else col > value)
            elif after is not None:
                value, number = literal(after[0], type_=col.type), literal(after[1], type_=tie.type)
                left, right = tuple_(col, tie), tuple_(value, number)
                cond.append(left < right if desc else left > right)
            stmt = select(*cols).where(*cond).order_by(
                *((col.desc(), tie.desc()) if desc else (col.asc(), tie.asc())))
            if limit is None or len(rows) < limit:
                if limit is not None:
                    stmt = stmt.limit(limit - len(rows))
                rows += list(conn.execute(stmt).all())
        if nullable and (limit is None or len(rows) < limit):
            cond = [*where, col.is_(None)]
            if in_nulls and after is not None:
                cond.append(tie < after[1] if desc else tie > after[1])
            stmt = select(*cols).where(*cond).order_by(tie.desc() if desc else tie.asc())
            if limit is not None:
                stmt = stmt.limit(limit - len(rows))
            rows += list(conn.execute(stmt).all())
        return rows

    def case_rows(self, uuids: Sequence[str]) -> dict[str, CaseRow]:
        """The list rows of ``uuids`` (those that exist), by UUID: to show again rows whose figures changed."""
        out: dict[str, CaseRow] = {}
        with self._engine.connect() as conn:
            for start in range(0, len(uuids), BATCH):
                for r in conn.execute(select(*_ROW_COLUMNS).where(CASES.c.uuid.in_(uuids[start:start + BATCH]))):
                    out[r[0]] = _case_row(r)
        return out

    def count_cases(self, query: CaseQuery | None = None, *, cap: int | None = None) -> int:
        """How many cases match; with ``cap``, counting stops at ``cap + 1`` (so "more than cap" costs the
        same at a million cases as at ten thousand)."""
        query = query or CaseQuery()
        with self._engine.connect() as conn:
            where, _ = self._where(query, conn)
            if cap is None:
                return conn.execute(select(func.count()).select_from(CASES).where(*where)).scalar_one()
            inner = select(literal(1)).select_from(CASES).where(*where).limit(cap + 1).subquery()
            return conn.execute(select(func.count()).select_from(inner)).scalar_one()

    def iter_cases(self, query: CaseQuery | None = None) -> Iterator[Case]:
        """Every matching case (no paging), read in batches: for exports, letters and bundles."""
        query = copy.copy(query) if query is not None else CaseQuery()
        query.offset, query.limit = 0, None
        col = _SORT_COLUMNS.get(query.sort, CASES.c.case_number)
        if col is CASES.c.case_number and not query.descending:
            # Keyset batches on the unique case number: no list of every UUID held for the whole run
            # (100 MB at 1M cases, for a bundle or an export that otherwise holds one batch).
            last = ""
            while True:
                with self._engine.connect() as conn:
                    where, _ = self._where(query, conn)
                    page = list(conn.execute(select(CASES.c.uuid, CASES.c.case_number)
                                             .where(*where, CASES.c.case_number > last)
                                             .order_by(CASES.c.case_number).limit(BATCH)))
                    if not page:
                        return
                    last = page[-1][1]
                    batch = self._load_many(conn, [u for u, _n in page])
                yield from batch
        with self._engine.connect() as conn:
            where, _ = self._where(query, conn)
            uuids = list(conn.execute(select(CASES.c.uuid).where(*where)
                                      .order_by(col.nulls_last(), CASES.c.case_number)).scalars())
        for start in range(0, len(uuids), BATCH):
            with self._engine.connect() as conn:
                batch = self._load_many(conn, uuids[start:start + BATCH])
            yield from batch

    def iter_flat(self, query: CaseQuery | None = None, *, batch: int = 2000, dates_as_text: bool = False
                  ) -> tuple[tuple[str, ...], Iterator[tuple[Any, ...]]]:
        """The export's fields of every matching case as plain tuples, from ONE joined query, streamed.

        Returns the field names (:data:`FLAT_FIELDS`, then ``notes``) and the rows, in :meth:`iter_cases`'
        order. Why: rebuilding each case from seven tables and running the engine for its figures was three
        quarters of a 100k-case export; the figures are read as stored (refresh stale ones first:
        :meth:`refresh_stale_figures`). Notes, a list per case, come from one query per ``batch`` of rows.
        ``dates_as_text``: on SQLite, dates and timestamps as stored (ISO text, timestamps naive in UTC with
        microseconds) instead of parsed: a CSV writes that same text (a fifth of a 100k export was parsing
        them to write them back); on PostgreSQL the driver's objects as usual.
        """
        query = copy.copy(query) if query is not None else CaseQuery()
        query.offset, query.limit = 0, None
        col = _SORT_COLUMNS.get(query.sort, CASES.c.case_number)
        person, work, wh, dr = (TABLES[t] for t in ("person", "work_facts", "warehouse_employment",
                                                   "driver_engagement"))
        joined = (CASES.join(person, person.c.case_uuid == CASES.c.uuid)
                  .join(work, work.c.case_uuid == CASES.c.uuid)
                  .outerjoin(wh, wh.c.case_uuid == CASES.c.uuid)
                  .outerjoin(dr, dr.c.case_uuid == CASES.c.uuid))
        tables = {"case": CASES, "person": person, "work": work, "warehouse": wh, "driver": dr}

        def field(name: str, t: str, c: str) -> Any:
            column = tables[t].c[c]
            if dates_as_text and self._target.is_sqlite and isinstance(column.type, (Date, DateTime, UTCDateTime)):
                return type_coerce(column, String).label(name)  # the stored ISO text, not parsed
            return column.label(name)

        stmt = (select(*(field(name, t, c) for name, (t, c) in FLAT_FIELDS.items()))
                .select_from(joined).where(*self._where(query)[0])
                .order_by(col.nulls_last(), CASES.c.case_number))
        notes = TABLES["case_note"]

        def rows() -> Iterator[tuple[Any, ...]]:
            with self._engine.connect() as conn:
                result = conn.execution_options(stream_results=True, yield_per=batch).execute(stmt)
                for part in result.partitions():
                    uuids = [r[0] for r in part]
                    texts: dict[str, list[str]] = defaultdict(list)
                    for uuid, text in conn.execute(
                            select(notes.c.case_uuid, notes.c.text).where(notes.c.case_uuid.in_(uuids))
                            .order_by(notes.c.case_uuid, notes.c.position)):
                        texts[uuid].append(text)
                    for r in part:
                        yield (*r, "\n".join(texts[r[0]]) if r[0] in texts else "")

        return (*FLAT_FIELDS, "notes"), rows()

    def live_cases_by_establishment(self) -> dict[str, int]:
        """Establishment id -> number of live (not deleted) cases linked to it, counted in SQL."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(CASES.c.establishment_id, func.count())
                                .where(CASES.c.deleted_at.is_(None), CASES.c.establishment_id.is_not(None))
                                .group_by(CASES.c.establishment_id)).all()
        return {est_id: n for est_id, n in rows}

    def site_sums(self, est_id: str, as_of: dt.date, acting_scopes: Sequence[str]) -> SiteSums:
        """The live cases of establishment ``est_id`` added up on ``as_of`` from their stored figures, in SQL.

        Two grouped queries through the establishment index (cases by status and kind; heads by due date):
        a site of 5,000 cases is added up without reading one whole case or running the engine. Figures of
        stale cases are left out and counted in ``stale`` (see :class:`SiteSums`). ``acting_scopes``: the
        consent scopes that let the clinic act (the domain decides which).
        """
        c = CASES
        fresh = self._fresh()
        computed = and_(fresh, c.c.amount_owed_cents.is_not(None))

        count_if, sum_if = _count_where, _sum_where
        acting = and_(c.c.consent_given_at.is_not(None), c.c.consent_scope.in_(list(acting_scopes)))
        live = (c.c.establishment_id == est_id, c.c.deleted_at.is_(None))
        stmt = (select(c.c.status, c.c.kind, func.count(), count_if(acting), count_if(self._stale()),
                       count_if(computed), sum_if(computed, c.c.amount_owed_cents),
                       sum_if(computed, c.c.total_claim_cents), sum_if(computed, c.c.owed_drivers_cents),
                       sum_if(computed, c.c.claim_drivers_cents),
                       count_if(and_(computed, c.c.claim_deadline < as_of)),
                       count_if(and_(computed, c.c.last_due > as_of)))
                .where(*live).group_by(c.c.status, c.c.kind))
        heads = TABLES["case_head"]
        by_date = (select(heads.c.due_date, func.count(), func.sum(heads.c.amount_cents))
                   .select_from(heads.join(c, c.c.uuid == heads.c.case_uuid))
                   .where(*live, fresh).group_by(heads.c.due_date))
        out = SiteSums()
        cents = [0, 0, 0, 0]
        with self._engine.connect() as conn:
            for (status, kind, n, n_acting, n_stale, n_computed, owed, claim, owed_d, claim_d, passed,
                 not_due) in conn.execute(stmt):
                out.cases += n
                if kind == CaseKind.WAREHOUSE.value:
                    out.warehouse += n
                else:
                    out.drivers += n
                out.by_status[status] = out.by_status.get(status, 0) + n
                out.consents_acting += n_acting or 0
                out.stale += n_stale or 0
                out.computed += n_computed or 0
                out.claim_passed += passed or 0
                out.not_yet_due += not_due or 0
                for i, value in enumerate((owed, claim, owed_d, claim_d)):
                    cents[i] += int(value or 0)
            for due, n, amount in conn.execute(by_date):
                out.due_by_date[due] = (n, mapping.from_cents(int(amount or 0)) or Decimal(0))
        out.owed, out.claim, out.owed_drivers, out.claim_drivers = (
            mapping.from_cents(v) or Decimal(0) for v in cents)
        return out

    def summary_rows(self, today: dt.date, end: dt.date, *, claim_kind: str = "claim",
                     passed_limit: int = 1000) -> StoredSummary:
        """What the coordinators' summary adds up, from the stored figures and deadlines, in SQL.

        Why: the summary read and recomputed every case (34.5 s at 100,000 cases); the figures and deadlines
        it totals are stored at save time. Reads the live cases grouped by site, kind and status with their
        counts and money sums (cases with figures only) from the covering index ``ix_cases_summary``; the live
        warehouse cases by badge; the stored deadlines of open cases with figures from ``today`` to ``end``
        inclusive; and the ``passed_limit`` most recently passed ``claim_kind`` deadlines of open cases with
        money still to claim, with how many there are in all. The caller refreshes stale figures first
        (:meth:`refresh_stale_figures`): a stale row is read as stored.
        """
        c, wh, d = CASES, TABLES["warehouse_employment"], TABLES["case_deadline"]
        live = c.c.deleted_at.is_(None)
        computed = and_(c.c.amount_owed_cents.is_not(None), c.c.shortfall_cents.is_not(None))
        # (without statistics SQLite's planner walked the list's site or deadline index for the sums and the passed
        # claims, reading every case row: 0.6 and 0.3 s at 100,000 cases, instead of the covering ix_cases_summary)
        plain = self._unindexed

        def sum_if(col: Any) -> Any:
            return func.coalesce(_sum_where(computed, col), 0)

        groups = (select(c.c.site_or_company, c.c.kind, c.c.status, func.count(),
                         _count_where(computed), sum_if(c.c.amount_owed_cents),
                         sum_if(c.c.paid_cents), sum_if(c.c.shortfall_cents))
                  .where(live).group_by(plain(c.c.site_or_company), c.c.kind, c.c.status))
        # badges: every warehouse part, less those of deleted cases (few), rather than 100,000 look-ups
        badges = select(wh.c.badge, func.count()).group_by(wh.c.badge)
        deleted_badges = (select(wh.c.badge, func.count()).select_from(wh.join(c, c.c.uuid == wh.c.case_uuid))
                          .where(c.c.deleted_at.is_not(None)).group_by(wh.c.badge))
        open_with_figures = (c.c.status != CaseStatus.CLOSED.value, computed)
        # the deadlines in the window through the deadlines' date index: on SQLite the "+" keeps the planner from
        # walking every live case through ix_cases_summary instead (it has no statistics to know better)
        live_no_index = plain(c.c.deleted_at).is_(None)
        upcoming = (select(d.c.date, d.c.kind, d.c.basis, c.c.uuid, c.c.case_number, c.c.site_or_company)
                    .select_from(d.join(c, c.c.uuid == d.c.case_uuid))
                    .where(live_no_index, *open_with_figures, d.c.date.between(today, end)))
        # passed claims: the claim deadline is stored on the case; counted and listed from ix_cases_summary
        passed_where = (live, c.c.status != CaseStatus.CLOSED.value, plain(c.c.amount_owed_cents).is_not(None),
                        plain(c.c.claim_deadline) < today, plain(c.c.shortfall_cents) > 0)
        passed = (select(c.c.claim_deadline, c.c.uuid, c.c.case_number, c.c.site_or_company).where(*passed_where)
                  .order_by(plain(c.c.claim_deadline).desc(), c.c.case_number).limit(passed_limit))
        passed_total = select(func.count()).select_from(c).where(*passed_where)
        with self._engine.connect() as conn:
            counted: dict[str | None, int] = {badge: n for badge, n in conn.execute(badges)}
            for badge, n in conn.execute(deleted_badges):
                counted[badge] -= n
            listed = conn.execute(passed).all()
            bases = {uuid: basis for uuid, basis in conn.execute(select(d.c.case_uuid, d.c.basis).where(
                d.c.case_uuid.in_([r.uuid for r in listed]), d.c.kind == claim_kind))} if listed else {}
            return StoredSummary(
                groups=[SummaryGroup(site or "", kind, status, n, int(k or 0), int(owed), int(paid), int(short))
                        for site, kind, status, n, k, owed, paid, short in conn.execute(groups)],
                badges={badge: n for badge, n in counted.items() if n},
                upcoming=[SummaryDeadline(*row) for row in conn.execute(upcoming)],
                passed=[SummaryDeadline(r.claim_deadline, claim_kind, bases.get(r.uuid, ""), r.uuid, r.case_number,
                                        r.site_or_company) for r in listed],
                passed_total=int(conn.execute(passed_total).scalar_one()))

    def stored_deadlines(self, *, site: str | None = None, volunteer: str | None = None,
                         between: tuple[dt.date, dt.date] | None = None
                         ) -> tuple[list[StoredDeadlines], int]:
        """The stored deadlines of every live, not closed case whose figures are current (with ``site``,
        ``volunteer``: only those; with ``between``: only cases with a deadline in that range), and how many
        such cases are left out because their figures are stale (being recomputed).

        One read of the covering index ``ix_cases_dashboard`` (site first): a site's cases are consecutive
        entries holding everything the dashboard needs (the deadlines as one text), so no case row, scattered
        over the file and decrypted page by page, is read, and the engine is not run.
        """
        c, d = CASES, TABLES["case_deadline"]
        where = [c.c.deleted_at.is_(None), c.c.status != CaseStatus.CLOSED.value]
        if site is not None:
            where.append(c.c.site_or_company == site)
        if volunteer is not None:
            where.append(c.c.created_by == volunteer)
        stale_where = [*where, self._stale()]
        if between is not None:
            where.append(c.c.uuid.in_(select(d.c.case_uuid).where(d.c.date.between(*between))))
        # the date read as the driver gives it (SQLite: ISO text) and parsed here, with the deadlines' text
        stmt = (select(c.c.uuid, c.c.case_number, c.c.site_or_company, c.c.created_by,
                       type_coerce(c.c.later_due_until, String), c.c.inquiry_may_save, c.c.deadlines_text)
                .where(*where, self._fresh()))
        parse = mapping.parse_deadlines
        any_stale = self.has_stale_figures()  # three index seeks; the count below walks the site's entries
        with self._engine.connect() as conn:
            out = [StoredDeadlines(uuid, number, site_, volunteer_, _as_date(later), bool(inquiry), parse(text_))
                   for uuid, number, site_, volunteer_, later, inquiry, text_ in conn.execute(stmt).tuples()]
            stale = conn.execute(select(func.count()).select_from(c).where(*stale_where)).scalar_one() \
                if any_stale else 0
        return out, stale

    def _dashboard_where(self, site: str | None, volunteer: str | None) -> list[Any]:
        """The dashboard's cases: live, not closed, figures current, with at least one deadline; ``site`` and
        ``volunteer`` narrow them."""
        c = CASES
        where = [c.c.deleted_at.is_(None), c.c.status != CaseStatus.CLOSED.value, self._fresh(),
                 c.c.deadlines_text.is_not(None), c.c.deadlines_text != ""]
        if site is not None:
            where.append(c.c.site_or_company == site)
        if volunteer is not None:
            where.append(c.c.created_by == volunteer)
        return where

    def deadlines_of(self, uuids: Sequence[str], *, site: str | None = None, volunteer: str | None = None
                     ) -> list[StoredDeadlines]:
        """:meth:`stored_deadlines` of the cases ``uuids`` only (those the dashboard lists, with ``site`` and
        ``volunteer`` those of that site and volunteer): one look-up by primary key each, in batches."""
        c = CASES
        out: list[StoredDeadlines] = []
        parse = mapping.parse_deadlines
        with self._engine.connect() as conn:
            for i in range(0, len(uuids), 500):
                stmt = (select(c.c.uuid, c.c.case_number, c.c.site_or_company, c.c.created_by,
                               type_coerce(c.c.later_due_until, String), c.c.inquiry_may_save, c.c.deadlines_text)
                        .where(c.c.uuid.in_(uuids[i:i + 500]), *self._dashboard_where(site, volunteer)))
                out.extend(StoredDeadlines(uuid, number, site_, volunteer_, _as_date(later), bool(inquiry),
                                           parse(text_))
                           for uuid, number, site_, volunteer_, later, inquiry, text_ in conn.execute(stmt).tuples())
        return out

    def deadline_walk(self, start: dt.date, end: dt.date | None, *, passed: bool = False,
                      after: tuple[dt.date, str] | None = None, limit: int = 1000, site: str | None = None,
                      volunteer: str | None = None) -> tuple[list[tuple[dt.date, str, str]], bool]:
        """The next ``limit`` (date, case number, case uuid) of the stored deadlines that may be a case's row on
        the dashboard still to come, from ``start`` up to ``end``, by date then case number (with ``passed``:
        passed, from ``start`` down to ``end``, the latest day first, by case number within a day: the
        board's order), after ``after`` (the last date and case number of the previous call); with them,
        whether the walk has reached ``end``. Ranges of the index ``ix_case_deadline_role``, no table row read,
        whatever the size of the file. Of any case (the dashboard looks its cases up after), or with ``site``,
        ``volunteer`` of the cases of that site and volunteer only: each entry's case then looked up by its
        primary key in the same query, so that a page of a site that holds one case in ten reads ten pages'
        worth of entries, not every case of the site."""
        d, c = TABLES["case_deadline"], CASES
        cols = (type_coerce(d.c.date, String), d.c.case_number, d.c.case_uuid)
        plain = self._unindexed
        of_cases = []
        if site is not None:
            of_cases.append(plain(c.c.site_or_company) == site)
        if volunteer is not None:
            of_cases.append(plain(c.c.created_by) == volunteer)

        def read(conn: Connection, stmt: Any) -> list[tuple[dt.date, str, str]]:
            if of_cases:
                stmt = stmt.select_from(d.join(c, c.c.uuid == d.c.case_uuid)).where(*of_cases)
            return [(_as_date(day), number, uuid) for day, number, uuid in conn.execute(stmt).tuples()]

        out: list[tuple[dt.date, str, str]] = []
        with self._engine.connect() as conn:
            if not passed:
                key = tuple_(d.c.date, d.c.case_number)
                full: list[tuple[dt.date, str, str]] = []
                for role in (COMING_ROW, ANY_ROW):
                    where = [d.c.row_role == role,
                             d.c.date >= start if after is None else key > tuple_(*after)]
                    if end is not None:
                        where.append(d.c.date <= end)
                    part = read(conn, select(*cols).where(*where).order_by(d.c.date, d.c.case_number)
                                .limit(limit))
                    out += part
                    if len(part) == limit:
                        full.append(part[-1])
                out.sort()
                if not full:
                    return out, True
                # beyond the nearest last entry of a full range, the other range's entries may be missing
                return out[:limit], False
            # passed: day by day, the latest first (the index read backward by day, forward within a day)
            day: dt.date | None = start if after is None else after[0]
            number = None if after is None else after[1]
            may_pass = d.c.row_role == ANY_ROW
            if after is None:
                first = conn.execute(select(type_coerce(func.max(d.c.date), String))
                                     .where(may_pass, d.c.date <= start)).scalar()
                day = _as_date(first) if first is not None else None
            while day is not None and (end is None or day >= end) and len(out) < limit:
                where = [may_pass, d.c.date == day]
                if number is not None:
                    where.append(d.c.case_number > number)
                out += read(conn, select(*cols).where(*where).order_by(d.c.case_number).limit(limit - len(out)))
                if len(out) >= limit:
                    return out, False
                before = conn.execute(select(type_coerce(func.max(d.c.date), String))
                                      .where(may_pass, d.c.date < day)).scalar()
                day, number = (_as_date(before) if before is not None else None), None
            return out, True

    def deadlines_between(self, first: dt.date, last: dt.date, *, site: str | None = None,
                          with_names: bool = False) -> list[tuple[StoredDeadlines, tuple[str, dt.date, str], str]]:
        """Every stored deadline of any kind from ``first`` to ``last`` inclusive of the live, not closed cases
        whose figures are current (of ``site`` only, with it): for each, the case (its other deadlines not
        read), the deadline (kind, date, section) and, with ``with_names``, the case's display name (else "").
        By date, case number and kind (the calendar's order). Through the deadlines' date index: the cost is
        that of the deadlines in the range."""
        c, d = CASES, TABLES["case_deadline"]
        plain = self._unindexed
        where = [d.c.date.between(first, last), plain(c.c.deleted_at).is_(None),
                 plain(c.c.status) != CaseStatus.CLOSED.value, self._fresh()]
        if site is not None:
            where.append(plain(c.c.site_or_company) == site)
        stmt = (select(c.c.uuid, c.c.case_number, c.c.site_or_company, c.c.created_by,
                       c.c.display_name if with_names else literal(""), d.c.kind,
                       type_coerce(d.c.date, String), d.c.basis)
                .select_from(d.join(c, c.c.uuid == d.c.case_uuid)).where(*where))
        with self._engine.connect() as conn:
            out = [(StoredDeadlines(uuid, number, site_, volunteer, None, False, []), (kind, _as_date(day), basis),
                    name or "")
                   for uuid, number, site_, volunteer, name, kind, day, basis in conn.execute(stmt).tuples()]
        out.sort(key=lambda item: (item[1][1], item[0].case_number, item[1][0]))
        return out

    def dashboard_volunteers(self) -> list[str]:
        """The volunteers who created the live, not closed cases (the dashboard's volunteer filter): one DISTINCT
        over the covering index ``ix_cases_dashboard`` (no case row read; it grows with the number of cases, so
        the window reads it off the GUI thread, once)."""
        c = CASES
        stmt = (select(c.c.created_by).distinct()
                .where(c.c.deleted_at.is_(None), c.c.status != CaseStatus.CLOSED.value))
        with self._engine.connect() as conn:
            return sorted(conn.execute(stmt).scalars(), key=str.casefold)

    def dashboard_cases(self, *, site: str | None = None, volunteer: str | None = None,
                        limit: int | None = None) -> list[str]:
        """The uuids of the cases the dashboard lists (see :meth:`_dashboard_where`), at most ``limit`` (the
        caller asks one more than it will read whole). From the covering index ``ix_cases_dashboard`` when
        ``site`` is given (the site's entries only)."""
        stmt = select(CASES.c.uuid).where(*self._dashboard_where(site, volunteer))
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._engine.connect() as conn:
            return list(conn.execute(stmt).scalars())

    def dashboard_counts(self, as_of: dt.date, *, site: str | None = None, volunteer: str | None = None,
                         until: dt.date | None = None, cap: int | None = None) -> tuple[int, int]:
        """How many cases the dashboard lists on ``as_of`` and how many of them have a deadline still to come
        (with ``until``: only those whose next deadline is at most that day; then both counts are those), each
        at most ``cap + 1`` (more than ``cap``: too many to count at the price of a glance).

        "Still to come" is the domain rule of :func:`~clinic_app.domain.deadlines.next_deadline_of` said in
        SQL: a case has a next deadline from ``as_of`` (to ``until``) exactly when one of its statutory
        deadlines (every kind but the civil claim, or the civil claim when it is the only kind: those whose
        ``row_role`` is not 0) falls in that range. The coming ones are counted from the index
        ``ix_case_deadline_role`` over that range (with ``until``, the start-up reminder's next 14 days: the
        deadlines of two weeks, whatever the size of the file), the listed ones from the cases (the site's
        entries of ``ix_cases_dashboard`` with ``site``), each stopping at ``cap + 1``."""
        c, d = CASES, TABLES["case_deadline"]
        statutory = d.c.row_role.in_([COMING_ROW, ANY_ROW])
        plain = self._unindexed
        where = [plain(c.c.deleted_at).is_(None), plain(c.c.status) != CaseStatus.CLOSED.value, self._fresh(),
                 plain(c.c.deadlines_text).is_not(None), plain(c.c.deadlines_text) != ""]
        if site is not None:
            where.append(plain(c.c.site_or_company) == site)
        if volunteer is not None:
            where.append(plain(c.c.created_by) == volunteer)

        def capped(stmt: Any) -> Any:
            inner = (stmt.limit(cap + 1) if cap is not None else stmt).subquery()
            return select(func.count()).select_from(inner)

        in_range = d.c.date.between(as_of, until) if until is not None else d.c.date >= as_of
        if site is None and volunteer is None:
            # from the date index: the statutory deadlines in the range, each case once (stops at the cap)
            coming = (select(d.c.case_uuid).distinct().select_from(d.join(c, c.c.uuid == d.c.case_uuid))
                      .where(in_range, statutory, *where))
        else:
            # from the filter's cases (a site's entries of ix_cases_dashboard), each with one look-up of its
            # deadlines: the cost is that of the site (up to the cap), not of every coming deadline of the file
            # (SQLite: the "+" keeps its planner on the deadlines' primary key, by case, instead of walking the
            # whole range of the role index for each case: 0.45 s for a site of 1,000 cases)
            if self._target.is_sqlite:
                role = literal_column("+case_deadline.row_role", Integer)
                day = literal_column("+case_deadline.date", Date)
            else:
                role, day = d.c.row_role, d.c.date
            by_case = day.between(as_of, until) if until is not None else day >= as_of
            coming = select(c.c.uuid).where(*self._dashboard_where(site, volunteer), exists().where(
                d.c.case_uuid == c.c.uuid, by_case, role.in_([COMING_ROW, ANY_ROW])))
        with self._engine.connect() as conn:
            n = int(conn.execute(capped(coming)).scalar_one())
            if until is not None:
                return n, n
            listed = select(c.c.uuid).where(*self._dashboard_where(site, volunteer))
            return int(conn.execute(capped(listed)).scalar_one()), n

    def dashboard_stale(self, *, site: str | None = None, volunteer: str | None = None) -> int:
        """How many live, not closed cases (of ``site``, ``volunteer``) the dashboard leaves out because their
        figures are being recomputed (0 at the price of three index seeks when none is)."""
        if not self.has_stale_figures():
            return 0
        c = CASES
        where = [c.c.deleted_at.is_(None), c.c.status != CaseStatus.CLOSED.value, self._stale()]
        if site is not None:
            where.append(c.c.site_or_company == site)
        if volunteer is not None:
            where.append(c.c.created_by == volunteer)
        with self._engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(c).where(*where)).scalar_one())

    def find_duplicates(self, case: Case) -> list[CaseRow]:
        """Stored cases that may be the same person (same name and phone or date of birth), not ``case``."""
        key = duplicate_key(case)
        if key.startswith("|") or key.endswith("|"):
            return []
        with self._engine.connect() as conn:
            uuids = list(conn.execute(select(CASES.c.uuid).where(
                CASES.c.duplicate_key == key, CASES.c.uuid != case.uuid, CASES.c.deleted_at.is_(None))).scalars())
            hits = [c.uuid for c in self._load_many(conn, uuids) if is_possible_duplicate(case, c)]
            if not hits:
                return []
            rows = conn.execute(select(*_ROW_COLUMNS).where(CASES.c.uuid.in_(hits))
                                .order_by(CASES.c.case_number)).all()
        return [_case_row(r) for r in rows]

    def site_choices(self) -> list[str]:
        """The sites and companies for the list's filter: the establishment table's codes and names, and the
        distinct values the cases hold (typed sites without an establishment), read by a loose index scan of
        ``ix_cases_list_site`` (one index seek per distinct value, not a DISTINCT over every case: 9.5 s at
        1,000,000 cases before). A value used only by deleted cases may appear (it then lists nothing)."""
        used = self._distinct_sites()
        with self._engine.connect() as conn:
            codes = set(conn.execute(select(ESTABLISHMENTS.c.code)).scalars())
        return sorted((used | codes) - {""}, key=str.casefold)

    # -- establishments ---------------------------------------------------------------------------------
    def list_establishments(self) -> list[Establishment]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(ESTABLISHMENTS).order_by(ESTABLISHMENTS.c.code)).mappings().all()
        return [mapping.build_establishment(dict(r)) for r in rows]

    def get_establishment(self, est_id: str) -> Establishment | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(ESTABLISHMENTS).where(ESTABLISHMENTS.c.id == est_id)).mappings().first()
        return mapping.build_establishment(dict(row)) if row is not None else None

    def establishment_for(self, case: Case) -> Establishment | None:
        """The case's establishment: the one it points to, else the one whose code is its site or station."""
        if case.establishment_id:
            found = self.get_establishment(case.establishment_id)
            if found is not None:
                return found
        code = (case.warehouse.site_code if case.warehouse else case.driver.station_code if case.driver else "")
        if not code:
            return None
        with self._engine.connect() as conn:
            row = conn.execute(select(ESTABLISHMENTS).where(func.lower(ESTABLISHMENTS.c.code) == code.casefold())
                               .order_by(ESTABLISHMENTS.c.id)).mappings().first()
        return mapping.build_establishment(dict(row)) if row is not None else None

    def _upsert_establishment(self, conn: Connection, est: Establishment, *, check_version: bool = False,
                              replace: bool = False) -> bool:
        """Insert or update ``est``; True if it was written.

        With ``check_version`` (a save from this laptop) a save of an older version than the stored one is
        refused (:class:`StaleEstablishmentError`, nothing written) and the stored version is one more each
        time. An import writes a newer version only; with ``replace`` (the merge plan decided the bundle's
        facts win, see :mod:`clinic_app.export.merge`) it writes whatever the versions, one more than the
        stored one, so a form still holding this laptop's old version is refused as stale.
        """
        stored = conn.execute(select(ESTABLISHMENTS.c.version).where(ESTABLISHMENTS.c.id == est.id)).first()
        if check_version:
            if stored is not None and est.version != stored[0]:
                raise StaleEstablishmentError(est.code, stored[0])
            est.version = (stored[0] if stored is not None else 0) + 1
        elif replace:
            est.version = max(est.version, stored[0] + 1 if stored is not None else 1)
        else:  # an import without a plan: only a newer version replaces the stored facts
            if stored is not None and est.version <= stored[0]:
                return False
            est.version = max(est.version, 1)
        row = mapping.establishment_row(est)
        if stored is not None:
            conn.execute(update(ESTABLISHMENTS).where(ESTABLISHMENTS.c.id == est.id).values(row))
        else:
            conn.execute(insert(ESTABLISHMENTS).values(row))
        return True

    @staticmethod
    def _mark_site_stale(conn: Connection, est: Establishment) -> None:
        """Mark the stored figures of every case of ``est`` stale (its facts changed): one UPDATE, so a site of
        thousands of cases saves at once; :meth:`refresh_stale_figures` recomputes them (the GUI in the
        background, showing them as "updating" meanwhile; the CLI and exports before reading)."""
        conn.execute(update(CASES).where(CASES.c.establishment_id == est.id).values(figures_version=None))

    def save_establishment(self, est: Establishment) -> Establishment:
        """Insert or update a site/company (a stale version is refused); its cases' figures become stale."""
        with self._write() as conn:
            self._upsert_establishment(conn, est, check_version=True)
            self._mark_site_stale(conn, est)
            self._audit(conn, "establishment", None, detail=f"id={est.id}")
        return est

    def merge_establishments(self, keep_id: str, absorbed_id: str) -> int:
        """Merge the duplicate site ``absorbed_id`` into ``keep_id`` in one transaction; returns the number
        of cases moved.

        Every case of the duplicate (deleted ones too) moves to the kept site (see
        :mod:`clinic_app.domain.site_merge`), its figures recomputed with the kept site's facts; the duplicate
        is removed and remembered (setting ``site.merged.<id>``) so that a bundle from a laptop that has not
        heard of the merge yet is redirected, never brings the duplicate back. The kept site's facts are not
        changed: a person checks them.
        """
        from clinic_app.domain.site_merge import move_case_to_site

        if keep_id == absorbed_id:
            raise StorageError("same_site")
        with self._write() as conn:
            rows = {r.id: r for r in conn.execute(select(ESTABLISHMENTS).where(
                ESTABLISHMENTS.c.id.in_([keep_id, absorbed_id]))).mappings()}
            if keep_id not in rows or absorbed_id not in rows:
                raise StorageError("site_not_found")
            keep = mapping.build_establishment(dict(rows[keep_id]))
            uuids = list(conn.execute(select(CASES.c.uuid).where(CASES.c.establishment_id == absorbed_id)).scalars())
            for start in range(0, len(uuids), BATCH):
                for case in self._load_many(conn, uuids[start:start + BATCH]):
                    move_case_to_site(case, keep)
                    case.version += 1
                    figures = case_figures(case, keep)
                    row = mapping.case_row(case, figures)
                    row.pop("uuid")
                    for kept in ("deleted_at", "closed_at"):
                        row.pop(kept, None)
                    conn.execute(update(CASES).where(CASES.c.uuid == case.uuid).values(row))
                    self._delete_children(conn, case.uuid)
                    self._insert_children(conn, case)
                    self._write_figure_rows(conn, [(case.uuid, case.case_number, figures)], replace=True)
                    self._audit(conn, "site-merge", case.uuid, ("establishment_id", "site_code"),
                                detail=f"from={absorbed_id} to={keep_id}")
            conn.execute(delete(ESTABLISHMENTS).where(ESTABLISHMENTS.c.id == absorbed_id))
            self._put_setting(conn, f"{MERGED_SITE_PREFIX}{absorbed_id}", keep_id)
            self._audit(conn, "establishment", None, detail=f"merged id={absorbed_id} into={keep_id} "
                        f"cases={len(uuids)}")
        return len(uuids)

    def merged_sites(self) -> dict[str, str]:
        """Sites merged into another here: duplicate id -> the id of the site kept."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(AppSetting.key, AppSetting.value)
                                .where(AppSetting.key.startswith(MERGED_SITE_PREFIX, autoescape=True))).all()
        return {key[len(MERGED_SITE_PREFIX):]: value for key, value in rows}

    def _stale(self) -> Any:
        """Cases whose stored figures another engine or law-table version computed (or none yet: before 0009,
        or their site's facts changed). Written as two ranges, not ``!=``, so the index on
        ``figures_version`` answers "is any case stale?" with a seek instead of a scan of every entry."""
        col = CASES.c.figures_version
        return or_(col.is_(None), col < FIGURES_VERSION, col > FIGURES_VERSION)

    def _unindexed(self, col: Any) -> Any:
        """``cases`` column ``col`` as an expression no index may serve, on SQLite (the unary ``+``): its planner
        has no statistics and sometimes walks an index that matches nearly every row; elsewhere ``col``."""
        return literal_column(f"+cases.{col.name}", col.type) if self._target.is_sqlite else col

    def _fresh(self) -> Any:
        """Cases whose stored figures are current. On SQLite the index on ``figures_version`` is switched off
        for this test: it matches nearly every row, and SQLite (without statistics) would walk it through the
        whole file instead of seeking the site's few thousand cases."""
        return self._unindexed(CASES.c.figures_version) == FIGURES_VERSION

    def has_stale_figures(self) -> bool:
        """Whether any case's stored figures are out of date: three seeks of the ``figures_version`` index (one
        per range; as one ``OR`` SQLite walked a whole covering index instead, 20 ms at 100,000 cases)."""
        col = CASES.c.figures_version
        with self._engine.connect() as conn:
            return any(conn.execute(select(CASES.c.uuid).where(cond).limit(1)).first() is not None
                       for cond in (col.is_(None), col < FIGURES_VERSION, col > FIGURES_VERSION))

    def stale_figures(self) -> int:
        """How many cases' stored figures are out of date (the views show those as "updating")."""
        with self._engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(CASES).where(self._stale())).scalar_one()

    def refresh_stale_figures(self, *, batch: int = BATCH, limit: int | None = None) -> int:
        """Recompute the stored figures of stale cases, ``batch`` cases per transaction; returns how many.

        Why batches: after an update of the engine or the law tables every case is stale; one transaction of
        100,000 cases would hold the write lock for a minute, while batches let saves through between them.
        ``limit`` stops after about that many (a background job's slice). Idempotent; safe to interrupt.
        """
        done = 0
        if not self.has_stale_figures():  # a read: an export must not wait for (or fail on) the write lock
            return 0
        stmt = (update(CASES).where(CASES.c.uuid == bindparam("_uuid"))
                .values({k: bindparam(k) for k in mapping.figure_columns(case_figures(Case.new(CaseKind.DRIVER)))}))
        while limit is None or done < limit:
            with self._write() as conn:
                uuids = list(conn.execute(select(CASES.c.uuid).where(self._stale()).limit(batch)).scalars())
                if not uuids:
                    break
                ests: dict[str, Establishment | None] = {}
                rows = []
                items = []
                for case in self._load_many(conn, uuids):
                    key = case.establishment_id or ""
                    if key not in ests:
                        ests[key] = self._establishment(conn, case)
                    figures = case_figures(case, ests[key])
                    rows.append({"_uuid": case.uuid, **mapping.figure_columns(figures)})
                    items.append((case.uuid, case.case_number, figures))
                conn.execute(stmt, rows)
                self._write_figure_rows(conn, items, replace=True)
            done += len(uuids)
        return done

    # -- settings and clinic profile -------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self._engine.connect() as conn:
            value = conn.execute(select(AppSetting.value).where(AppSetting.key == key)).scalar()
        return default if value is None else value

    def _put_setting(self, conn: Connection, key: str, value: str) -> None:
        table = AppSetting.__table__
        if conn.execute(select(table.c.key).where(table.c.key == key)).first():
            conn.execute(update(table).where(table.c.key == key).values(value=value))
        else:
            conn.execute(insert(table).values(key=key, value=value))

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as conn:
            self._put_setting(conn, key, value)

    def clinic_profile(self) -> ClinicProfile:
        table = AppSetting.__table__
        with self._engine.connect() as conn:
            rows = dict(conn.execute(select(table.c.key, table.c.value).where(table.c.key.like("clinic.%"))).all())
        return ClinicProfile(**{k: rows.get(f"clinic.{k}", "") for k in _CLINIC_KEYS})

    def save_clinic_profile(self, profile: ClinicProfile) -> None:
        with self._write() as conn:
            for k in _CLINIC_KEYS:
                self._put_setting(conn, f"clinic.{k}", getattr(profile, k) or "")
            self._audit(conn, "settings", None, ("clinic",))

    # -- letters and audit -----------------------------------------------------------------------------
    def record_letter(self, case_uuid: str, rec: LetterRecord) -> None:
        with self._write() as conn:
            if conn.execute(select(CASES.c.uuid).where(CASES.c.uuid == case_uuid)).first() is None:
                raise CaseNotFoundError(case_uuid)
            conn.execute(insert(LetterRow.__table__).values(
                case_uuid=case_uuid, kind=rec.kind, language=rec.language, recipient=rec.recipient,
                created_at=rec.created_at, sha256=rec.sha256, path=rec.path,
                figures=json.dumps(rec.figures, ensure_ascii=False, sort_keys=True, default=str)))
            self._audit(conn, "letter", case_uuid, detail=f"kind={rec.kind} lang={rec.language}")

    def letters_for_case(self, uuid: str) -> list[LetterRecord]:
        table = LetterRow.__table__
        with self._engine.connect() as conn:
            rows = conn.execute(select(table).where(table.c.case_uuid == uuid).order_by(table.c.id)).mappings()
            return [LetterRecord(kind=r["kind"], language=r["language"], recipient=r["recipient"],
                                 created_at=r["created_at"], sha256=r["sha256"], figures=json.loads(r["figures"]),
                                 path=r["path"]) for r in rows]

    def record_audit(self, action: str, case_uuid: str | None = None, fields: Sequence[str] = (),
                     detail: str = "") -> None:
        """An audit entry for something done outside the store (an export, a letter batch)."""
        with self._write() as conn:
            self._audit(conn, action, case_uuid, fields, detail)

    def audit_entries(self, case_uuid: str | None = None, limit: int = 1000) -> list[AuditEntry]:
        table = AuditRow.__table__
        stmt = select(table).order_by(table.c.id.desc()).limit(limit)
        if case_uuid is not None:
            stmt = stmt.where(table.c.case_uuid == case_uuid)
        with self._engine.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
        return [AuditEntry(at=r["at"], actor=r["actor"], action=r["action"], case_uuid=r["case_uuid"],
                           fields=tuple(f for f in r["fields"].split(",") if f), detail=r["detail"])
                for r in reversed(rows)]

    # -- drafts (the GUI's autosave) -------------------------------------------------------------------
    def save_draft(self, key: str, payload: str) -> None:
        table = DraftRow.__table__
        with self._write() as conn:
            conn.execute(delete(table).where(table.c.key == key))
            conn.execute(insert(table).values(key=key, payload=payload, updated_at=mapping.now()))

    def load_drafts(self) -> dict[str, str]:
        table = DraftRow.__table__
        with self._engine.connect() as conn:
            return dict(conn.execute(select(table.c.key, table.c.payload).order_by(table.c.updated_at)).all())

    def discard_draft(self, key: str) -> None:
        table = DraftRow.__table__
        with self._write() as conn:
            conn.execute(delete(table).where(table.c.key == key))

    # -- merges between laptops ------------------------------------------------------------------------
    def get_sync_marks(self, peer: str, keys: Iterable[str] | None = None) -> dict[str, str]:
        """The merge bases recorded for ``peer``: all, or those of ``keys`` (case UUIDs or site ids) only.

        Why ``keys``: a bundle import reads the bases of one frame of cases at a time; all of a peer's marks
        are a million entries on a coordinator's laptop.
        """
        table = SyncMark.__table__
        with self._engine.connect() as conn:
            if keys is None:
                return dict(conn.execute(select(table.c.case_uuid, table.c.content_hash)
                                         .where(table.c.peer == peer)).all())
            wanted = list(keys)
            out: dict[str, str] = {}
            for start in range(0, len(wanted), BATCH):
                out.update(conn.execute(select(table.c.case_uuid, table.c.content_hash).where(
                    table.c.peer == peer, table.c.case_uuid.in_(wanted[start:start + BATCH]))).all())
            return out

    def get_cases(self, uuids: Sequence[str]) -> list[Case]:
        """The stored cases of ``uuids`` (soft-deleted ones included, missing ones left out), in that order."""
        out: list[Case] = []
        with self._engine.connect() as conn:
            for start in range(0, len(uuids), BATCH):
                out += self._load_many(conn, uuids[start:start + BATCH])
        return out

    def write_imported(self, cases: Sequence[Case], establishments: Sequence[Establishment], *, peer: str,
                       marks: Mapping[str, str], tombstones: Mapping[str, dt.datetime] | None = None,
                       replace_establishments: bool = False) -> int:
        """Write merged cases from another laptop in ONE transaction (see :meth:`write_imported_batches`)."""
        return self.write_imported_batches([(cases, marks)], establishments, peer=peer, tombstones=tombstones,
                                           replace_establishments=replace_establishments)

    def write_imported_batches(self, batches: Iterable[tuple[Sequence[Case], Mapping[str, str]]],
                               establishments: Sequence[Establishment], *, peer: str,
                               tombstones: Mapping[str, dt.datetime] | None = None,
                               replace_establishments: bool = False) -> int:
        """Write merged cases from another laptop in ONE transaction, keeping their identity and version.

        ``batches`` yields (cases to write, merge bases to record with ``peer``); it is consumed inside the
        transaction, one batch at a time, so a bundle of a million cases is written holding one batch (a
        batch that raises rolls everything back: nothing at all is written). Sites are written first.
        Inserts new cases and replaces the contents of existing ones (their letters stay). A case number
        already used by a different case is refused, and then nothing at all is written. Works in chunks
        of statements (executemany), not one statement per row: 10,000 cases arrive in seconds.
        A case purged here (a tombstone) is never written back; the bundle's own ``tombstones`` are
        recorded (for cases not held here). Returns how many cases were left out for their tombstone.
        Sites are written when newer, or always with ``replace_establishments`` (the merge plan chose them);
        the stored figures of a replaced site's other cases are marked stale (recomputed in the background by
        the GUI, before reading by the commands and exports).
        """
        stones = PurgeTombstone.__table__
        written = left_out = 0
        with self._write() as conn:
            for uuid, at in (tombstones or {}).items():
                if conn.execute(select(CASES.c.uuid).where(CASES.c.uuid == uuid)).first() is None:
                    self._tombstone(conn, uuid, at)
            replaced = [est for est in establishments
                        if self._upsert_establishment(conn, est, replace=replace_establishments)]
            if replaced:
                self._audit(conn, "establishment", None, detail=f"import peer={peer} ids="
                            + ",".join(e.id for e in replaced))
            # the replaced sites' cases held here are stale; the cases written below are computed with the new
            # facts (read back from the database) and so are current
            for est in replaced:
                self._mark_site_stale(conn, est)
            est_cache: dict[str, Establishment | None] = {}
            for batch, marks in batches:
                for start in range(0, len(batch), BATCH):
                    chunk = list(batch[start:start + BATCH])
                    purged = set(conn.execute(select(stones.c.case_uuid).where(
                        stones.c.case_uuid.in_([c.uuid for c in chunk]))).scalars())
                    if purged:
                        chunk = [c for c in chunk if c.uuid not in purged]
                        left_out += len(purged)
                    self._write_imported_chunk(conn, chunk, est_cache, peer)
                    written += len(chunk)
                self._write_marks(conn, peer, marks)
        if written > BATCH:
            self._checkpoint()
        return left_out

    def _write_marks(self, conn: Connection, peer: str, marks: Mapping[str, str]) -> None:
        """Record ``marks`` (merge bases) for ``peer``, replacing older ones; never for a case purged here."""
        marks_table = SyncMark.__table__
        stones = PurgeTombstone.__table__
        items = list(marks.items())
        for start in range(0, len(items), BATCH):
            chunk_marks = items[start:start + BATCH]
            keys = [u for u, _ in chunk_marks]
            purged = set(conn.execute(select(stones.c.case_uuid).where(stones.c.case_uuid.in_(keys))).scalars())
            conn.execute(delete(marks_table).where(marks_table.c.peer == peer, marks_table.c.case_uuid.in_(keys)))
            rows = [{"peer": peer, "case_uuid": u, "content_hash": h} for u, h in chunk_marks if u not in purged]
            if rows:
                conn.execute(insert(marks_table), rows)

    def _write_imported_chunk(self, conn: Connection, chunk: list[Case], est_cache: dict[str, Establishment | None],
                              peer: str) -> None:
        """Insert or replace up to BATCH imported cases (executemany), with one audit entry each."""
        if not chunk:
            return
        uuids = [c.uuid for c in chunk]
        clash = conn.execute(select(CASES.c.case_number).where(
            CASES.c.case_number.in_([c.case_number for c in chunk]),
            CASES.c.uuid.not_in(uuids))).first()
        if clash is not None:
            raise StorageError("case_number_taken", case_number=clash[0])
        existing = {r.uuid: r for r in conn.execute(
            select(CASES.c.uuid, CASES.c.deleted_at, CASES.c.closed_at).where(CASES.c.uuid.in_(uuids)))}
        new_rows: list[dict[str, Any]] = []
        changed_rows: list[dict[str, Any]] = []
        children: dict[str, list[dict[str, Any]]] = defaultdict(list)
        stamp = mapping.now()
        audits: list[dict[str, Any]] = []
        for case in chunk:
            row, figures = self._bulk_row(conn, case, est_cache)
            closed = case.status is CaseStatus.CLOSED
            old = existing.get(case.uuid)
            if old is None:
                row["closed_at"] = case.updated_at if closed else None
                new_rows.append(row)
            else:
                row["deleted_at"] = old.deleted_at  # an import never deletes, nor brings back
                row["closed_at"] = (old.closed_at or case.updated_at) if closed else None
                row["b_uuid"] = row.pop("uuid")
                changed_rows.append(row)
            for table, rows in mapping.child_rows(case).items():
                children[table].extend(rows)
            for table, rows in mapping.figure_rows(case.uuid, case.case_number, figures).items():
                children[table].extend(rows)
            audits.append({"at": stamp, "actor": self.actor, "case_uuid": case.uuid, "fields": "",
                           "action": "import-add" if old is None else "import-update",
                           "detail": f"peer={peer}"})
        if changed_rows:
            values = {k: bindparam(k) for k in changed_rows[0] if k != "b_uuid"}
            conn.execute(update(CASES).where(CASES.c.uuid == bindparam("b_uuid")).values(values), changed_rows)
            changed = [r["b_uuid"] for r in changed_rows]
            for table in (*mapping.CHILD_TABLES, *mapping.FIGURE_TABLES):
                conn.execute(delete(TABLES[table]).where(TABLES[table].c.case_uuid.in_(changed)))
        self._flush(conn, new_rows, children)
        conn.execute(insert(AuditRow.__table__), audits)

    # -- passphrase, backups -----------------------------------------------------------------------------
    def change_passphrase(self, new: str) -> None:
        """Re-key the encrypted database (a backup with the old passphrase is made first)."""
        if not self.is_encrypted or self._target.path is None:
            raise StorageError("not_encrypted")
        if not new:
            raise StorageError("empty_passphrase")
        with self.exclusive():  # another program with the file open would fail every call afterwards
            self.backup_now("before-passphrase-change")
            self._engine.dispose()
            from clinic_app.storage.connect import _quote, raw_connect

            conn = raw_connect(self._target.path, self._passphrase)
            try:
                conn.execute(f"PRAGMA rekey = {_quote(new)}")
            finally:
                conn.close()
            self._passphrase = new
            self._engine = sqlite_engine(self._target.path, new)
            self.record_audit("passphrase-change")

    @property
    def backup_dir(self) -> Path | None:
        return self._backup_dir

    def check_database(self) -> bool:
        """Check the whole file (``PRAGMA quick_check``) and that the search index is in step with the cases
        (rebuilt if not: an outside ``VACUUM`` may renumber rows). Reads every page: at a million cases it
        takes seconds, so the GUI runs it on demand (File > Check the database) on a worker thread, never on
        opening. Returns whether the search index had to be rebuilt; StorageError ``corrupt`` if damaged.
        A server database is checked by its server: nothing to do here."""
        if not self._target.is_sqlite:
            return False
        label = str(self._target.path)
        try:
            with self._engine.connect() as conn:
                result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
                conn.rollback()
            if result != "ok":
                raise StorageError("corrupt", path=label, detail=str(result)[:80])
            try:
                with self._engine.connect() as conn:
                    conn.exec_driver_sql("INSERT INTO case_search(case_search, rank) VALUES ('integrity-check', 1)")
                    conn.rollback()
                return False
            except DatabaseError as exc:
                if "malformed" not in str(exc.orig).lower() and "corrupt" not in str(exc.orig).lower():
                    raise
            log.warning("search index out of step with the cases: rebuilt")
            with self._write() as conn:
                conn.exec_driver_sql("INSERT INTO case_search(case_search) VALUES ('rebuild')")
            return True
        except DatabaseError as exc:
            raise (from_sqlite_error(exc.orig, label)
                   or StorageError("corrupt", path=label, detail=type(exc.orig).__name__)) from None

    def backup_if_due(self) -> Path | None:
        """The automatic backup: a daily one, and one more when the last is over an hour old; ``None`` when
        none is due (or for a server database). The copy is verified (``quick_check`` of the copy, its case
        count): this is where the whole-file check runs now, off the path that opens the window."""
        if self._target.path is None or self._backup_dir is None:
            return None
        last = backups.last_backup_time(self._backup_dir, self._target.path.stem)
        now = mapping.now()
        if last is None or last.date() != now.date():
            return self.backup_now("daily")
        if now - last > dt.timedelta(hours=1):
            return self.backup_now("open")
        return None

    def backup_now(self, reason: str = "manual") -> Path:
        """A verified backup of the whole database, made while it stays open; returns its path."""
        if self._target.path is None or self._backup_dir is None:
            raise StorageError("no_backup_for_server")
        raw = self._engine.raw_connection()
        try:
            return backups.make_backup(raw.driver_connection, self._backup_dir, self._target.path.stem, reason,
                                       self._passphrase)
        finally:
            raw.close()

    # -- privacy (Quebec Law 25) -------------------------------------------------------------------------
    def purge_candidates(self, retention_days: int) -> list[CaseRow]:
        """Cases closed, or deleted, more than ``retention_days`` ago: listed before a purge."""
        cutoff = mapping.now() - dt.timedelta(days=retention_days)
        stmt = (select(*_ROW_COLUMNS)
                .where(or_(and_(CASES.c.status == CaseStatus.CLOSED.value, CASES.c.closed_at < cutoff),
                           CASES.c.deleted_at < cutoff))
                .order_by(CASES.c.case_number))
        with self._engine.connect() as conn:
            return [_case_row(r) for r in conn.execute(stmt).all()]

    def purge(self, uuids: Sequence[str]) -> int:
        """Erase cases for good (with their letters, drafts keyed by them and merge marks); audited.

        Each purged case leaves a tombstone (its UUID and the date, nothing personal): no later import of
        an older bundle, nor a restore of an older backup, brings it back.
        """
        n = 0
        with self._write() as conn:
            stamp = mapping.now()
            for uuid in uuids:
                number = conn.execute(select(CASES.c.case_number).where(CASES.c.uuid == uuid)).scalar()
                if number is None:
                    continue
                self._erase(conn, uuid)
                self._tombstone(conn, uuid, stamp)
                self._audit(conn, "purge", uuid, detail=f"case_number={number}")
                n += 1
        if n:
            self._checkpoint()  # the erased rows must not linger in the WAL either
        return n

    @staticmethod
    def _erase(conn: Connection, uuid: str) -> None:
        conn.execute(delete(CASES).where(CASES.c.uuid == uuid))
        conn.execute(delete(SyncMark.__table__).where(SyncMark.__table__.c.case_uuid == uuid))
        conn.execute(delete(DraftRow.__table__).where(DraftRow.__table__.c.key.contains(uuid)))

    @staticmethod
    def _tombstone(conn: Connection, uuid: str, at: dt.datetime) -> None:
        table = PurgeTombstone.__table__
        if conn.execute(select(table.c.case_uuid).where(table.c.case_uuid == uuid)).first() is None:
            conn.execute(insert(table).values(case_uuid=uuid, purged_at=at))

    def tombstones(self) -> dict[str, dt.datetime]:
        """UUID -> purge date of every case purged here or learnt of from a bundle."""
        table = PurgeTombstone.__table__
        with self._engine.connect() as conn:
            return dict(conn.execute(select(table.c.case_uuid, table.c.purged_at)).all())

    def apply_tombstones(self, tombstones: Mapping[str, dt.datetime], *, erase: bool = True) -> int:
        """Record ``tombstones``; with ``erase``, also erase the cases they name (after a restore of an older
        backup: a case purged since must stay purged). Returns how many cases were erased."""
        erased = 0
        with self._write() as conn:
            for uuid, at in tombstones.items():
                self._tombstone(conn, uuid, at)
                if erase and conn.execute(select(CASES.c.uuid).where(CASES.c.uuid == uuid)).first() is not None:
                    self._erase(conn, uuid)
                    self._audit(conn, "purge", uuid, detail="tombstone")
                    erased += 1
        if erased:
            self._checkpoint()
        return erased

    def person_export(self, uuid: str) -> dict[str, Any]:
        """Everything held about the person of one case, for an access request (Law 25, s. 27)."""
        from clinic_app.domain.case_json import case_to_dict, establishment_to_dict

        case = self.get_case(uuid)
        est = self.establishment_for(case)
        self.record_audit("access-export", uuid)
        return {
            "case": case_to_dict(case),
            "establishment": establishment_to_dict(est) if est is not None else None,
            "deleted": self.is_deleted(uuid),
            "letters": [{"kind": r.kind, "language": r.language, "recipient": r.recipient,
                         "created_at": r.created_at.isoformat(), "sha256": r.sha256, "figures": r.figures}
                        for r in self.letters_for_case(uuid)],
            "audit": [{"at": a.at.isoformat(), "actor": a.actor, "action": a.action, "fields": list(a.fields),
                       "detail": a.detail} for a in self.audit_entries(uuid)],
        }


def _new_prefix() -> str:
    return "".join(secrets.choice(_PREFIX_ALPHABET) for _ in range(4))


def _prepare_schema(engine: Engine, target: Target, passphrase: str | None, backup_dir: Path | None,
                    lock: CaseFileLock | None = None, progress: Callable[[str], None] | None = None) -> None:
    """Create, check or migrate the schema; back up before any migration of existing data.

    A migration rewrites tables under the other programs' feet: it runs only while no other program has the
    file open (the exclusive lock), else StorageError ``in_use``.
    """
    with engine.connect() as conn:
        revision = migrate.current_revision(conn)
        has_tables = bool(set(conn.dialect.get_table_names(conn)) - {"alembic_version"})
        conn.rollback()
    if revision == migrate.HEAD:
        pass
    elif revision is None and not has_tables:
        with engine.connect() as conn:
            migrate.upgrade(conn)
    elif revision is None:
        raise StorageError("not_a_database", path=target.label())
    elif revision in migrate.KNOWN:
        with lock.exclusive() if lock is not None else contextlib.nullcontext():
            _migrate(engine, target, passphrase, backup_dir, progress)
    else:
        raise StorageError("newer_version", revision=revision)
    with engine.begin() as conn:
        if conn.execute(select(Laptop.__table__.c.id)).first() is None:
            from clinic_app.domain.case import new_uuid

            conn.execute(insert(Laptop.__table__).values(id=new_uuid(), prefix=_new_prefix(), next_sequence=1,
                                                         created_at=mapping.now()))


def _migrate(engine: Engine, target: Target, passphrase: str | None, backup_dir: Path | None,
             progress: Callable[[str], None] | None = None) -> None:
    """Back up, then upgrade to HEAD; ``progress("backup")``, then ``progress(revision)`` before each step."""
    saved = "-"
    if target.path is not None and backup_dir is not None:
        if progress is not None:
            progress("backup")
        raw = engine.raw_connection()
        try:
            saved = str(backups.make_backup(raw.driver_connection, backup_dir, target.path.stem,
                                            "before-migration", passphrase))
        finally:
            raw.close()
    try:
        with engine.connect() as conn:  # not begin(): migrate switches foreign keys off before its BEGIN
            migrate.upgrade(conn, progress=progress)
    except Exception:
        log.exception("migration failed")
        raise StorageError("migration_failed", backup=saved) from None


def open_store(path: str | Path | None = None, *, url: str | None = None, passphrase: str | None = None,
               encrypted: bool = True, create: bool = False, actor: str = "", backup_dir: Path | None = None,
               auto_backup: bool = True, check: bool = True, first_look: FirstLook | None = None,
               progress: Callable[[str], None] | None = None) -> CaseStore:
    """Open (or with ``create=True`` create) the case database.

    ``path=None`` and ``url=None`` open the default database in the data folder. Encrypted with SQLCipher
    unless ``encrypted=False`` (tests and demos only). A wrong passphrase raises WrongPassphraseError and
    writes nothing. An older schema is backed up, then migrated. On open, a daily verified backup is made
    (and one more if the last is over an hour old) unless ``auto_backup=False``.

    ``check=False`` skips the whole-file ``quick_check`` before the schema is looked at: its cost grows with
    the file (10 s at a million cases), so the GUI opens without it and leaves the check to the verified
    backup (:meth:`CaseStore.backup_if_due`, on a worker thread after the first paint) and to File > Check
    the database. The command-line tools keep it: a one-off command refuses a damaged file before touching it.

    ``first_look``: what :func:`~clinic_app.storage.opening.first_look` opened for this file and passphrase
    (the GUI's start-up): the store takes its connection and lock instead of opening the file again.

    ``progress``: told when a migration of existing data starts and at each step (``"backup"``, then each
    revision id): a migration takes minutes on a large file, so the GUI shows a progress window and the CLI
    says so on standard error. Not called when nothing is migrated.
    """
    target = resolve(path, url, encrypted)
    if target.path is None:
        engine = server_engine(target.url or "")
        _prepare_schema(engine, target, None, None)
        return CaseStore(engine, target, None, actor=actor, backup_dir=None)
    db = target.path
    key = passphrase if encrypted else None
    if first_look is not None:  # the start-up already checked, locked and opened this file (opening.py)
        if first_look.path != db or first_look.passphrase != key:
            raise ValueError("first_look was made for another file or key")
        exists = True
        first_conn, lock = first_look.take()
    else:
        exists = check_file(db, encrypted=encrypted, passphrase=passphrase, create=create)
        first_conn, lock = None, shared_lock(db)
    engine = sqlite_engine(db, key, first=first_conn)
    folder = backup_dir or backups.default_backup_dir(db)
    try:
        if check:
            with engine.connect() as conn:
                result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
                conn.rollback()
            if result != "ok":
                raise StorageError("corrupt", path=str(db), detail=str(result)[:80])
        _prepare_schema(engine, target, key, folder, lock, progress)
        store = CaseStore(engine, target, key, actor=actor, backup_dir=folder, lock=lock)
    except OperationalError as exc:
        engine.dispose()
        lock.release()
        raise (from_sqlite_error(exc.orig, str(db))
               or StorageError("io_error", path=str(db), detail=type(exc.orig).__name__)) from None
    except BaseException:
        engine.dispose()
        lock.release()
        raise
    if auto_backup and exists:
        _auto_backup(store, folder, db.stem)
    return store


def _auto_backup(store: CaseStore, folder: Path, stem: str) -> None:
    try:
        store.backup_if_due()
    except StorageError as exc:  # a failed backup must not stop intake; it is logged and shown in settings
        log.warning("automatic backup failed: %s", exc.code)
        store.auto_backup_error = exc  # the main window's status bar and Settings say so
