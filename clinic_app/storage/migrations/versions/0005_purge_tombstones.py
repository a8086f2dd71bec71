"""purge_tombstone: the UUIDs (and purge dates) of purged cases, so that no import brings one back

Holds no personal data: a UUID is random and the case number is not kept.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 21:20:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("purge_tombstone",
                    sa.Column("case_uuid", sa.String(length=36), nullable=False),
                    sa.Column("purged_at", sa.DateTime(), nullable=False),
                    sa.PrimaryKeyConstraint("case_uuid", name=op.f("pk_purge_tombstone")))
    # Cases purged before this version left an audit entry (action "purge", the case's UUID): keep them out
    # of future imports too.
    op.execute("INSERT INTO purge_tombstone (case_uuid, purged_at) "
               "SELECT case_uuid, min(at) FROM audit_entry WHERE action = 'purge' AND case_uuid IS NOT NULL "
               "GROUP BY case_uuid")


def downgrade() -> None:
    op.drop_table("purge_tombstone")
