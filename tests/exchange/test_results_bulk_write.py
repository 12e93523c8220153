"""Results rows written in bulk keep what the ORM gave each row: a UUID and timestamps of its
own, a version counted up on change, and a refusal when a row changed after it was read."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.imports import results
from eduqa_desktop.services.imports.run import apply_import
from eduqa_desktop.services.templates import write_template
from eduqa_desktop.storage.models import AuditEntry, ResultRow

ROWS = [
    ["2025-2026", 1, "7-A", "Algebra", "Sharipova Gulnora", 26, 5, 10, 8, 2],
    ["2025-2026", 1, "7-A", "Geometry", "Sharipova Gulnora", 26, 4, 10, 9, 2],
    ["2025-2026", 2, "7-A", "Algebra", "Sharipova Gulnora", 26, 6, 10, 8, 2],
]


def _file(db, school_id, tmp_path, rows, name="r.xlsx"):  # type: ignore[no-untyped-def]
    path = write_template(db, school_id, "results", tmp_path / name, "en")
    book = load_workbook(path)
    for row in rows:
        book.worksheets[0].append(row)
    book.save(path)
    return path


def _stored(db):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return {
            (r.term_id, r.subject_id): (r.uuid, r.row_version, r.n5, r.created_at, r.updated_at)
            for r in session.scalars(select(ResultRow))
        }


def test_new_rows_get_their_own_uuid_version_and_times(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    plan = apply_import(db, ImportRequest(ImportKind.RESULTS, _file(db, school_id, tmp_path, ROWS),
                                          school_id))  # fmt: skip
    assert plan.written and plan.created == 3
    stored = _stored(db)
    assert len({uuid for uuid, *_ in stored.values()}) == 3
    assert all(version == 1 and created and updated for _, version, _, created, updated
               in stored.values())  # fmt: skip
    with db.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert entry.after["created"] == 3


def test_a_changed_row_counts_its_version_up_and_the_others_stay(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = _file(db, school_id, tmp_path, ROWS)
    apply_import(db, ImportRequest(ImportKind.RESULTS, path, school_id))
    before = _stored(db)
    changed = [list(row) for row in ROWS]
    changed[1][6] = 5  # Geometry, n5 4 → 5
    path = _file(db, school_id, tmp_path, changed, "changed.xlsx")
    plan = apply_import(db, ImportRequest(ImportKind.RESULTS, path, school_id))
    assert (plan.created, plan.updated, plan.unchanged) == (0, 1, 2), plan.errors
    assert [row.details for row in plan.rows if row.details] == ["n5 4 → 5"]
    after = _stored(db)
    moved = [key for key in after if after[key] != before[key]]
    assert len(moved) == 1
    uuid, version, n5, created, updated = after[moved[0]]
    assert (uuid, version, n5, created) == (before[moved[0]][0], 2, 5, before[moved[0]][3])
    assert updated >= before[moved[0]][4]


def test_a_row_saved_after_the_import_read_it_stops_the_import(  # type: ignore[no-untyped-def]
    school, tmp_path, monkeypatch: pytest.MonkeyPatch
):
    db, school_id = school
    apply_import(db, ImportRequest(ImportKind.RESULTS, _file(db, school_id, tmp_path, ROWS),
                                   school_id))  # fmt: skip
    before = _stored(db)
    read = results._stored_rows

    def read_before_someone_saved(*args):  # type: ignore[no-untyped-def]
        return {key: stored._replace(row_version=stored.row_version - 1)
                for key, stored in read(*args).items()}  # fmt: skip

    monkeypatch.setattr(results, "_stored_rows", read_before_someone_saved)
    changed = [[*row[:6], row[6] + 1, *row[7:]] for row in ROWS]
    path = _file(db, school_id, tmp_path, changed, "changed.xlsx")
    with pytest.raises(UserError, match="Someone else saved"):
        apply_import(db, ImportRequest(ImportKind.RESULTS, path, school_id))
    assert _stored(db) == before
