"""The lesson timer of a draft observation: reopening the form continues it.

Adds `observations.timer_seconds` (the seconds the timer had run when the draft was saved)
and `observations.timer_running_since` (when it was running then: the moment, UTC, from which
it keeps counting). Both empty for every observation already in the file.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 21:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Not in batch mode: recreating the table would break the triggers that name it; SQLite
    # adds and drops a plain column in place.
    op.add_column("observations", sa.Column("timer_seconds", sa.Float(), nullable=True))
    op.add_column("observations", sa.Column("timer_running_since", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column("observations", "timer_running_since")
    op.drop_column("observations", "timer_seconds")
