"""Graduates: a cohort saved and replaced, checks that refuse, the figures summed per grade."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from eduqa_desktop.domain.graduates import Destination as D
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.graduates import (
    CohortEntry,
    Placement,
    cohort_entry,
    graduates,
    mechanism_graduates,
    partner_names,
    save_cohort,
)
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.survey_models import GraduateCohort, PartnerOrganisation

ELEVEN = {D.UNIVERSITY: 10, D.DUAL_EDUCATION: 3, D.INTERNSHIP: 2, D.UNKNOWN: 5}


def _school(db: Database) -> int:
    return list_schools(db)[0].id


def test_a_cohort_is_saved_replaced_and_read_back(school_db: Database) -> None:
    school = _school(school_db)
    placements = (
        Placement("“Agromash” zavodi", D.DUAL_EDUCATION, 2, "Mashinasozlik"),
        Placement("agromash  zavodi", D.INTERNSHIP, 1),  # the same partner, typed otherwise
        Placement("Qurilish texnikumi", D.DUAL_EDUCATION, 1),
    )
    save_cohort(school_db, CohortEntry(school, "2024-2025", 11, ELEVEN, placements))
    assert partner_names(school_db, school) == ["Qurilish texnikumi", "“Agromash” zavodi"]
    # saved again with other numbers: replaced, not added
    save_cohort(school_db, CohortEntry(school, "2024-2025", 11, {**ELEVEN, D.UNKNOWN: 4}))
    with school_db.session() as session:
        assert session.scalar(select(func.count()).select_from(GraduateCohort)) == 1
        assert session.scalar(select(func.count()).select_from(PartnerOrganisation)) == 2
    entry = cohort_entry(school_db, school, "2024-2025", 11)
    assert entry is not None and entry.counts[D.UNKNOWN] == 4 and entry.placements == ()


@pytest.mark.parametrize(
    ("grade", "counts", "placements", "says"),
    [
        (10, ELEVEN, (), "grades 9 and 11"),
        (11, {D.UNIVERSITY: -1}, (), "negative"),
        (11, ELEVEN, (Placement("X", D.UNIVERSITY, 1),), "dual education, an internship or work"),
        (11, ELEVEN, (Placement("X", D.DUAL_EDUCATION, 4),), "4 graduates are placed"),
        (11, ELEVEN, (Placement(" ", D.DUAL_EDUCATION, 1),), "partner organisation's name"),
    ],
)
def test_figures_that_do_not_add_up_are_refused_with_nothing_written(
    school_db: Database, grade: int, counts: dict, placements: tuple, says: str
) -> None:
    with pytest.raises(UserError, match=says):
        save_cohort(
            school_db, CohortEntry(_school(school_db), "2024-2025", grade, counts, placements)
        )
    with school_db.session() as session:
        assert session.scalar(select(func.count()).select_from(GraduateCohort)) == 0


def test_the_latest_year_up_to_the_one_asked_and_the_mechanisms_it_evidences(
    school_db: Database,
) -> None:
    school = _school(school_db)
    save_cohort(school_db, CohortEntry(school, "2023-2024", 9, {D.GRADE_10: 20, D.COLLEGE: 5}))
    save_cohort(school_db, CohortEntry(school, "2024-2025", 11, ELEVEN))
    save_cohort(
        school_db,
        CohortEntry(school, "2024-2025", 9, {D.GRADE_10: 15, D.COLLEGE: 8, D.DUAL_EDUCATION: 2}),
    )
    data = graduates(school_db, year="2025-2026")
    assert (data.year, data.previous_year) == ("2024-2025", "2023-2024")
    nine = data.grade(9)
    assert (nine.graduates, nine.further_study, nine.with_partner) == (25, 23, 2)
    assert nine.share(D.COLLEGE) == pytest.approx(32.0)
    eleven = data.grade(11)
    assert (eleven.graduates, eleven.further_study, eleven.known) == (20, 10, 15)
    assert graduates(school_db, year="2023-2024").grade(9).graduates == 25
    assert graduates(school_db, year="2022-2023").empty
    with school_db.session() as session:
        placed = mechanism_graduates(session, [school], "2025-2026")
    assert placed == {"dual_education": 5, "practice": 2}
