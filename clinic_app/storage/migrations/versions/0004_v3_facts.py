"""v3 facts: the CNESST inquiry on the establishment, completed-year vacation wages, established fault, recall

Law engine v3 needs facts the intake did not keep apart: the date the CNESST mailed the employer a notice of
inquiry belongs to the establishment (s. 116 suspends prescription for all its employees), so it is copied
there from its cases (the earliest one, which suspends the most); the vacation indemnity on termination needs
the wages of the last completed reference year besides the current one (``reference_year_gross``); an
employer's allegation of serious fault is no longer an established one unless recorded so (existing cases
keep their allegation: they are computed as not proven, which is what the law says); recall rights under a
collective agreement (s. 83.1).

Columns are added (never a table rebuild), so foreign keys are untouched; the downgrade drops only them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 21:10:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("establishment", sa.Column("cnesst_inquiry_notice_date", sa.Date(), nullable=True))
    op.add_column("work_facts", sa.Column("vacation_wages_completed_year", sa.String(length=40), nullable=True))
    op.add_column("work_facts", sa.Column("serious_fault_established", sa.Boolean(), nullable=False,
                                          server_default=sa.false()))
    op.add_column("work_facts", sa.Column("recall_rights_months", sa.Integer(), nullable=True))
    op.execute(
        'UPDATE establishment SET cnesst_inquiry_notice_date = ('
        ' SELECT min(w.cnesst_inquiry_on) FROM work_facts w JOIN "case" c ON c.uuid = w.case_uuid'
        ' WHERE c.establishment_id = establishment.id)'
        ' WHERE cnesst_inquiry_notice_date IS NULL')


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+, PostgreSQL): no copy of the table, no cascade.
    op.drop_column("work_facts", "recall_rights_months")
    op.drop_column("work_facts", "serious_fault_established")
    op.drop_column("work_facts", "vacation_wages_completed_year")
    op.drop_column("establishment", "cnesst_inquiry_notice_date")
