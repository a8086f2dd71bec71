"""Which stored deadlines may be a case's row on the deadline dashboard, and an index to walk them by date

The dashboard window shows its first page (the most urgent cases) by walking the deadlines by date from the
day asked: up for the deadlines still to come, down for the passed ones. Walking every deadline read, at
100,000 cases, the 76,000 civil claims that lie beyond every statutory deadline before finding that nothing
was left to come (and ten times that at 1,000,000). ``row_role`` says what
``clinic_app.domain.deadlines.row_roles`` decides at save time (0: never the row, 1: may be the row to come,
2: may be the row to come or passed), filled here from the kinds already stored by the same rule said in SQL.
Each deadline also carries its case's number (given at creation, never changed): the dashboard orders the
cases of one day by it, and a mass layoff puts thousands of claims on the same day. The index
``(row_role, date, case_number, case_uuid)`` serves both walks and the counts without reading a table row.

Revision ID: 0014_deadline_roles
Revises: 0013_summary_index
Create Date: 2026-12-02 06:20:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_deadline_roles"
down_revision = "0013_summary_index"
branch_labels = None
depends_on = None

_CIVIL = "civil_reasonable_notice"


def upgrade() -> None:
    op.add_column("case_deadline", sa.Column("row_role", sa.Integer(), server_default="0", nullable=False))
    op.add_column("case_deadline", sa.Column("case_number", sa.String(32), server_default="", nullable=False))
    op.execute(sa.text("UPDATE case_deadline SET case_number = "
                       "(SELECT cases.case_number FROM cases WHERE cases.uuid = case_deadline.case_uuid)"))
    # the rule of domain.deadlines.row_roles: statutory = every kind but the civil claim, or the civil claim
    # of a case that has nothing else; a statutory deadline may be the row to come (1), and the passed row
    # too (2) when it is the claim or the case has no claim
    op.execute(sa.text(
        "UPDATE case_deadline SET row_role = CASE "
        "WHEN kind = 'claim' THEN 2 "
        f"WHEN kind <> '{_CIVIL}' THEN CASE WHEN EXISTS (SELECT 1 FROM case_deadline o "
        "WHERE o.case_uuid = case_deadline.case_uuid AND o.kind = 'claim') THEN 1 ELSE 2 END "
        f"WHEN NOT EXISTS (SELECT 1 FROM case_deadline o WHERE o.case_uuid = case_deadline.case_uuid "
        f"AND o.kind <> '{_CIVIL}') THEN 2 ELSE 0 END"))
    op.create_index("ix_case_deadline_role", "case_deadline", ["row_role", "date", "case_number", "case_uuid"])


def downgrade() -> None:
    op.drop_index("ix_case_deadline_role", "case_deadline")
    with op.batch_alter_table("case_deadline") as batch:
        batch.drop_column("case_number")
        batch.drop_column("row_role")
