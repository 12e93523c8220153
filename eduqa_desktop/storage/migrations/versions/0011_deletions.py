"""Tombstones: the records deleted on this computer, so that exchanges carry deletions.

Adds `deletions` (the deleted record's UUID, its kind, its school, when and by whom) and
fills it from the audit log's deletions of observations, results rows and activities made
before this version; the school is found from what the entry kept where it can be.

Revision ID: 0011
Revises: 0010
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = {"observation": "observation", "result_row": "result_row", "activity": "activity"}


def upgrade() -> None:
    op.create_table(
        "deletions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["school_id"], ["schools.id"], name=op.f("fk_deletions_school_id_schools"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deletions")),
        sa.UniqueConstraint("record_uuid", name=op.f("uq_deletions_record_uuid")),
    )
    op.create_index("ix_deletions_school_kind", "deletions", ["school_id", "kind"])
    _from_the_audit_log()


def downgrade() -> None:
    op.drop_index("ix_deletions_school_kind", table_name="deletions")
    op.drop_table("deletions")


def _school_of(bind: sa.Connection, entity: str, before: dict) -> int | None:
    if entity == "observation" and before.get("school_id"):
        return int(before["school_id"])
    table, key = {"result_row": ("classes", "class_id"), "activity": ("teachers", "teacher_id")}.get(
        entity, ("", "")
    )
    if not table or not before.get(key):
        return None
    return bind.execute(
        sa.text(f"SELECT school_id FROM {table} WHERE id = :id"), {"id": int(before[key])}
    ).scalar()


def _from_the_audit_log() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT entity, entity_uuid, at, who, before FROM audit_log"
            " WHERE action = 'delete' AND entity_uuid IS NOT NULL ORDER BY id"
        )
    ).all()
    seen: set[str] = set()
    for entity, entity_uuid, at, who, before in rows:
        if entity not in KINDS or entity_uuid in seen:
            continue
        seen.add(entity_uuid)
        try:
            kept = json.loads(before) if before else {}
        except ValueError:
            kept = {}
        bind.execute(
            sa.text(
                "INSERT INTO deletions (record_uuid, kind, school_id, deleted_at, deleted_by)"
                " VALUES (:uuid, :kind, :school, :at, :who)"
            ),
            {"uuid": entity_uuid, "kind": KINDS[entity], "at": at, "who": who or "",
             "school": _school_of(bind, entity, kept if isinstance(kept, dict) else {})},
        )  # fmt: skip
