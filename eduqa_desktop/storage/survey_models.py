"""Questionnaires, survey rounds (summed answers only — never a respondent's name) and graduates.

A questionnaire is versioned like a checklist: versions of one share `family`, a version in
use is never changed in place. A survey round is one group's answers in one school and term:
the number of people who answered and, per statement, how many chose 1…5. Per-respondent
rows are summed on import; nothing that could identify a person is stored.

Graduates: one cohort per school × year × grade (9 or 11) with the count per destination,
and the placements with partner organisations (dual education, internships, work).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from eduqa_desktop.domain.graduates import Destination
from eduqa_desktop.domain.surveys import Dimension
from eduqa_desktop.domain.vocabulary import Mechanism, Stakeholder
from eduqa_desktop.storage.models import Base, Record, text_enum
from eduqa_desktop.storage.types import GUID

# --- questionnaires ----------------------------------------------------------------------------


class Questionnaire(Record):
    __tablename__ = "questionnaires"
    __table_args__ = (
        UniqueConstraint("family", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    family: Mapped[uuid.UUID] = mapped_column(GUID(), index=True, default=uuid.uuid4)
    version: Mapped[int] = mapped_column(Integer, default=1)
    code: Mapped[str] = mapped_column(String(60), default="")  # shipped ones: "parents"
    stakeholder: Mapped[Stakeholder] = mapped_column(text_enum(Stakeholder, "stakeholder"))
    name_uz: Mapped[str] = mapped_column(String(200), default="")
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    intro_uz: Mapped[str] = mapped_column(Text, default="")
    intro_ru: Mapped[str] = mapped_column(Text, default="")
    intro_en: Mapped[str] = mapped_column(Text, default="")
    shipped: Mapped[bool] = mapped_column(Boolean, default=False)
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    statements: Mapped[list[QuestionnaireStatement]] = relationship(
        back_populates="questionnaire",
        order_by="QuestionnaireStatement.position",
        cascade="all, delete-orphan",
    )


class QuestionnaireStatement(Record):
    __tablename__ = "questionnaire_statements"
    __table_args__ = (UniqueConstraint("questionnaire_id", "position"),)

    questionnaire_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaires.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, … as printed
    dimension: Mapped[Dimension] = mapped_column(text_enum(Dimension, "survey_dimension"))
    text_uz: Mapped[str] = mapped_column(Text, default="")
    text_ru: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    # Kept by the statement's later versions: the change between surveys compares like with like.
    statement_key: Mapped[uuid.UUID | None] = mapped_column(GUID(), index=True, default=uuid.uuid4)

    questionnaire: Mapped[Questionnaire] = relationship(back_populates="statements")


statement_mechanisms = Table(
    "statement_mechanisms",
    Base.metadata,
    Column(
        "statement_id",
        ForeignKey("questionnaire_statements.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("mechanism", text_enum(Mechanism, "mechanism"), primary_key=True),
)


class StatementMechanism(Base):
    __table__ = statement_mechanisms


# --- survey rounds -------------------------------------------------------------------------------


class SurveyRound(Record):
    """One group's answers in one school and term (a re-import replaces it)."""

    __tablename__ = "survey_rounds"
    __table_args__ = (
        UniqueConstraint("school_id", "term_id", "stakeholder"),
        CheckConstraint("respondents >= 0", name="respondents"),
    )

    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("terms.id"), index=True)
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaires.id"), index=True)
    stakeholder: Mapped[Stakeholder] = mapped_column(text_enum(Stakeholder, "stakeholder"))
    respondents: Mapped[int] = mapped_column(Integer, default=0)
    conducted_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(200), default="")  # the file it came from
    note: Mapped[str] = mapped_column(Text, default="")

    tallies: Mapped[list[SurveyTally]] = relationship(
        back_populates="round", cascade="all, delete-orphan"
    )


class SurveyTally(Record):
    """How many of a round's respondents chose 1…5 for one statement."""

    __tablename__ = "survey_tallies"
    __table_args__ = (
        UniqueConstraint("round_id", "statement_id"),
        CheckConstraint(
            "n1 >= 0 AND n2 >= 0 AND n3 >= 0 AND n4 >= 0 AND n5 >= 0", name="counts_non_negative"
        ),
    )

    round_id: Mapped[int] = mapped_column(
        ForeignKey("survey_rounds.id", ondelete="CASCADE"), index=True
    )
    statement_id: Mapped[int] = mapped_column(ForeignKey("questionnaire_statements.id"), index=True)
    n1: Mapped[int] = mapped_column(Integer, default=0)
    n2: Mapped[int] = mapped_column(Integer, default=0)
    n3: Mapped[int] = mapped_column(Integer, default=0)
    n4: Mapped[int] = mapped_column(Integer, default=0)
    n5: Mapped[int] = mapped_column(Integer, default=0)

    round: Mapped[SurveyRound] = relationship(back_populates="tallies")


# --- graduates -----------------------------------------------------------------------------------


class PartnerOrganisation(Record):
    """An employer, college or enterprise a school works with (dual education, internships)."""

    __tablename__ = "partner_organisations"
    __table_args__ = (UniqueConstraint("school_id", "name_key"),)

    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str] = mapped_column(String(120), default="")


class GraduateCohort(Record):
    """Grade 9 or 11 of one school in one year, with the count per destination."""

    __tablename__ = "graduate_cohorts"
    __table_args__ = (
        UniqueConstraint("school_id", "academic_year_id", "grade"),
        CheckConstraint("grade IN (9, 11)", name="grade_graduating"),
    )

    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_years.id"), index=True)
    grade: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    destinations: Mapped[list[GraduateDestination]] = relationship(
        back_populates="cohort", cascade="all, delete-orphan"
    )
    placements: Mapped[list[GraduatePlacement]] = relationship(
        back_populates="cohort", cascade="all, delete-orphan"
    )


class GraduateDestination(Record):
    __tablename__ = "graduate_destinations"
    __table_args__ = (
        UniqueConstraint("cohort_id", "destination"),
        CheckConstraint("graduates >= 0", name="graduates_non_negative"),
    )

    cohort_id: Mapped[int] = mapped_column(
        ForeignKey("graduate_cohorts.id", ondelete="CASCADE"), index=True
    )
    destination: Mapped[Destination] = mapped_column(text_enum(Destination, "graduate_destination"))
    graduates: Mapped[int] = mapped_column(Integer, default=0)

    cohort: Mapped[GraduateCohort] = relationship(back_populates="destinations")


class GraduatePlacement(Record):
    """How many of a cohort went to one partner organisation, and how (dual, internship, work)."""

    __tablename__ = "graduate_placements"
    __table_args__ = (
        UniqueConstraint("cohort_id", "partner_id", "destination"),
        CheckConstraint("graduates >= 0", name="graduates_non_negative"),
    )

    cohort_id: Mapped[int] = mapped_column(
        ForeignKey("graduate_cohorts.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner_organisations.id"), index=True)
    destination: Mapped[Destination] = mapped_column(text_enum(Destination, "graduate_destination"))
    graduates: Mapped[int] = mapped_column(Integer, default=0)

    cohort: Mapped[GraduateCohort] = relationship(back_populates="placements")
    partner: Mapped[PartnerOrganisation] = relationship()
