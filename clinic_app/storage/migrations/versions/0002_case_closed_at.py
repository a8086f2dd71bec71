"""case.closed_at: the retention period (Law 25) counts from when a case was closed

Before this, purge candidates were chosen by the last update, so touching an old closed case (reading a
note into it) restarted its retention clock. Existing closed cases take their last update as closing date.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 07:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_case_closed_at"), ["closed_at"], unique=False)
    op.execute("UPDATE \"case\" SET closed_at = updated_at WHERE status = 'closed'")


def downgrade() -> None:
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_closed_at"))
        batch_op.drop_column("closed_at")
