"""search index: FTS5 trigram index over the search text (SQLite), pg_trgm GIN index (PostgreSQL)

Why: a search used ``search_text LIKE '%term%'``, a scan of every entry of ``ix_case_search``: 46-358 ms per
keystroke at 100,000 cases, 1.4-4.9 s at 1,000,000. A trigram index finds the cases holding a 3-character
piece of the term without reading the others.

SQLite: ``case_search`` is an FTS5 table with the ``trigram`` tokenizer and external content (the ``case``
table's ``search_text``, no second copy of the text), kept in step by three triggers. Accents and case are
already folded in ``search_text`` by the store at save time (``mapping.search_text``: the same
``normalize_name`` as the query), so the triggers only copy it; the trigram tokenizer folds case as well.
FTS5 and ``trigram`` need SQLite 3.34+: SQLCipher's bundled SQLite is 3.53, Python's own (tests) 3.40.

The index is keyed by the ``cases`` table's rowid. SQLite keeps rowids through updates, the online backup
API and this program's writes; a ``VACUUM`` run by an outside tool or a future migration that rebuilds
``cases`` (batch mode copies the table) may renumber them, so such a migration must run
``INSERT INTO case_search(case_search) VALUES('rebuild')``, and "Check the database" checks the index and
rebuilds it if needed (``CaseStore.check_database``).

PostgreSQL: ``pg_trgm``'s GIN index serves the same ``LIKE '%term%'`` the store already emits. Without the
right to create the extension, the index is left out (search stays correct, only slower) and a warning
is logged.

The same revision gives every sort key of the list an index ``(key, case_number)`` (kind, status by its
workflow rank, amount owed, shortfall, deadline, last change), so that keyset paging ("the page after
(v, n)") is one index seek at any depth; the one-column indexes these replace are dropped.

Revision ID: 0008_search_index
Revises: 0010_cases_table
Create Date: 2026-12-02 00:00:00
"""
from __future__ import annotations

import logging

from alembic import op

from clinic_app.storage.models import STATUS_RANK_SQL

revision = "0008_search_index"
down_revision = "0010_cases_table"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

SQLITE_UP = (
    """CREATE VIRTUAL TABLE case_search USING fts5(search_text, content='cases', content_rowid='rowid',
       tokenize='trigram')""",
    """CREATE TRIGGER case_search_ai AFTER INSERT ON cases BEGIN
         INSERT INTO case_search(rowid, search_text) VALUES (new.rowid, new.search_text);
       END""",
    """CREATE TRIGGER case_search_ad AFTER DELETE ON cases BEGIN
         INSERT INTO case_search(case_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
       END""",
    """CREATE TRIGGER case_search_au AFTER UPDATE OF search_text ON cases BEGIN
         INSERT INTO case_search(case_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
         INSERT INTO case_search(rowid, search_text) VALUES (new.rowid, new.search_text);
       END""",
    "INSERT INTO case_search(case_search) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS case_search_au",
    "DROP TRIGGER IF EXISTS case_search_ad",
    "DROP TRIGGER IF EXISTS case_search_ai",
    "DROP TABLE IF EXISTS case_search",
)


#: (new index, its columns, the one-column index it replaces)
LIST_INDEXES = (
    ("ix_cases_list_kind", ["kind", "case_number"], None),
    ("ix_cases_list_owed", ["amount_owed_cents", "case_number"], ("ix_cases_amount_owed_cents", "amount_owed_cents")),
    ("ix_cases_list_shortfall", ["shortfall_cents", "case_number"], ("ix_cases_shortfall_cents", "shortfall_cents")),
    ("ix_cases_list_deadline", ["claim_deadline", "case_number"], ("ix_cases_claim_deadline", "claim_deadline")),
    ("ix_cases_list_updated", ["updated_at", "case_number"], ("ix_cases_updated_at", "updated_at")),
)


def _list_indexes_up() -> None:
    # Plain CREATE/DROP INDEX (not batch mode): the case table is not copied, its rowids stay.
    for name, columns, old in LIST_INDEXES:
        op.create_index(name, "cases", columns)
        if old is not None:
            op.drop_index(old[0], table_name="cases")
    op.execute(f'CREATE INDEX ix_cases_list_status ON cases (({STATUS_RANK_SQL}), case_number)')


def _list_indexes_down() -> None:
    op.execute("DROP INDEX IF EXISTS ix_cases_list_status")
    for name, _columns, old in reversed(LIST_INDEXES):
        if old is not None:
            op.create_index(old[0], "cases", [old[1]])
        op.drop_index(name, table_name="cases")


def upgrade() -> None:
    _list_indexes_up()
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
        return
    if bind.dialect.name == "postgresql":
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except Exception:  # noqa: BLE001 - no right to create it: search works without the index
            log.warning("pg_trgm unavailable: the search index is left out")
            return
        op.execute('CREATE INDEX ix_cases_search_trgm ON cases USING gin (search_text gin_trgm_ops)')


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_cases_search_trgm")
    _list_indexes_down()
