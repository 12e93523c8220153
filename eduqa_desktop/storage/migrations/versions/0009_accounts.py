"""Accounts and roles: who logs in, with which role, reaching which schools.

`accounts` (login, display name, role, the school role's school, an argon2id password hash,
failed tries and locked-until, active), `account_schools` (the schools a methodologist or
inspector is assigned), and `audit_log.account`: the account an entry was made under (empty
on the entries before this revision, whose hashes stay as they were).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 21:02:21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('accounts',
    sa.Column('login', sa.String(length=100), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('administrator', 'methodologist', 'school', 'viewer', name='account_role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=True),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_accounts_school_id_schools'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts')),
    sa.UniqueConstraint('login', name=op.f('uq_accounts_login')),
    sa.UniqueConstraint('uuid', name=op.f('uq_accounts_uuid'))
    )
    op.create_table('account_schools',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_account_schools_account_id_accounts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_account_schools_school_id_schools'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('account_id', 'school_id', name=op.f('pk_account_schools'))
    )
    # A plain ADD COLUMN (no table copy): the audit log can be long.
    op.add_column('audit_log', sa.Column('account', sa.String(length=100), nullable=True))


def downgrade() -> None:
    op.drop_column('audit_log', 'account')  # SQLite drops a plain column in place (3.35+)
    op.drop_table('account_schools')
    op.drop_table('accounts')
