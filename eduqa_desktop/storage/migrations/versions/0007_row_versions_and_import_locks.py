"""Several people at once: a row version on the rows people edit, and import locks.

`row_version` (SQLAlchemy's version_id_col) on teachers, observations, result rows, checklist
templates and visit plan entries: an UPDATE that finds another version than it read changes
nothing, and the user is shown both. `import_locks`: one import per school at a time, with who
runs it and since when.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("teachers", "observations", "result_rows", "checklist_templates", "visit_plan_entries")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("row_version", sa.Integer(), server_default="1", nullable=False)
            )
    op.create_table(
        "import_locks",
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["school_id"], ["schools.id"], name=op.f("fk_import_locks_school_id_schools"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("school_id", name=op.f("pk_import_locks")),
    )


def downgrade() -> None:
    op.drop_table("import_locks")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("row_version")
