"""attachment, attachment_data: evidence files of a case, inside the (encrypted) database

Two new tables, nothing rebuilt: ``attachment`` lists a case's files (kind, name, type, size, SHA-256, rotation,
who added it and when), ``attachment_data`` holds the bytes (SQLCipher encrypts them with the rest; PostgreSQL
stores bytea). Both go with the case when it is purged (ON DELETE CASCADE).

Revision ID: 0007_attachments
Revises: 0006
Create Date: 2026-12-01 23:55:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_attachments"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("case_uuid", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("filename", sa.String(400), nullable=False),
        sa.Column("mime", sa.String(40), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("rotation", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("added_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("added_by", sa.String(200), nullable=False),
        sa.Column("derived_from", sa.String(36), nullable=True),
        sa.ForeignKeyConstraint(["case_uuid"], ["case.uuid"], name="fk_attachment_case_uuid_case",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_attachment"),
    )
    op.create_index("ix_attachment_case_uuid", "attachment", ["case_uuid"])
    op.create_table(
        "attachment_data",
        sa.Column("attachment_id", sa.String(36), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachment.id"],
                                name="fk_attachment_data_attachment_id_attachment", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("attachment_id", name="pk_attachment_data"),
    )


def downgrade() -> None:
    op.drop_table("attachment_data")
    op.drop_index("ix_attachment_case_uuid", table_name="attachment")
    op.drop_table("attachment")
