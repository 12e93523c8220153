"""Logins are one whatever their case: "Ахмедов" and "ахмедов" are the same account.

Adds `accounts.login_key` (`domain.roles.login_key`: the login case-folded after NFKC), filled
for every account and unique. The login keeps the spelling its owner chose. Two accounts of an
older file whose logins differ only by case both keep working with their exact spelling: the
older one gets the key, the newer none (a warning in the log names them), and a new account
can no longer be made with a third spelling.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 08:00:00
"""

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from eduqa_desktop.domain.roles import login_key

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)


def upgrade() -> None:
    # A plain ADD COLUMN (no table copy), filled here: SQLite's lower() knows no Cyrillic.
    op.add_column("accounts", sa.Column("login_key", sa.String(length=100), nullable=True))
    accounts = sa.table(
        "accounts", sa.column("id", sa.Integer), sa.column("login"), sa.column("login_key")
    )
    connection = op.get_bind()
    owners: dict[str, str] = {}
    for account_id, login in connection.execute(
        sa.select(accounts.c.id, accounts.c.login).order_by(accounts.c.id)
    ):
        key = login_key(login)
        if key in owners:
            log.warning(
                "accounts %r and %r differ only by case: each logs in with its exact spelling",
                owners[key],
                login,
            )
            continue
        owners[key] = login
        connection.execute(
            sa.update(accounts).where(accounts.c.id == account_id).values(login_key=key)
        )
    op.create_index(op.f("ix_accounts_login_key"), "accounts", ["login_key"], unique=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_accounts_login_key"), table_name="accounts")
    op.drop_column("accounts", "login_key")
