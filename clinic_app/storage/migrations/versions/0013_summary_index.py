"""A covering index for the coordinators' summary: live cases counted and their stored figures added up by
site, kind and status without reading one case row

The summary adds up every live case by site, kind and status with its stored amounts (owed, paid, shortfall),
and counts and lists the open cases whose claim deadline has passed with money still to claim. Read from the
table, that is every case row, decrypted page by page: 0.87 s at 100,000 cases. The index holds exactly those
columns (and the claim deadline, case number and id), so the same sums and the passed claims read only it.

Revision ID: 0013_summary_index
Revises: 0012_site_figures
Create Date: 2026-12-02 04:05:00
"""
from __future__ import annotations

from alembic import op

revision = "0013_summary_index"
down_revision = "0012_site_figures"
branch_labels = None
depends_on = None

#: ``paid_cents`` first on purpose: no list query filters or sorts on it, so SQLite's planner (which has no
#: statistics) never takes this index for the case list's ``deleted_at IS NULL`` pages instead of the keyset
#: indexes ``ix_cases_list_*`` (it did with ``deleted_at`` first, and sorted every live case for one page); the
#: summary reads it whole, as a covering index.
_COLUMNS = ["paid_cents", "deleted_at", "site_or_company", "kind", "status", "amount_owed_cents", "shortfall_cents",
            "claim_deadline", "case_number", "uuid"]


def upgrade() -> None:
    op.create_index("ix_cases_summary", "cases", _COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_cases_summary", "cases")
