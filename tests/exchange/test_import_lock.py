"""One import per school at a time: while another import holds the school, an import is
refused with who holds it and since when, and writes nothing; a crashed import's lock is taken
over after a while."""

from __future__ import annotations

from datetime import timedelta

import pytest
from openpyxl import load_workbook

from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.imports.run import apply_import
from eduqa_desktop.services.templates import write_template
from eduqa_desktop.storage import import_locks
from eduqa_desktop.storage.import_locks import school_import_lock
from eduqa_desktop.storage.models import ImportLock
from eduqa_desktop.storage.types import utc_now

from .conftest import row_counts


def _results_file(db, school_id, tmp_path):  # type: ignore[no-untyped-def]
    path = write_template(db, school_id, "results", tmp_path / "r.xlsx", "en")
    book = load_workbook(path)
    book.worksheets[0].append(
        ["2025-2026", 1, "7-A", "Algebra", "Sharipova Gulnora", 26, 5, 10, 8, 2]
    )
    book.save(path)
    return ImportRequest(ImportKind.RESULTS, path, school_id)


def test_an_import_while_another_holds_the_school_is_refused(school, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db, school_id = school
    request = _results_file(db, school_id, tmp_path)
    with school_import_lock(db, school_id, "inspector (district-pc)"):  # the other import
        before = row_counts(db)
        with pytest.raises(UserError, match=r"inspector \(district-pc\) has been importing"):
            apply_import(db, request)
        assert row_counts(db) == before
    plan = apply_import(db, request)  # the other one has finished
    assert plan.written and plan.created == 1
    with db.session() as session:
        assert session.get(ImportLock, school_id) is None  # let go after the import


def test_a_refused_import_leaves_the_holders_lock(school, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db, school_id = school
    request = _results_file(db, school_id, tmp_path)
    with school_import_lock(db, school_id, "first"):
        with pytest.raises(UserError):
            apply_import(db, request)
        with db.session() as session:
            assert session.get(ImportLock, school_id).holder == "first"


def test_a_crashed_imports_lock_is_taken_over(school, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db, school_id = school
    with db.session() as session:
        session.add(
            ImportLock(
                school_id=school_id, holder="crashed",
                started_at=utc_now() - import_locks.STALE_AFTER - timedelta(minutes=1),
            )
        )  # fmt: skip
    plan = apply_import(db, _results_file(db, school_id, tmp_path))
    assert plan.written
