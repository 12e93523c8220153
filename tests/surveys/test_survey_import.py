"""The survey templates filled in and imported: both layouts, the preview, bad files refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from survey_world import fill_respondents, fill_tallies

from eduqa_desktop.domain.surveys import Dimension
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.exchange.survey_reader import read_survey
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.services.survey_files import survey_template
from eduqa_desktop.services.survey_import import (
    SurveyImportRequest,
    apply_survey_import,
    preview_survey_import,
)
from eduqa_desktop.services.surveys import voices
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.survey_models import SurveyRound, SurveyTally

# 8 parents; statements 1 and 2 (teaching and learning), 5 (climate); one left 2 blank.
ROWS: list[tuple[int | None, ...]] = [
    (1, 2, None, None, 4),
    (2, 2, None, None, 4),
    (3, 3, None, None, 5),
    (4, 3, None, None, 5),
    (4, 4, None, None, 5),
    (5, 4, None, None, 2),
    (5, 5, None, None, 1),
    (5, None, None, None, 4),
]
# the same answers counted by hand: statement -> how many chose 1..5
TALLIES = {1: (1, 1, 1, 2, 3), 2: (0, 2, 2, 2, 1), 5: (1, 1, 0, 3, 3)}


def _count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.query(model).count()


def _request(db: Database, path: Path, **kwargs: object) -> SurveyImportRequest:
    return SurveyImportRequest(path, list_schools(db)[0].id, **kwargs)  # type: ignore[arg-type]


def test_both_layouts_give_the_same_index(school_db: Database, tmp_path: Path) -> None:
    tallies = fill_tallies(
        survey_template(school_db, tmp_path / "t.xlsx", "parents"),
        TALLIES,
        year="2025-2026",
        term=2,
        respondents=8,
    )
    rows = fill_respondents(
        survey_template(school_db, tmp_path / "r.xlsx", "parents", layout="respondents"),
        ROWS,
        year="2025-2026",
        term=2,
    )
    a, b = read_survey(tallies), read_survey(rows)
    assert a.problems == [] and b.problems == []
    assert a.tallies == b.tallies and a.counted_respondents == b.counted_respondents == 8
    first = preview_survey_import(school_db, _request(school_db, tallies))
    second = preview_survey_import(school_db, _request(school_db, rows))
    assert first.ok and second.ok
    assert first.overall == second.overall and first.dimensions == second.dimensions
    # teaching and learning: (1,3,3,4,4) -> 8 of 15 agree; mean (1+6+9+16+20)/15
    tl = first.dimensions[Dimension.TEACHING_LEARNING]
    assert tl.share_agreeing == pytest.approx(8 / 15 * 100) and tl.mean == pytest.approx(52 / 15)
    assert first.respondents == 8 and first.statements == 3 and first.answers == 23
    assert _count(school_db, SurveyRound) == 0  # a preview writes nothing


def test_import_writes_one_round_and_again_changes_nothing(
    school_db: Database, tmp_path: Path
) -> None:
    path = fill_tallies(
        survey_template(school_db, tmp_path / "t.xlsx", "parents"), TALLIES, respondents=8
    )
    request = _request(school_db, path, year="2025-2026", term=3)
    plan = apply_survey_import(school_db, request)
    assert plan.written and not plan.replaces and (plan.year, plan.term) == ("2025-2026", 3)
    assert _count(school_db, SurveyRound) == 1 and _count(school_db, SurveyTally) == 3
    parents = voices(school_db).group(Stakeholder.PARENTS)
    assert parents is not None and parents.when == ("2025-2026", 3)
    assert parents.dimensions[Dimension.CLIMATE_SAFETY].share_agreeing == pytest.approx(75.0)
    again = apply_survey_import(school_db, request)
    assert again.written and again.replaces and again.unchanged
    assert _count(school_db, SurveyRound) == 1 and _count(school_db, SurveyTally) == 3


def test_fewer_than_five_is_imported_but_withheld(school_db: Database, tmp_path: Path) -> None:
    path = fill_respondents(
        survey_template(school_db, tmp_path / "r.xlsx", "pupils", layout="respondents"),
        [(5, 5, 5), (4, 4, 4)],
        year="2025-2026",
        term=2,
    )
    plan = apply_survey_import(school_db, _request(school_db, path))
    assert plan.written and plan.withheld and plan.overall is not None
    assert plan.overall.share_agreeing is None
    pupils = voices(school_db).group(Stakeholder.PUPILS)
    assert pupils is not None and pupils.respondents == 2 and pupils.overall.mean is None


@pytest.mark.parametrize(
    ("counts", "fields", "where", "words"),
    [
        ({1: (1, 1, "many", 0, 0)}, {"respondents": 8}, ("F",), "whole number 0 or more"),
        ({1: (1, 1, -2, 0, 0)}, {"respondents": 8}, ("F",), "whole number 0 or more"),
        ({1: (3, 3, 3, 3, 3)}, {"respondents": 8}, (), "only 8 questionnaires"),
        ({1: (1, 0, 0, 0, 0)}, {"respondents": "eight"}, ("B",), "must be a whole number"),
        ({1: (1, 0, 0, 0, 0)}, {"year": "2025"}, ("B",), "not an academic year"),
        ({1: (1, 0, 0, 0, 0)}, {"term": 7}, ("B",), "1, 2, 3 or 4"),
    ],
)
def test_bad_tallies_are_refused_saying_where(
    school_db: Database,
    tmp_path: Path,
    counts: dict[int, tuple[object, ...]],
    fields: dict[str, object],
    where: tuple[str, ...],
    words: str,
) -> None:
    base: dict[str, object] = {"year": "2025-2026", "term": 2, "respondents": 8}
    path = fill_tallies(
        survey_template(school_db, tmp_path / "t.xlsx", "parents"), counts, **(base | fields)
    )
    plan = apply_survey_import(school_db, _request(school_db, path))
    assert not plan.ok and not plan.written
    assert any(words in p.message for p in plan.problems), [p.message for p in plan.problems]
    if where:
        assert where[0] in {p.column for p in plan.problems}
    assert _count(school_db, SurveyRound) == 0


def test_a_bad_answer_in_a_respondent_row_names_its_cell(
    school_db: Database, tmp_path: Path
) -> None:
    path = fill_respondents(
        survey_template(school_db, tmp_path / "r.xlsx", "teachers", layout="respondents"),
        [(5, 4, 3)] * 5 + [(5, 6, 3)],
        year="2025-2026",
        term=2,
    )
    plan = apply_survey_import(school_db, _request(school_db, path))
    [problem] = plan.problems
    assert (problem.column, problem.value) == ("C", "6") and "1, 2, 3, 4 or 5" in problem.message
    header = next(
        r
        for r in range(1, 20)
        if load_workbook(path).worksheets[0].cell(r, 1).value == "Respondent"
    )
    assert problem.row == header + 6
    assert _count(school_db, SurveyRound) == 0


def test_files_that_are_not_survey_templates(school_db: Database, tmp_path: Path) -> None:
    text = tmp_path / "answers.csv"
    text.write_text("1,2,3\n", encoding="utf-8")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    other = tmp_path / "other.xlsx"
    from openpyxl import Workbook

    Workbook().save(other)
    for path, words in (
        (text, "not an .xlsx workbook"),
        (broken, "is damaged or incomplete"),
        (other, "not a survey template"),
    ):
        plan = apply_survey_import(school_db, _request(school_db, path))
        assert not plan.written and any(words in p.message for p in plan.problems), path
    no_term = fill_tallies(
        survey_template(school_db, tmp_path / "t.xlsx", "parents"), {1: (1, 1, 1, 1, 1)}
    )
    plan = apply_survey_import(school_db, _request(school_db, no_term))
    assert any("which academic year and quarter" in p.message for p in plan.problems)
    empty = fill_tallies(
        survey_template(school_db, tmp_path / "e.xlsx", "parents"), {}, year="2025-2026", term=1
    )
    plan = apply_survey_import(school_db, _request(school_db, empty))
    assert any("no answers" in p.message for p in plan.problems)
    assert _count(school_db, SurveyRound) == 0


def test_the_template_asks_for_no_names_and_refuses_unknown_groups(
    school_db: Database, tmp_path: Path
) -> None:
    path = survey_template(school_db, tmp_path / "t.xlsx", "employers", language="ru")
    book = load_workbook(path)
    texts = " ".join(
        str(c.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for c in row
        if c.value
    )
    assert "Анкета для работодателей" in texts and "Полностью согласен" in texts
    assert "ФИО" not in texts and "Name" not in texts
    assert book["eduqa"].sheet_state == "hidden"
    with pytest.raises(UserError):
        survey_template(school_db, tmp_path / "x.xlsx", "inspectors")
