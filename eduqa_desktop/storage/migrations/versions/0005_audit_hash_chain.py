"""The audit log as a hash chain: each entry carries the hash of the one before it.

Entries written before this revision are chained here, in id order, so that the whole log can
be verified from its first entry.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 19:00:00
"""

import json
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from eduqa_desktop.storage.audit_chain import GENESIS, entry_hash

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('previous_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('entry_hash', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_audit_log_entry_hash'), ['entry_hash'], unique=False)
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT id, at, who, action, entity, entity_uuid, before, after FROM audit_log ORDER BY id"
    )).fetchall()
    previous = GENESIS
    for row in rows:
        at = row.at if isinstance(row.at, datetime) or row.at is None else datetime.fromisoformat(str(row.at))
        digest = entry_hash(
            previous, at, row.who or "", row.action, row.entity, row.entity_uuid,
            None if row.before is None else json.loads(row.before),
            None if row.after is None else json.loads(row.after),
        )
        connection.execute(
            sa.text("UPDATE audit_log SET previous_hash = :p, entry_hash = :h WHERE id = :i"),
            {"p": previous, "h": digest, "i": row.id},
        )
        previous = digest


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_entry_hash'))
        batch_op.drop_column('entry_hash')
        batch_op.drop_column('previous_hash')
