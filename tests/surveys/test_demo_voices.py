"""The demo's surveys and graduates: two rounds per group, disagreements, cohorts that add up."""

from __future__ import annotations

from sqlalchemy import func, select

from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.services.surveys import voices
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import AcademicYear, SchoolClass
from eduqa_desktop.storage.survey_models import (
    GraduateCohort,
    GraduateDestination,
    GraduatePlacement,
    SurveyRound,
)


def test_every_group_has_two_rounds_and_the_latest_compares_with_the_one_before(
    demo_db: Database,
) -> None:
    with demo_db.session() as session:
        per_group = dict(
            session.execute(
                select(SurveyRound.stakeholder, func.count()).group_by(SurveyRound.stakeholder)
            ).all()
        )
    assert per_group == {s: 2 for s in Stakeholder}
    data = voices(demo_db, year="2026-2027", term=1)
    assert [str(g.stakeholder) for g in data.groups] == [
        "parents",
        "pupils",
        "teachers",
        "employers",
    ]
    for group in data.groups:
        assert group.when == ("2026-2027", 1)
        assert group.previous_when == ("2025-2026", 3)
        assert group.overall.shown and 0 < (group.overall.share_agreeing or 0) < 100
    parents = data.group(Stakeholder.PARENTS)
    assert parents is not None and parents.change() is not None
    # employers' first round had 4 respondents: kept, but withheld, so no change is shown
    employers = data.group(Stakeholder.EMPLOYERS)
    assert employers is not None and employers.previous_overall is not None
    assert employers.previous_overall.respondents == 4 and not employers.previous_overall.shown
    assert employers.change() is None
    assert data.gaps, "pupils or parents disagree with teachers somewhere"


def test_graduates_of_the_ended_year_add_up_to_its_grade_9_and_11_pupils(
    demo_db: Database,
) -> None:
    with demo_db.session() as session:
        cohorts = session.execute(
            select(
                GraduateCohort.id,
                GraduateCohort.grade,
                AcademicYear.name,
                GraduateCohort.academic_year_id,
            ).join(AcademicYear, AcademicYear.id == GraduateCohort.academic_year_id)
        ).all()
        assert sorted((grade, year) for _, grade, year, _ in cohorts) == [
            (9, "2025-2026"),
            (11, "2025-2026"),
        ]
        for cohort_id, grade, _, year_id in cohorts:
            went = session.scalar(
                select(func.sum(GraduateDestination.graduates)).where(
                    GraduateDestination.cohort_id == cohort_id
                )
            )
            pupils = session.scalar(
                select(func.sum(SchoolClass.pupils)).where(
                    SchoolClass.academic_year_id == year_id, SchoolClass.grade == grade
                )
            )
            assert went == pupils
        placed = session.scalar(select(func.sum(GraduatePlacement.graduates)))
        assert placed and placed > 0
