"""A criterion's score on its checklist's scale, enforced on PostgreSQL too.

0001 enforces it on SQLite with triggers; a CHECK cannot look at another table, so PostgreSQL
needs a trigger function. Nothing changes on SQLite.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE FUNCTION observation_score_on_scale() RETURNS trigger AS $$
        BEGIN
            IF NEW.score IS NOT NULL AND EXISTS (
                SELECT 1 FROM checklist_criteria c
                JOIN checklist_sections s ON s.id = c.section_id
                JOIN checklist_templates t ON t.id = s.template_id
                WHERE c.id = NEW.criterion_id
                  AND (NEW.score < t.scale_min OR NEW.score > t.scale_max)) THEN
                RAISE EXCEPTION 'score outside the checklist scale'
                    USING ERRCODE = 'check_violation';
            END IF;
            RETURN NEW;
        END
        $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        """
        CREATE TRIGGER observation_score_on_scale
        BEFORE INSERT OR UPDATE ON observation_scores
        FOR EACH ROW EXECUTE FUNCTION observation_score_on_scale()
        """
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS observation_score_on_scale ON observation_scores")
    op.execute("DROP FUNCTION IF EXISTS observation_score_on_scale()")
