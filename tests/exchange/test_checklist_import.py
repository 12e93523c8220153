"""A checklist workbook (exchange/checklist_workbook) imported: new, then unchanged."""

from __future__ import annotations

from sqlalchemy import func, select

from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.imports.run import apply_import
from eduqa_desktop.services.templates import write_template
from eduqa_desktop.storage.models import ChecklistTemplate


def test_checklist_template_imports_once(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = write_template(db, school_id, "checklist", tmp_path / "c.xlsx", "ru")
    with db.session() as session:
        before = session.scalar(select(func.count(ChecklistTemplate.id)))
    first = apply_import(db, ImportRequest(ImportKind.CHECKLIST, path, school_id))
    assert first.written and first.errors == ()
    assert first.created + first.updated + first.unchanged == 1
    second = apply_import(db, ImportRequest(ImportKind.CHECKLIST, path, school_id))
    assert (second.created, second.updated, second.unchanged) == (0, 0, 1)
    with db.session() as session:
        assert session.scalar(select(func.count(ChecklistTemplate.id))) <= before + 1
