"""establishment.version: a site's facts are versioned like a case (a stale save is refused, not overwritten)

Two laptops (or two windows) editing the same site used to be last-writer-wins: the employer's count typed on
one silently replaced the other's. Existing sites start at version 1. A column is added, no table is rebuilt.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 22:15:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("establishment", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    op.drop_column("establishment", "version")
