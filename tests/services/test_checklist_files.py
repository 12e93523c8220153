"""Checklist files settled against the database: new, unchanged, next version; File ▸ Import."""

from __future__ import annotations

import pytest
from xlsform_world import SURVEY, edited, write_form

from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.checklist_files import (
    export_checklist,
    import_checklist_file,
    preview_checklist_import,
)
from eduqa_desktop.services.checklists import list_checklists, set_archived
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.imports.run import apply_import, preview_import
from eduqa_desktop.services.schools import list_schools


def _current(db) -> dict[str, tuple[int, int]]:  # type: ignore[no-untyped-def]
    return {
        s.name["ru"] or s.name["en"]: (s.id, s.version)
        for s in list_checklists(db, include_archived=True)
    }


def test_file_import_of_an_xlsform_then_unchanged(school_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    school_id = list_schools(school_db)[0].id
    path = write_form(tmp_path / "kobo.xlsx")
    request = ImportRequest(ImportKind.CHECKLIST, path, school_id)
    plan = preview_import(school_db, request)
    assert (plan.created, plan.written, plan.sheet) == (1, False, "survey")
    row = plan.rows[0]
    assert row.what == "Посещение урока v1"
    assert row.detail_params == {"sections": 3, "criteria": 3, "scale": "1–4",
                                 "languages": "ru, en", "skipped": 7}  # fmt: skip
    assert "Посещение урока" not in _current(school_db)
    assert apply_import(school_db, request).written
    again = apply_import(school_db, request)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)


def test_a_form_without_form_id_is_versioned_by_its_name(school_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = [["form_title"], ["Посещение урока"]]
    first = import_checklist_file(school_db, write_form(tmp_path / "a.xlsx", settings=settings))
    assert (first.action, first.version, first.written) == ("create", 1, True)
    set_archived(school_db, first.template_id, True)
    changed = write_form(
        tmp_path / "b.xlsx", edited(SURVEY, 13, 4, "Mutual respect"), settings=settings
    )
    preview = preview_checklist_import(school_db, changed)
    assert (preview.action, preview.version, preview.template_id) == ("update", 2, None)
    second = import_checklist_file(school_db, changed)
    assert (second.action, second.version) == ("update", 2)
    current = [
        s
        for s in list_checklists(school_db, include_archived=True)
        if s.name["ru"] == "Посещение урока"
    ]
    assert [(s.id, s.version, s.archived) for s in current] == [(second.template_id, 2, True)]


def test_export_writes_the_version_and_reads_back_unchanged(school_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.exchange.xlsform_reader import read_xlsform

    shipped = list_checklists(school_db)[0]
    out = export_checklist(school_db, shipped.id, tmp_path / "out.xlsx", language="uz")
    form = read_xlsform(out)
    assert form.version == str(shipped.version) and form.spec.code
    assert preview_checklist_import(school_db, out).action == "unchanged"
    workbook = export_checklist(school_db, shipped.id, tmp_path / "w.xlsx", file_format="workbook")
    assert preview_checklist_import(school_db, workbook).action == "unchanged"
    with pytest.raises(UserError, match="not a checklist file format"):
        export_checklist(school_db, shipped.id, tmp_path / "x.xlsx", file_format="pdf")


def test_a_bad_form_writes_nothing(school_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = _current(school_db)
    bad = write_form(tmp_path / "bad.xlsx", edited(SURVEY, 5, 1, "select_one nowhere"))
    with pytest.raises(UserError, match="row 5, column A"):
        import_checklist_file(school_db, bad)
    school_id = list_schools(school_db)[0].id
    with pytest.raises(UserError):
        apply_import(school_db, ImportRequest(ImportKind.CHECKLIST, bad, school_id))
    assert _current(school_db) == before


def test_a_viewer_may_look_at_a_form_but_not_import_it(school_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.domain.roles import Role
    from eduqa_desktop.services import accounts
    from eduqa_desktop.services.access import AccessDenied
    from eduqa_desktop.services.accounts import AccountFields
    from eduqa_desktop.storage.database import open_database

    accounts.create_account(
        school_db, AccountFields("admin", "Admin", Role.ADMINISTRATOR), "pw-1234567"
    )
    accounts.create_account(school_db, AccountFields("viewer", "Viewer", Role.VIEWER), "pw-1234567")
    db = open_database(school_db.engine.url.render_as_string(hide_password=False))
    try:
        accounts.log_in(db, "viewer", "pw-1234567")
        path = write_form(tmp_path / "kobo.xlsx")
        assert preview_checklist_import(db, path).action == "create"
        with pytest.raises(AccessDenied):
            import_checklist_file(db, path)
        assert "Посещение урока" not in _current(db)
    finally:
        db.close()
