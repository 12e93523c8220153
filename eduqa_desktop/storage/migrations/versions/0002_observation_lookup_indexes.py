"""Indexes for a teacher's observation history and the visit plan's status look-ups.

The profile and the plan ask "observations of this teacher, newest first" and "final
observations of this teacher in this period"; without these they scan the table.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_observations_teacher_date", "observations", ["teacher_id", "observed_on"]
    )
    op.create_index(
        "ix_observations_teacher_status_date",
        "observations",
        ["teacher_id", "status", "observed_on"],
    )


def downgrade() -> None:
    op.drop_index("ix_observations_teacher_status_date", table_name="observations")
    op.drop_index("ix_observations_teacher_date", table_name="observations")
