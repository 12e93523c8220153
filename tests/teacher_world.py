"""Crafted data for the teacher-analysis tests: a few teachers, classes, results, observations.

Built on the `school_db` fixture (one school, year 2025-2026 with four quarters, shipped
checklists and activity types). `TODAY` falls in the second quarter.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from eduqa_desktop.domain.vocabulary import Category, ObservationStatus, Purpose
from eduqa_desktop.services.calendar import find_term
from eduqa_desktop.services.teachers import TeacherInput, add_teacher
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    Activity,
    ActivityType,
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Observation,
    ObservationScore,
    ResultRow,
    School,
    SchoolClass,
    Subject,
)

TODAY = date(2025, 12, 1)  # quarter 2 of 2025-2026 (10.11–27.12)
YEAR = "2025-2026"


class World:
    def __init__(self, db: Database) -> None:
        self.db = db
        with db.session() as session:
            self.school_id = session.scalar(select(School.id))
            self.subjects = {s.name_en: s.id for s in session.scalars(select(Subject))}
            template = session.scalar(
                select(ChecklistTemplate).where(ChecklistTemplate.code == "lesson_analysis")
            )
            self.template_id = template.id
            self.scale = (template.scale_min, template.scale_max)
            self.criteria = list(
                session.scalars(
                    select(ChecklistCriterion.id)
                    .join(ChecklistSection)
                    .where(ChecklistSection.template_id == template.id)
                    .order_by(ChecklistSection.position, ChecklistCriterion.position)
                )
            )
            self.activity_types = {t.code: t.id for t in session.scalars(select(ActivityType))}

    def teacher(
        self,
        name: str,
        department: str = "",
        subjects: tuple[str, ...] = (),
        *,
        category: Category = Category.FIRST,
        experience: int = 10,
        last_pd: date | None = date(2024, 1, 10),
        personnel_number: str = "",
    ) -> int:
        detail = add_teacher(
            self.db,
            self.school_id,
            TeacherInput(
                full_name=name,
                personnel_number=personnel_number,
                department=department,
                subject_ids=tuple(self.subjects[s] for s in subjects),
                category=category,
                experience_years=experience,
                last_pd_date=last_pd,
            ),
            today=TODAY,
        )
        return detail.id

    def school_class(self, name: str, grade: int, pupils: int = 30) -> int:
        with self.db.session() as session:
            from eduqa_desktop.storage.models import AcademicYear

            year_id = session.scalar(select(AcademicYear.id).where(AcademicYear.name == YEAR))
            row = SchoolClass(
                school_id=self.school_id,
                academic_year_id=year_id,
                name=name,
                grade=grade,
                letter=name.split("-")[-1],
                pupils=pupils,
            )
            session.add(row)
            session.flush()
            return row.id

    def term_id(self, number: int) -> int:
        with self.db.session() as session:
            term = find_term(session, YEAR, number)
            assert term is not None
            return term.id

    def results(
        self,
        term: int,
        teacher_id: int,
        class_id: int,
        subject: str,
        n5: int = 0,
        n4: int = 0,
        n3: int = 0,
        n2: int = 0,
        n1: int = 0,
        na: int = 0,
        *,
        exempt: int = 0,
        class_size: int = 30,
    ) -> None:
        term_id = self.term_id(term)
        with self.db.session() as session:
            session.add(
                ResultRow(
                    term_id=term_id,
                    class_id=class_id,
                    subject_id=self.subjects[subject],
                    teacher_id=teacher_id,
                    class_size=class_size,
                    n5=n5,
                    n4=n4,
                    n3=n3,
                    n2=n2,
                    n1=n1,
                    not_attested=na,
                    exempt=exempt,
                )
            )

    def observation(
        self,
        teacher_id: int,
        day: date,
        scores: list[int | None] | None = None,
        *,
        score: float | None = None,
        final: bool = True,
        purpose: Purpose = Purpose.PLANNED_CONTROL,
        next_steps_due: date | None = None,
        follow_up_of: int | None = None,
        class_id: int | None = None,
        subject: str | None = None,
    ) -> int:
        """An observation; `scores` per criterion of the lesson-analysis checklist, in order."""
        if scores is not None and score is None:
            low, high = self.scale
            scored = [s for s in scores if s is not None]
            score = (
                sum(s - low for s in scored) * 100 / (len(scored) * (high - low))
                if scored
                else None
            )
        with self.db.session() as session:
            row = Observation(
                school_id=self.school_id,
                teacher_id=teacher_id,
                observer="Tester",
                observed_on=day,
                template_id=self.template_id,
                status=ObservationStatus.FINAL if final else ObservationStatus.DRAFT,
                purpose=purpose,
                next_steps_due=next_steps_due,
                follow_up_of_id=follow_up_of,
                class_id=class_id,
                subject_id=self.subjects[subject] if subject else None,
                score=score,
            )
            session.add(row)
            session.flush()
            for criterion_id, value in zip(self.criteria, scores or [], strict=False):
                session.add(
                    ObservationScore(
                        observation_id=row.id,
                        criterion_id=criterion_id,
                        score=value,
                        not_applicable=value is None,
                    )
                )
            return row.id

    def activity(
        self, teacher_id: int, code: str, day: date, quantity: float = 1.0, note: str = ""
    ) -> int:
        with self.db.session() as session:
            row = Activity(
                teacher_id=teacher_id,
                activity_type_id=self.activity_types[code],
                done_on=day,
                quantity=quantity,
                note=note,
            )
            session.add(row)
            session.flush()
            return row.id
