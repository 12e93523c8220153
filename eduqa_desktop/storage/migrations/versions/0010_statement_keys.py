"""A key for each questionnaire statement that its later versions keep.

Adds `questionnaire_statements.statement_key`: a statement edited in the questionnaire editor
keeps its key in the new version, a statement added gets a new one. The change since the
previous survey compares only statements with the same key (and dimension) on both sides,
so a survey answered with another version is compared like with like. Statements already in
the file get one key per questionnaire family and position.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 21:20:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "questionnaire_statements",
        sa.Column("statement_key", sa.String(length=36), nullable=True),
    )
    op.create_index(
        "ix_questionnaire_statements_statement_key",
        "questionnaire_statements",
        ["statement_key"],
        unique=False,
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT s.id, q.family, s.position FROM questionnaire_statements s"
            " JOIN questionnaires q ON q.id = s.questionnaire_id"
        )
    ).all()
    keys: dict[tuple[str, int], str] = {}
    for statement_id, family, position in rows:
        key = keys.setdefault((str(family), int(position)), str(uuid.uuid4()))
        bind.execute(
            sa.text("UPDATE questionnaire_statements SET statement_key = :key WHERE id = :id"),
            {"key": key, "id": statement_id},
        )


def downgrade() -> None:
    op.drop_index("ix_questionnaire_statements_statement_key", "questionnaire_statements")
    op.drop_column("questionnaire_statements", "statement_key")
