"""The Voices figures from rounds in the database, against hand-computed numbers."""

from __future__ import annotations

import pytest
from survey_world import add_round

from eduqa_desktop.domain.surveys import Dimension, Tally
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.services.questionnaires import current_questionnaire, list_questionnaires
from eduqa_desktop.services.schools import create_school, list_schools
from eduqa_desktop.services.surveys import min_respondents, set_min_respondents, voices
from eduqa_desktop.storage.database import Database

TL, CS = Dimension.TEACHING_LEARNING, Dimension.CLIMATE_SAFETY


def _school(db: Database) -> int:
    return list_schools(db)[0].id


def _parents_and_teachers(db: Database, school: int) -> None:
    # parents, statements 1-2 teaching and learning, 5 climate and safety
    add_round(
        db,
        school,
        Stakeholder.PARENTS,
        10,
        {1: Tally(0, 1, 2, 3, 4), 2: Tally(1, 1, 2, 3, 3), 5: Tally(2, 2, 2, 2, 2)},
    )
    # the quarter before: climate 1 of 10 agreeing
    add_round(db, school, Stakeholder.PARENTS, 10, {5: Tally(4, 4, 1, 1, 0)}, term=1)
    # teachers, statements 7-8 climate and safety
    add_round(
        db, school, Stakeholder.TEACHERS, 10, {7: Tally(0, 0, 1, 4, 5), 8: Tally(0, 0, 0, 5, 5)}
    )


def test_the_shipped_questionnaires_are_installed_with_every_dimension(school_db: Database) -> None:
    found = list_questionnaires(school_db)
    assert [q.stakeholder for q in found] == [
        Stakeholder.PARENTS, Stakeholder.PUPILS, Stakeholder.TEACHERS, Stakeholder.EMPLOYERS
    ]  # fmt: skip
    for questionnaire in found:
        assert 10 <= len(questionnaire.statements) <= 16
        assert all(s.text["uz"] and s.text["ru"] and s.text["en"] for s in questionnaire.statements)
    dimensions = {s.dimension for q in found for s in q.statements}
    assert dimensions == set(Dimension)
    assert any(s.mechanisms for q in found for s in q.statements)


def test_index_per_group_and_dimension_from_summed_answers(school_db: Database) -> None:
    school = _school(school_db)
    _parents_and_teachers(school_db, school)
    data = voices(school_db, school_id=school)
    parents = data.group(Stakeholder.PARENTS)
    assert parents is not None and parents.when == ("2025-2026", 2)
    # teaching and learning: (1,2,4,6,7) -> 13 of 20 agree, mean 76/20
    assert parents.dimensions[TL].share_agreeing == pytest.approx(65.0)
    assert parents.dimensions[TL].mean == pytest.approx(3.8)
    assert parents.dimensions[CS].share_agreeing == pytest.approx(40.0)
    # all of the parents' answers: (3,4,6,8,9) -> 17 of 30, mean 106/30
    assert parents.overall.share_agreeing == pytest.approx(17 / 30 * 100)
    assert parents.overall.mean == pytest.approx(106 / 30)
    assert parents.respondents == 10
    # against the previous quarter: climate 10 % -> 40 %
    assert parents.previous_when == ("2025-2026", 1)
    assert parents.change(CS) == pytest.approx(30.0)
    assert parents.change(TL) is None  # not asked before
    teachers = data.group(Stakeholder.TEACHERS)
    assert teachers is not None
    assert teachers.dimensions[CS].share_agreeing == pytest.approx(95.0)
    assert teachers.dimensions[CS].mean == pytest.approx(4.45)
    [found] = data.gaps
    assert (found.group, found.other, found.dimension) == ("parents", "teachers", CS)
    assert found.points == pytest.approx(-55.0)


def test_a_chosen_quarter_shows_the_survey_of_then(school_db: Database) -> None:
    school = _school(school_db)
    _parents_and_teachers(school_db, school)
    data = voices(school_db, school_id=school, year="2025-2026", term=1)
    parents = data.group(Stakeholder.PARENTS)
    assert parents is not None and parents.when == ("2025-2026", 1)
    assert parents.dimensions[CS].share_agreeing == pytest.approx(10.0)
    assert data.group(Stakeholder.TEACHERS) is None


def test_the_minimum_number_of_respondents_is_a_setting(school_db: Database) -> None:
    school = _school(school_db)
    add_round(school_db, school, Stakeholder.PUPILS, 4, {1: Tally(0, 0, 0, 2, 2)})
    assert min_respondents(school_db) == 5
    pupils = voices(school_db, school_id=school).group(Stakeholder.PUPILS)
    assert pupils is not None and pupils.respondents == 4
    assert pupils.overall.share_agreeing is None and pupils.dimensions[TL].mean is None
    set_min_respondents(school_db, 3)
    pupils = voices(school_db, school_id=school).group(Stakeholder.PUPILS)
    assert pupils is not None and pupils.overall.share_agreeing == pytest.approx(100.0)


def test_schools_side_by_side_and_summed(school_db: Database) -> None:
    first = _school(school_db)
    second = create_school(school_db, "Ikkinchi maktab", year="2025-2026").id
    add_round(school_db, first, Stakeholder.PARENTS, 5, {1: Tally(0, 0, 0, 1, 4)})  # 5 of 5
    add_round(school_db, second, Stakeholder.PARENTS, 20, {1: Tally(5, 5, 5, 5, 0)})  # 5 of 20
    data = voices(school_db)
    assert [s.school for s in data.schools] == ["Ikkinchi maktab", "Test maktab"]
    by_name = {s.school: s.group(Stakeholder.PARENTS) for s in data.schools}
    assert by_name["Test maktab"].overall.share_agreeing == pytest.approx(100.0)  # type: ignore[union-attr]
    assert by_name["Ikkinchi maktab"].overall.share_agreeing == pytest.approx(25.0)  # type: ignore[union-attr]
    summed = data.group(Stakeholder.PARENTS)
    assert summed is not None and summed.respondents == 25 and summed.rounds == 2
    assert summed.overall.share_agreeing == pytest.approx(10 / 25 * 100)  # not (100+25)/2


def test_saving_a_round_again_replaces_it(school_db: Database) -> None:
    school = _school(school_db)
    first = add_round(school_db, school, Stakeholder.PARENTS, 6, {1: Tally(1, 1, 1, 1, 2)})
    again = add_round(school_db, school, Stakeholder.PARENTS, 6, {1: Tally(1, 1, 1, 1, 2)})
    assert again == first  # the same answers: nothing changed
    add_round(school_db, school, Stakeholder.PARENTS, 6, {1: Tally(0, 0, 0, 0, 6)})
    parents = voices(school_db, school_id=school).group(Stakeholder.PARENTS)
    assert parents is not None and parents.overall.share_agreeing == pytest.approx(100.0)
    assert parents.previous_overall is None  # replaced, not a second survey


def test_a_group_with_no_survey_is_not_shown(school_db: Database) -> None:
    assert voices(school_db).empty
    assert current_questionnaire(school_db, "employers").statements
