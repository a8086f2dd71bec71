"""cases.next_deadline and cases.figures_version: exports and views read the stored figures instead of the engine

The list figures (owed, paid, shortfall, claim deadline) were already stored at save time; the exports still
ran the engine twice per case (29 % of a 100k-case export) for them and for the earliest deadline. Now the
earliest deadline is stored too, with the version of the engine and law tables that computed them. Existing
rows get NULL: a NULL or older version is stale, and the store recomputes stale rows in batches
(``CaseStore.refresh_stale_figures``) before anything reads them. Columns are added, no table is rebuilt.

Revision ID: 0009_figures_version
Revises: 0008_search_index
Create Date: 2026-12-02 00:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_figures_version"
down_revision = "0008_search_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("next_deadline", sa.Date(), nullable=True))
    op.add_column("cases", sa.Column("figures_version", sa.String(40), nullable=True))
    op.create_index("ix_cases_figures_version", "cases", ["figures_version"])


def downgrade() -> None:
    op.drop_index("ix_cases_figures_version", "cases")
    op.drop_column("cases", "figures_version")
    op.drop_column("cases", "next_deadline")
