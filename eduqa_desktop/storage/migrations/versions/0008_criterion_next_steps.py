"""A next step for each checklist criterion: what to suggest when it scores low.

Adds `checklist_criteria.next_step` (JSON text, {"uz", "ru", "en"}) and fills it for the
shipped checklists already in the file from the library shipped with them
(resources/checklists/*.json), criterion by criterion where the criterion's English text is
still the shipped one — an edited criterion is left without a suggestion.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 18:40:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("checklist_criteria", sa.Column("next_step", sa.Text(), nullable=True))
    _fill_shipped()


def downgrade() -> None:
    # Not in batch mode: recreating the table would break the triggers that name it (the
    # scores' scale check); SQLite drops a plain column in place since 3.35.
    op.drop_column("checklist_criteria", "next_step")


def _fill_shipped() -> None:
    from eduqa_desktop.paths import CHECKLISTS_DIR

    bind = op.get_bind()
    for path in sorted(CHECKLISTS_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        shipped = {
            (c.get("text") or {}).get("en", "").strip(): c["next_step"]
            for s in data.get("sections", [])
            for c in s.get("criteria", [])
            if c.get("next_step")
        }
        rows = bind.execute(
            sa.text(
                "SELECT c.id, c.text_en FROM checklist_criteria c"
                " JOIN checklist_sections s ON s.id = c.section_id"
                " JOIN checklist_templates t ON t.id = s.template_id"
                " WHERE t.code = :code AND t.shipped AND c.next_step IS NULL"
            ),
            {"code": data.get("code", "")},
        ).all()
        for criterion_id, text_en in rows:
            step = shipped.get((text_en or "").strip())
            if step:
                bind.execute(
                    sa.text("UPDATE checklist_criteria SET next_step = :step WHERE id = :id"),
                    {"step": json.dumps(step, ensure_ascii=False, sort_keys=True), "id": criterion_id},
                )
