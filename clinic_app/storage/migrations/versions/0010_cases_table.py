"""the ``case`` table renamed ``cases``: ``case`` is a reserved word in SQL

Anyone recovering data with a standard tool (``sqlite3``, ``psql``) had to quote the main table in every
query (``SELECT * FROM "case"`` works, ``SELECT * FROM case`` is a syntax error). The rows, their children
(person, work facts, wages, payments, notes, letters) and the audit trail are untouched: only names change.

- The table: ``ALTER TABLE ... RENAME``. SQLite (3.26 and later, which every supported driver has) rewrites
  the ``REFERENCES "case"`` of the child tables itself; PostgreSQL's foreign keys follow the table's oid.
- Its indexes and its own constraints take the new table's name (``ix_cases_*``, ``uq_cases_case_number``,
  ``pk_cases``, ``fk_cases_establishment_id_establishment``). PostgreSQL renames them in place; SQLite cannot
  rename an index or a constraint, so the indexes are dropped and made again and the table is copied once
  (a batch operation) to rename its unique constraint.
- The child tables' foreign-key constraints keep their names (``fk_person_case_uuid_case``…) on both
  backends: they point at ``cases`` all the same, and renaming them on SQLite would copy every child table.

Revision ID: 0010_cases_table
Revises: 0011
Create Date: 2026-12-02 00:00:00
"""
from __future__ import annotations

from alembic import op

revision = "0010_cases_table"
down_revision = "0011"
branch_labels = None
depends_on = None

# (name suffix after ix_<table>_, columns): the indexes of the case table at revision 0006
INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("amount_owed_cents", ("amount_owed_cents",)),
    ("claim_deadline", ("claim_deadline",)),
    ("duplicate_key", ("duplicate_key",)),
    ("establishment_id", ("establishment_id",)),
    ("shortfall_cents", ("shortfall_cents",)),
    ("updated_at", ("updated_at",)),
    ("closed_at", ("closed_at",)),
    ("list_name", ("sort_name", "case_number")),
    ("list_site", ("site_or_company", "case_number")),
    ("search", ("search_text", "deleted_at", "kind", "status", "site_or_company", "uuid")),
)
# the table's own constraints: f"{prefix}_{table}{suffix}"
CONSTRAINTS: tuple[tuple[str, str], ...] = (
    ("pk", ""),
    ("uq", "_case_number"),
    ("fk", "_establishment_id_establishment"),
)


def _rename(old: str, new: str) -> None:
    op.rename_table(old, new)
    if op.get_bind().dialect.name == "postgresql":
        for suffix, _columns in INDEXES:
            op.execute(f'ALTER INDEX "ix_{old}_{suffix}" RENAME TO "ix_{new}_{suffix}"')
        for prefix, suffix in CONSTRAINTS:
            op.execute(f'ALTER TABLE "{new}" RENAME CONSTRAINT "{prefix}_{old}{suffix}" TO "{prefix}_{new}{suffix}"')
        return
    for suffix, _columns in INDEXES:
        op.drop_index(f"ix_{old}_{suffix}", table_name=new)
    with op.batch_alter_table(new, recreate="always") as batch_op:
        batch_op.drop_constraint(f"uq_{old}_case_number", type_="unique")
        batch_op.create_unique_constraint(f"uq_{new}_case_number", ["case_number"])
        batch_op.drop_constraint(f"fk_{old}_establishment_id_establishment", type_="foreignkey")
        batch_op.create_foreign_key(f"fk_{new}_establishment_id_establishment", "establishment",
                                    ["establishment_id"], ["id"], ondelete="SET NULL")
    for suffix, columns in INDEXES:
        op.create_index(f"ix_{new}_{suffix}", new, list(columns), unique=False)


def upgrade() -> None:
    _rename("case", "cases")


def downgrade() -> None:
    _rename("cases", "case")

