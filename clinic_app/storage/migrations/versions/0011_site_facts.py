"""establishment: the client company, the date of the notice to the Minister, the union and its agreement

Coordinators enter a site's facts once (issue "Sites and campaigns"): besides the counts and the weeks of notice,
the company the site or delivery company works for, the day the notice to the Minister was given (or nothing:
not known), and the union certified there with its collective agreement. Columns are added, nothing rebuilt;
existing sites get empty texts and an unknown date.

Revision ID: 0011
Revises: 0007_attachments
Create Date: 2026-12-02 00:05:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0007_attachments"
branch_labels = None
depends_on = None

_TEXTS = ("client_company", "union_name", "collective_agreement")


def upgrade() -> None:
    for name in _TEXTS:
        op.add_column("establishment", sa.Column(name, sa.String(300), nullable=False, server_default=""))
    op.add_column("establishment", sa.Column("minister_notice_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("establishment") as batch:
        for name in (*_TEXTS, "minister_notice_date"):
            batch.drop_column(name)
