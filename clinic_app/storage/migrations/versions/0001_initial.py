"""initial schema: cases, people, work facts, establishments, letters, audit, drafts, sync marks

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 06:32:45.989531
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('app_setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_setting'))
    )
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('case_uuid', sa.String(length=36), nullable=True),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_case_uuid'), ['case_uuid'], unique=False)

    op.create_table('draft',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_draft'))
    )
    op.create_table('establishment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=100), nullable=False),
    sa.Column('employer_legal_name', sa.String(length=300), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('jurisdiction', sa.String(length=8), nullable=False),
    sa.Column('closure_date', sa.Date(), nullable=True),
    sa.Column('establishment_terminations', sa.Integer(), nullable=True),
    sa.Column('terminations_with_drivers', sa.Integer(), nullable=True),
    sa.Column('collective_notice_weeks_given', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_establishment'))
    )
    with op.batch_alter_table('establishment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_establishment_code'), ['code'], unique=False)

    op.create_table('laptop',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('prefix', sa.String(length=12), nullable=False),
    sa.Column('next_sequence', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_laptop'))
    )
    op.create_table('sync_mark',
    sa.Column('peer', sa.String(length=100), nullable=False),
    sa.Column('case_uuid', sa.String(length=36), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('peer', 'case_uuid', name=op.f('pk_sync_mark'))
    )
    op.create_table('case',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('case_number', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('establishment_id', sa.String(length=36), nullable=True),
    sa.Column('letter_language', sa.String(length=8), nullable=False),
    sa.Column('interview_language', sa.String(length=8), nullable=False),
    sa.Column('documents_seen', sa.Text(), nullable=False),
    sa.Column('consent_given_at', sa.DateTime(), nullable=True),
    sa.Column('consent_scope', sa.String(length=32), nullable=True),
    sa.Column('consent_recorded_by', sa.String(length=200), nullable=False),
    sa.Column('consent_text_language', sa.String(length=8), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('display_name', sa.String(length=400), nullable=False),
    sa.Column('sort_name', sa.String(length=400), nullable=False),
    sa.Column('site_or_company', sa.String(length=300), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('duplicate_key', sa.String(length=400), nullable=False),
    sa.Column('amount_owed_cents', sa.BigInteger(), nullable=True),
    sa.Column('paid_cents', sa.BigInteger(), nullable=False),
    sa.Column('shortfall_cents', sa.BigInteger(), nullable=True),
    sa.Column('claim_deadline', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['establishment_id'], ['establishment.id'], name=op.f('fk_case_establishment_id_establishment'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_case')),
    sa.UniqueConstraint('case_number', name=op.f('uq_case_case_number'))
    )
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_amount_owed_cents'), ['amount_owed_cents'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_claim_deadline'), ['claim_deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_duplicate_key'), ['duplicate_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_establishment_id'), ['establishment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_shortfall_cents'), ['shortfall_cents'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_site_or_company'), ['site_or_company'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_sort_name'), ['sort_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_updated_at'), ['updated_at'], unique=False)

    op.create_table('case_note',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('case_uuid', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_uuid'], ['case.uuid'], name=op.f('fk_case_note_case_uuid_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_note'))
    )
    with op.batch_alter_table('case_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_note_case_uuid'), ['case_uuid'], unique=False)

    op.create_table('driver_engagement',
    sa.Column('case_uuid', sa.String(length=36), nullable=False),
    sa.Column('dsp_legal_name', sa.String(length=300), nullable=False),
    sa.Column('dsp_address', sa.Text(), nullable=False),
    sa.Column('client_name', sa.String(length=300), nullable=False),
    sa.Column('client_address', sa.Text(), nullable=False),
    sa.Column('station_code', sa.String(length=100), nullable=False),
    sa.Column('pay_basis', sa.String(length=16), nullable=True),
    sa.Column('vehicle_owned_by', sa.String(length=16), nullable=True),
    sa.Column('classified_as_contractor', sa.Boolean(), nullable=False),
    sa.Column('schedule_set_by', sa.String(length=16), nullable=True),
    sa.Column('routes_set_by', sa.String(length=16), nullable=True),
    sa.Column('could_refuse_routes', sa.Boolean(), nullable=True),
    sa.Column('could_send_substitute', sa.Boolean(), nullable=True),
    sa.Column('uniform_or_badge', sa.Boolean(), nullable=True),
    sa.Column('monitoring_app', sa.Boolean(), nullable=True),
    sa.Column('exclusivity', sa.Boolean(), nullable=True),
    sa.Column('tools_supplied_by', sa.String(length=16), nullable=True),
    sa.Column('paid_by', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['case_uuid'], ['case.uuid'], name=op.f('fk_driver_engagement_case_uuid_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_uuid', name=op.f('pk_driver_engagement'))
    )
    op.create_table('employer_payment',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('case_uuid', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('amount', sa.String(length=40), nullable=False),
    sa.Column('purpose', sa.String(length=24), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_uuid'], ['case.uuid'], name=op.f('fk_employer_payment_case_uuid_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employer_payment'))
    )
    with op.batch_alter_table('employer_payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employer_payment_case_uuid'), ['case_uuid'], unique=False)

    op.create_table('letter',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('case_uuid', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('recipient', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('figures', sa.Text(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_uuid'], ['case.uuid'], name=op.f('fk_letter_case_uuid_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter'))
    )
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_case_uuid'), ['case_uuid'], unique=False)

    op.create_table('person',
    sa.Column('case_uuid', sa.String(length=36), nullable=False),
    sa.Column('given_name', sa.String(length=200), nullable=False),
    sa.Column('family_name', sa.String(length=200), nullable=False),
    sa.Column('preferred_name', sa.String(length=200), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('address_line', sa.Text(), nullable=False),
    sa.Column('city', sa.String(length=200), nullable=False),
    sa.Column('province', sa.String(length=40), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('preferred_language', sa.String(length=8), nullable=False),
    sa.Column('interpreter_needed', sa.Boolean(), nullable=False),
    sa.Column('immigration_status', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_uuid'], ['case.uuid'], name=op.f('fk_person_case_uuid_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_uuid', name=op.f('pk_person'))
    )
    op.create_table('warehouse_employment',
    sa.Column('case_uuid', sa.String(length=36), nullable=False),
    sa.Column('employer_legal_name', sa.String(length=300), nullable=False),
    sa.Column('site_code', sa.String(length=100), nullable=False),
    sa.Column('badge', sa.String(length=8), nullable=True),
    sa.Column('job_title', sa.String(length=200), nullable=False),
    sa.Column('union_member', sa.Boolean(), nullable=False),
    sa.Column('union_name', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['case_uuid'], ['case.uuid'], name=op.f('fk_warehouse_employment_case_uuid_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_uuid', name=op.f('pk_warehouse_employment'))
    )
    op.create_table('weekly_wage',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('case_uuid', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('amount', sa.String(length=40), nullable=False),
    sa.Column('week_ending', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['case_uuid'], ['case.uuid'], name=op.f('fk_weekly_wage_case_uuid_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_weekly_wage'))
    )
    with op.batch_alter_table('weekly_wage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_weekly_wage_case_uuid'), ['case_uuid'], unique=False)

    op.create_table('work_facts',
    sa.Column('case_uuid', sa.String(length=36), nullable=False),
    sa.Column('jurisdiction', sa.String(length=8), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('last_day_worked', sa.Date(), nullable=True),
    sa.Column('termination_date', sa.Date(), nullable=True),
    sa.Column('layoff', sa.Boolean(), nullable=False),
    sa.Column('cause', sa.String(length=24), nullable=False),
    sa.Column('employment_type', sa.String(length=24), nullable=False),
    sa.Column('term_end_date', sa.Date(), nullable=True),
    sa.Column('notice_received_on', sa.Date(), nullable=True),
    sa.Column('notice_weeks_given', sa.String(length=40), nullable=True),
    sa.Column('notice_given_during_layoff', sa.Boolean(), nullable=False),
    sa.Column('hourly_rate', sa.String(length=40), nullable=True),
    sa.Column('weekly_hours', sa.String(length=40), nullable=True),
    sa.Column('weekly_wage', sa.String(length=40), nullable=True),
    sa.Column('wage_varies', sa.Boolean(), nullable=False),
    sa.Column('reference_year_gross', sa.String(length=40), nullable=True),
    sa.Column('release_signed', sa.Boolean(), nullable=False),
    sa.Column('release_signed_on', sa.Date(), nullable=True),
    sa.Column('cnesst_inquiry_on', sa.Date(), nullable=True),
    sa.Column('complaint_filed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['case_uuid'], ['case.uuid'], name=op.f('fk_work_facts_case_uuid_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_uuid', name=op.f('pk_work_facts'))
    )



def downgrade() -> None:

    op.drop_table('work_facts')
    with op.batch_alter_table('weekly_wage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_weekly_wage_case_uuid'))

    op.drop_table('weekly_wage')
    op.drop_table('warehouse_employment')
    op.drop_table('person')
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letter_case_uuid'))

    op.drop_table('letter')
    with op.batch_alter_table('employer_payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employer_payment_case_uuid'))

    op.drop_table('employer_payment')
    op.drop_table('driver_engagement')
    with op.batch_alter_table('case_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_note_case_uuid'))

    op.drop_table('case_note')
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_updated_at'))
        batch_op.drop_index(batch_op.f('ix_case_status'))
        batch_op.drop_index(batch_op.f('ix_case_sort_name'))
        batch_op.drop_index(batch_op.f('ix_case_site_or_company'))
        batch_op.drop_index(batch_op.f('ix_case_shortfall_cents'))
        batch_op.drop_index(batch_op.f('ix_case_kind'))
        batch_op.drop_index(batch_op.f('ix_case_establishment_id'))
        batch_op.drop_index(batch_op.f('ix_case_duplicate_key'))
        batch_op.drop_index(batch_op.f('ix_case_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_case_claim_deadline'))
        batch_op.drop_index(batch_op.f('ix_case_amount_owed_cents'))

    op.drop_table('case')
    op.drop_table('sync_mark')
    op.drop_table('laptop')
    with op.batch_alter_table('establishment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_establishment_code'))

    op.drop_table('establishment')
    op.drop_table('draft')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_case_uuid'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
    op.drop_table('app_setting')

