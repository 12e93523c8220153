"""A hand-filled observations template imports back: criteria by number, final or draft by
completeness, every mistake with its row and column, all or nothing, twice changes nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from engines import location_of
from openpyxl import load_workbook
from sqlalchemy import func, select

from eduqa_desktop.cli import main
from eduqa_desktop.domain.observation_scoring import CriterionScore, observation_score
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.checklist_views import template_view
from eduqa_desktop.services.imports.run import apply_import, preview_import
from eduqa_desktop.services.templates import write_template
from eduqa_desktop.storage.models import (
    AuditEntry,
    Observation,
    ObservationRevision,
    ObservationScore,
)

from .conftest import row_counts

FIXED = 13  # date … next-steps due: the columns before the first criterion


def _template(db, school_id, tmp_path, language="en"):  # type: ignore[no-untyped-def]
    return write_template(db, school_id, "observations", tmp_path / "obs.xlsx", language)


def _criteria_count(path: Path) -> int:
    header = next(load_workbook(path).worksheets[0].iter_rows(max_row=1, values_only=True))
    return sum(1 for value in header if isinstance(value, str) and value[:1].isdigit())


def _fill(path: Path, rows: list[list[object]]) -> None:
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet.delete_rows(2)  # the example row
    for row in rows:
        sheet.append(row)
    book.save(path)


def _lesson(day: str, teacher: str, levels: list[object], **extra: object) -> list[object]:
    fixed: list[object] = [
        day, teacher, extra.get("class_name", "7-A"), "Algebra", extra.get("period", 2),
        extra.get("topic", "Fractions"), extra.get("purpose", "planned control"),
        "Inspector Rahimov", extra.get("checklist"), "Good pace", "More group work", "", None,
    ]  # fmt: skip
    assert len(fixed) == FIXED
    return fixed + levels


def _request(path: Path, school_id: int, **options: object) -> ImportRequest:
    return ImportRequest(ImportKind.OBSERVATIONS, path, school_id, **options)  # type: ignore[arg-type]


def test_template_has_a_column_per_criterion(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = _template(db, school_id, tmp_path, "ru")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert header[0] == "Дата" and "Балл (%)" not in header  # the score is never typed
    first = header[FIXED]
    assert first.startswith("1.1 ") and sheet.cell(1, FIXED + 1).comment is not None
    assert header.count(None) <= 1
    assert "N" in [c.value for c in book["Lists"]["J"]]  # the levels' drop-down list
    # the template's own example row is skipped on import
    plan = preview_import(db, _request(path, school_id))
    assert (plan.created, plan.errors) == (0, ())


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_round_trip_final_and_draft(school, tmp_path, language):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = _template(db, school_id, tmp_path, language)
    count = _criteria_count(path)
    complete = [3, 2, "N"] + [2] * (count - 3)
    partial = [1, 1]  # the rest left empty: a draft to finish in the app
    _fill(path, [
        _lesson("12.11.2025", "Sharipova Gulnora", complete),
        _lesson("13.11.2025", "Karimov B.A.", partial, class_name="7 «Б»", period="3",
                purpose="методическая помощь"),
    ])  # fmt: skip
    request = _request(path, school_id)
    preview = preview_import(db, request)
    assert preview.errors == ()
    assert (preview.created, preview.updated, preview.unchanged) == (2, 0, 0)
    assert preview.rows[0].details == "final" and preview.rows[1].details.startswith("draft")
    assert preview.rows[1].detail_params["numbers"].startswith("1.3, 2.1")
    assert apply_import(db, request).written

    with db.session() as session:
        final, draft = session.scalars(select(Observation).order_by(Observation.observed_on))
        assert final.status == ObservationStatus.FINAL and final.finalized_at is not None
        assert draft.status == ObservationStatus.DRAFT and draft.lesson_period == 3
        assert draft.purpose == Purpose.SUPPORT
        assert final.purpose == Purpose.PLANNED_CONTROL
        assert (final.topic, final.observer) == ("Fractions", "Inspector Rahimov")
        assert len(final.scores) == count and len(draft.scores) == 2
        not_applicable = [s for s in final.scores if s.not_applicable]
        assert len(not_applicable) == 1 and not_applicable[0].score is None
        weights = [c.weight for c in template_view(session, final.template_id).criteria]
        levels = [3, 2, None] + [2] * (count - 3)
        expected = observation_score(map(CriterionScore, levels, weights), 0, 3)
        assert final.score == pytest.approx(expected)
        assert draft.score == pytest.approx(100 / 3)  # two criteria, both at 1 of 0–3

    again = apply_import(db, request)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    with db.session() as session:
        assert session.scalar(select(func.count(Observation.id))) == 2


def test_every_mistake_is_listed_and_nothing_written(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = _template(db, school_id, tmp_path)
    count = _criteria_count(path)
    good = [2] * count
    _fill(path, [
        _lesson("12.11.2025", "Sharipova Gulnora", [2, "x", 7] + [2] * (count - 3)),
        _lesson("12.11.2030", "Sharipova Gulnora", good),
        _lesson("14.11.2025", "Sharipova Gulnora", good, checklist="Morning assembly v9"),
        _lesson("15.11.2025", "Sharipova Gulnora", good, period=13, purpose="picnic"),
        _lesson("16.11.2025", "Sharipova Gulnora", good),
        _lesson("16.11.2025", "Sharipova Gulnora", good),
    ])  # fmt: skip
    before = row_counts(db)
    plan = apply_import(db, _request(path, school_id))
    assert not plan.written
    found = {(p.row, p.column, p.value) for p in plan.errors}
    assert (2, "O", "x") in found  # criterion 1.2 (column 15)
    assert (2, "P", "7") in found  # criterion 1.3: off the scale 0–3
    assert (3, "A", "12.11.2030") in found  # a lesson in the future
    assert (4, "I", "Morning assembly v9") in found
    assert (5, "E", "13") in found and (5, "G", "picnic") in found
    assert any(p.row == 7 and "repeats row 6" in p.message for p in plan.errors)
    by_row = {p.row: p.message for p in plan.errors}
    assert "0, 1, 2, 3, or N" in by_row[2]
    assert row_counts(db) == before


def test_written_score_is_checked_against_the_criteria(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = _template(db, school_id, tmp_path)
    count = _criteria_count(path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet.delete_rows(2)
    score_column = FIXED + count + 1
    sheet.cell(1, score_column, "Score (%)")
    rows = [
        (_lesson("12.11.2025", "Sharipova Gulnora", [3] * count), 100),  # right
        (_lesson("13.11.2025", "Sharipova Gulnora", [3] * count), 80),  # does not add up
        (_lesson("14.11.2025", "Sharipova Gulnora", [None] * count), 75),  # only a score
    ]
    for index, (values, score) in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            sheet.cell(index, column, value)
        sheet.cell(index, score_column, score)
    book.save(path)
    plan = preview_import(db, _request(path, school_id))
    messages = {p.row: p.message for p in plan.errors}
    assert set(messages) == {3, 4}
    assert "give a score of 100.0 %" in messages[3]
    assert "calculated from the criteria" in messages[4]


def test_reimport_of_a_changed_final_lesson_is_a_correction(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = _template(db, school_id, tmp_path)
    count = _criteria_count(path)
    _fill(path, [
        _lesson("12.11.2025", "Sharipova Gulnora", [2] * count),
        _lesson("13.11.2025", "Karimov Bobur", [1] * (count - 1)),
    ])  # fmt: skip
    apply_import(db, _request(path, school_id))

    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet.cell(2, FIXED + 1, 3)  # the final lesson: a level changed
    sheet.cell(3, FIXED + count, 1)  # the draft: its last criterion filled in
    book.save(path)
    plan = apply_import(db, _request(path, school_id))
    assert plan.written and (plan.created, plan.updated) == (0, 2)
    with db.session() as session:
        corrected, completed = session.scalars(
            select(Observation).order_by(Observation.observed_on)
        )
        assert corrected.revision == 1
        revision = session.scalar(select(ObservationRevision))
        assert "obs.xlsx" in revision.reason and "row 2" in revision.reason
        assert revision.before["scores"][0]["score"] == 2
        assert (
            session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "correct"))
            == 1
        )
        assert completed.status == ObservationStatus.FINAL and completed.revision == 0

    book = load_workbook(path)
    book.worksheets[0].cell(2, FIXED + 2).value = None  # a final lesson cannot lose a level
    book.save(path)
    before = row_counts(db)
    refused = apply_import(db, _request(path, school_id))
    assert not refused.written
    assert "1.2" in refused.errors[0].message
    assert row_counts(db) == before


def test_unknown_teacher_is_asked_or_created(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = _template(db, school_id, tmp_path)
    _fill(path, [_lesson("12.11.2025", "Тошматов Анвар", [2] * _criteria_count(path))])
    plan = preview_import(db, _request(path, school_id))
    assert [q.name for q in plan.questions] == ["Тошматов Анвар"] and not plan.ok
    written = apply_import(db, _request(path, school_id, create_missing=True))
    assert written.written and written.new_teachers == ("Тошматов Анвар",)


def test_a_sheet_without_criteria_columns_is_refused(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = _template(db, school_id, tmp_path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet.delete_cols(FIXED + 1, 100)
    sheet.delete_rows(2)
    sheet.append(["12.11.2025", "Sharipova Gulnora"])
    book.save(path)
    plan = preview_import(db, _request(path, school_id))
    assert "no criterion columns" in plan.errors[0].message


def test_command_line_imports_a_filled_template(school, tmp_path, capsys):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = _template(db, school_id, tmp_path)
    _fill(path, [_lesson("12.11.2025", "Sharipova Gulnora", [3] * _criteria_count(path))])
    args = ["import", "observations", str(path), "--db", location_of(db), "--json"]
    assert main([*args, "--dry-run"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["unchanged"] == 1
    with db.session() as session:
        assert session.scalar(select(func.count(ObservationScore.id))) == _criteria_count(path)
        assert session.scalar(select(Observation.observed_on)) == date(2025, 11, 12)


def test_empty_purpose_or_checklist_keeps_what_a_known_lesson_has(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = _template(db, school_id, tmp_path)
    count = _criteria_count(path)
    _fill(path, [_lesson("12.11.2025", "Sharipova Gulnora", [2] * count, purpose="open lesson",
                         checklist="Lesson analysis (general scheme) v1")])  # fmt: skip
    assert apply_import(db, _request(path, school_id)).created == 1
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet.cell(2, 7).value = None  # purpose
    sheet.cell(2, 9).value = None  # checklist
    book.save(path)
    again = apply_import(db, _request(path, school_id))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    with db.session() as session:
        assert session.scalar(select(Observation.purpose)) == Purpose.OPEN_LESSON
