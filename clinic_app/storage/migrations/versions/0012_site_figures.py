"""Stored figures for the site view and the deadline dashboard: both counts, every head and every deadline

The site view added up every case of a site on both counts (the employer's, and with the drivers deemed
employees) and the dashboard computed every deadline, by running the engine on each whole case: 3.2 s and
7.6 s for a site of 4,857 cases. The cases row now also keeps the total claim, the amount owed and total claim
on the second count, the last day a head falls due, the latest prescription date that may keep a claim alive
and whether a CNESST notice of inquiry may still come, and its deadlines as one text read by the dashboard
through the covering index ``ix_cases_dashboard`` (a site's cases are consecutive entries there: no scattered
row is read); ``case_deadline`` holds each deadline (kind, date,
section) and ``case_head`` each head's due date and amount, in the engine's order. New columns are NULL and the
new tables empty: every row is stale (FIGURES_VERSION changed with this revision) until the store recomputes
it. The downgrade empties ``figures_version`` too: with these columns gone, a later upgrade must not find rows
marked current whose new columns are empty.

Revision ID: 0012_site_figures
Revises: 0009_figures_version
Create Date: 2026-12-02 03:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_site_figures"
down_revision = "0009_figures_version"
branch_labels = None
depends_on = None

_COLUMNS = (("total_claim_cents", sa.BigInteger()), ("owed_drivers_cents", sa.BigInteger()),
            ("claim_drivers_cents", sa.BigInteger()), ("last_due", sa.Date()), ("later_due_until", sa.Date()),
            ("inquiry_may_save", sa.Boolean()), ("deadlines_text", sa.Text()))
_DASHBOARD = ["site_or_company", "deleted_at", "status", "figures_version", "created_by", "case_number", "uuid",
              "later_due_until", "inquiry_may_save", "deadlines_text"]


def upgrade() -> None:
    for name, type_ in _COLUMNS:
        op.add_column("cases", sa.Column(name, type_, nullable=True))
    op.create_index("ix_cases_dashboard", "cases", _DASHBOARD)
    op.create_table(
        "case_deadline",
        sa.Column("case_uuid", sa.String(36), sa.ForeignKey("cases.uuid", ondelete="CASCADE",
                                                            name="fk_case_deadline_case_uuid_cases"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(60), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("basis", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("case_uuid", "position", name="pk_case_deadline"),
    )
    op.create_index("ix_case_deadline_date", "case_deadline", ["date"])
    op.create_table(
        "case_head",
        sa.Column("case_uuid", sa.String(36), sa.ForeignKey("cases.uuid", ondelete="CASCADE",
                                                            name="fk_case_head_case_uuid_cases"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("case_uuid", "position", name="pk_case_head"),
    )


def downgrade() -> None:
    op.drop_table("case_head")
    op.drop_index("ix_case_deadline_date", "case_deadline")
    op.drop_table("case_deadline")
    op.drop_index("ix_cases_dashboard", "cases")
    for name, _type in reversed(_COLUMNS):
        op.drop_column("cases", name)
    op.execute(sa.text("UPDATE cases SET figures_version = NULL"))
