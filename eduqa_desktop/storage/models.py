"""The whole data model as SQLAlchemy 2 typed ORM classes.

Every row has an integer key (for joins), a UUID (so files exchanged between machines merge
without duplicates) and created/updated timestamps. Natural keys are unique in the schema,
counts and scores are checked by the database, not only by Python.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from eduqa_desktop.domain.roles import Role, login_key
from eduqa_desktop.domain.vocabulary import (
    ActivityUnit,
    Category,
    MarkScale,
    Mechanism,
    ObservationStatus,
    Purpose,
    TermKind,
)
from eduqa_desktop.storage.types import GUID, JSONText, utc_now

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def text_enum(enum_cls: type, name: str) -> SAEnum:
    """An enum stored as its value text, with a CHECK constraint (portable, readable)."""
    return SAEnum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def row_version_column() -> Any:
    """For rows several people may change at once (a server database, or two windows on one
    file): with `version_id_col`, every UPDATE checks that nobody changed the row since it was
    read (else StaleDataError, and nothing is written) and counts it up."""
    return mapped_column(Integer, default=1, server_default="1")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: dict[Any, Any] = {uuid.UUID: GUID(), dict[str, Any]: JSONText()}


class Record(Base):
    """Columns every table has."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(GUID(), unique=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


# --- schools and the calendar -------------------------------------------------------------


class School(Record):
    __tablename__ = "schools"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    district: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")

    departments: Mapped[list[Department]] = relationship(back_populates="school")
    teachers: Mapped[list[Teacher]] = relationship(back_populates="school")


class AcademicYear(Record):
    __tablename__ = "academic_years"
    __table_args__ = (CheckConstraint("end_date > start_date", name="dates_ordered"),)

    name: Mapped[str] = mapped_column(String(9), unique=True)  # "2025-2026"
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)

    terms: Mapped[list[Term]] = relationship(back_populates="academic_year", order_by="Term.number")


class Term(Record):
    __tablename__ = "terms"
    __table_args__ = (
        UniqueConstraint("academic_year_id", "kind", "number"),
        CheckConstraint("number BETWEEN 1 AND 4", name="number_range"),
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
    )

    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_years.id"), index=True)
    kind: Mapped[TermKind] = mapped_column(text_enum(TermKind, "term_kind"))
    number: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)

    academic_year: Mapped[AcademicYear] = relationship(back_populates="terms")


# --- staff, subjects, classes ---------------------------------------------------------------


class Subject(Record):
    __tablename__ = "subjects"

    name: Mapped[str] = mapped_column(String(120))
    # The matching key (case, apostrophes and script folded) is the natural key.
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    name_uz: Mapped[str] = mapped_column(String(120), default="")
    name_ru: Mapped[str] = mapped_column(String(120), default="")
    name_en: Mapped[str] = mapped_column(String(120), default="")


class Department(Record):
    __tablename__ = "departments"
    __table_args__ = (UniqueConstraint("school_id", "name"),)

    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))

    school: Mapped[School] = relationship(back_populates="departments")


class SchoolClass(Record):
    """A class such as 7-A in one school and one academic year."""

    __tablename__ = "classes"
    __table_args__ = (
        UniqueConstraint("school_id", "academic_year_id", "name"),
        CheckConstraint("grade BETWEEN 1 AND 11", name="grade_range"),
    )

    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_years.id"), index=True)
    name: Mapped[str] = mapped_column(String(16))  # normalised, "7-A"
    grade: Mapped[int] = mapped_column(Integer)
    letter: Mapped[str] = mapped_column(String(4), default="")
    pupils: Mapped[int | None] = mapped_column(
        Integer, CheckConstraint("pupils >= 0", name="pupils")
    )


teacher_subjects = Table(
    "teacher_subjects",
    Base.metadata,
    Column("teacher_id", ForeignKey("teachers.id", ondelete="CASCADE"), primary_key=True),
    Column("subject_id", ForeignKey("subjects.id"), primary_key=True),
)


class Teacher(Record):
    __tablename__ = "teachers"
    __table_args__ = (
        UniqueConstraint("school_id", "personnel_number"),
        CheckConstraint("experience_years >= 0 AND experience_years <= 70", name="experience"),
        Index("ix_teachers_school_name_key", "school_id", "name_key"),
    )

    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    # Folded for matching (apostrophes, case, script, word order): see domain.names.
    name_key: Mapped[str] = mapped_column(String(200))
    personnel_number: Mapped[str | None] = mapped_column(String(40))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    category: Mapped[Category] = mapped_column(
        text_enum(Category, "category"), default=Category.SPECIALIST
    )
    experience_years: Mapped[int] = mapped_column(Integer, default=0)
    last_pd_date: Mapped[date | None] = mapped_column(Date)
    hired_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    left_on: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    row_version: Mapped[int] = row_version_column()
    __mapper_args__ = {"version_id_col": row_version}

    school: Mapped[School] = relationship(back_populates="teachers")
    department: Mapped[Department | None] = relationship()
    subjects: Mapped[list[Subject]] = relationship(secondary=teacher_subjects)


# --- checklists -------------------------------------------------------------------------------


class ChecklistTemplate(Record):
    """One version of a checklist. Versions of one checklist share `family`."""

    __tablename__ = "checklist_templates"
    __table_args__ = (
        UniqueConstraint("family", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("scale_max > scale_min", name="scale_ordered"),
        CheckConstraint("scale_min >= 0 AND scale_max <= 10", name="scale_range"),
    )

    family: Mapped[uuid.UUID] = mapped_column(GUID(), index=True, default=uuid.uuid4)
    version: Mapped[int] = mapped_column(Integer, default=1)
    code: Mapped[str] = mapped_column(String(60), default="")  # shipped ones: "lesson_analysis"
    name_uz: Mapped[str] = mapped_column(String(200), default="")
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    description_uz: Mapped[str] = mapped_column(Text, default="")
    description_ru: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    scale_min: Mapped[int] = mapped_column(Integer, default=0)
    scale_max: Mapped[int] = mapped_column(Integer, default=3)
    shipped: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # Superseded versions stay for the observations that use them but are not offered.
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Time-on-task snapshots taken with this checklist: "" none, "even" (Stallings: `count`
    # spread over the lesson) or "segments" (Teach: 3 per 15-minute segment).
    snapshot_kind: Mapped[str] = mapped_column(String(16), default="")
    snapshot_count: Mapped[int] = mapped_column(Integer, default=0)

    row_version: Mapped[int] = row_version_column()
    __mapper_args__ = {"version_id_col": row_version}

    levels: Mapped[list[ScaleLevel]] = relationship(
        back_populates="template", order_by="ScaleLevel.value", cascade="all, delete-orphan"
    )
    sections: Mapped[list[ChecklistSection]] = relationship(
        back_populates="template",
        order_by="ChecklistSection.position",
        cascade="all, delete-orphan",
    )


class ScaleLevel(Record):
    __tablename__ = "scale_levels"
    __table_args__ = (UniqueConstraint("template_id", "value"),)

    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[int] = mapped_column(Integer)
    label_uz: Mapped[str] = mapped_column(String(120), default="")
    label_ru: Mapped[str] = mapped_column(String(120), default="")
    label_en: Mapped[str] = mapped_column(String(120), default="")
    description_uz: Mapped[str] = mapped_column(Text, default="")
    description_ru: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")

    template: Mapped[ChecklistTemplate] = relationship(back_populates="levels")


class ChecklistSection(Record):
    __tablename__ = "checklist_sections"
    __table_args__ = (UniqueConstraint("template_id", "position"),)

    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title_uz: Mapped[str] = mapped_column(String(300), default="")
    title_ru: Mapped[str] = mapped_column(String(300), default="")
    title_en: Mapped[str] = mapped_column(String(300), default="")

    template: Mapped[ChecklistTemplate] = relationship(back_populates="sections")
    criteria: Mapped[list[ChecklistCriterion]] = relationship(
        back_populates="section",
        order_by="ChecklistCriterion.position",
        cascade="all, delete-orphan",
    )


criterion_mechanisms = Table(
    "criterion_mechanisms",
    Base.metadata,
    Column(
        "criterion_id",
        ForeignKey("checklist_criteria.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("mechanism", text_enum(Mechanism, "mechanism"), primary_key=True),
)


class ChecklistCriterion(Record):
    __tablename__ = "checklist_criteria"
    __table_args__ = (
        UniqueConstraint("section_id", "position"),
        CheckConstraint("weight > 0 AND weight <= 100", name="weight_range"),
    )

    section_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_sections.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text_uz: Mapped[str] = mapped_column(Text, default="")
    text_ru: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    # What each level looks like for this criterion: {"0": {"uz": …, "ru": …, "en": …}, …}
    level_descriptions: Mapped[dict[str, Any] | None] = mapped_column(JSONText())
    # A concrete next step to suggest when it scores low: {"uz": …, "ru": …, "en": …}.
    next_step: Mapped[dict[str, str] | None] = mapped_column(JSONText())

    section: Mapped[ChecklistSection] = relationship(back_populates="criteria")


class CriterionMechanism(Base):
    """Mapped view of the criterion ↔ mechanism tags (for queries)."""

    __table__ = criterion_mechanisms


# --- observations and the visit plan ---------------------------------------------------------


class Observation(Record):
    __tablename__ = "observations"
    __table_args__ = (
        CheckConstraint("lesson_period IS NULL OR lesson_period BETWEEN 1 AND 12", name="period"),
        CheckConstraint("revision >= 0", name="revision"),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 100)", name="score_range"),
        Index("ix_observations_school_date", "school_id", "observed_on"),
        Index("ix_observations_teacher_date", "teacher_id", "observed_on"),
        Index("ix_observations_teacher_status_date", "teacher_id", "status", "observed_on"),
    )

    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teachers.id"), index=True)
    observer: Mapped[str] = mapped_column(String(200), default="")
    observed_on: Mapped[date] = mapped_column(Date)
    lesson_period: Mapped[int | None] = mapped_column(Integer)
    class_id: Mapped[int | None] = mapped_column(ForeignKey("classes.id"), index=True)
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("subjects.id"), index=True)
    topic: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[Purpose] = mapped_column(
        text_enum(Purpose, "purpose"), default=Purpose.PLANNED_CONTROL
    )
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_templates.id"), index=True)
    strengths: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    next_steps_due: Mapped[date | None] = mapped_column(Date)
    teacher_has_seen: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[ObservationStatus] = mapped_column(
        text_enum(ObservationStatus, "observation_status"), default=ObservationStatus.DRAFT
    )
    finalized_at: Mapped[datetime | None] = mapped_column(DateTime)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    follow_up_of_id: Mapped[int | None] = mapped_column(ForeignKey("observations.id"))
    # The overall score (%), kept in step with the scores by the service so that
    # dashboards can aggregate it in SQL.
    score: Mapped[float | None] = mapped_column(Float)
    # Observations of one lesson by several observers share this UUID (Co-observe); a
    # calibration session (a lesson watched together, e.g. on video) carries a note.
    co_observation: Mapped[uuid.UUID | None] = mapped_column(GUID(), index=True)
    calibration_note: Mapped[str] = mapped_column(Text, default="")
    # The lesson timer of a draft (the snapshot strip): seconds run when saved, and since when
    # (UTC) it was running then — reopening the form continues it.
    timer_seconds: Mapped[float | None] = mapped_column(Float)
    timer_running_since: Mapped[datetime | None] = mapped_column(DateTime)

    row_version: Mapped[int] = row_version_column()
    __mapper_args__ = {"version_id_col": row_version}

    template: Mapped[ChecklistTemplate] = relationship()
    teacher: Mapped[Teacher] = relationship()
    scores: Mapped[list[ObservationScore]] = relationship(
        back_populates="observation", cascade="all, delete-orphan"
    )
    snapshots: Mapped[list[ObservationSnapshot]] = relationship(
        back_populates="observation",
        cascade="all, delete-orphan",
        order_by="ObservationSnapshot.position",
    )


class ObservationScore(Record):
    __tablename__ = "observation_scores"
    __table_args__ = (
        UniqueConstraint("observation_id", "criterion_id"),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 10)", name="score_range"),
        CheckConstraint("NOT (not_applicable AND score IS NOT NULL)", name="na_has_no_score"),
    )

    observation_id: Mapped[int] = mapped_column(
        ForeignKey("observations.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[int] = mapped_column(ForeignKey("checklist_criteria.id"), index=True)
    score: Mapped[int | None] = mapped_column(Integer)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")

    observation: Mapped[Observation] = relationship(back_populates="scores")


class ObservationSnapshot(Record):
    """One time-on-task snapshot of a lesson: what the teacher did, pupils off task, materials."""

    __tablename__ = "observation_snapshots"
    __table_args__ = (
        UniqueConstraint("observation_id", "position"),
        CheckConstraint("position >= 0", name="position"),
        CheckConstraint("pupils_off_task IS NULL OR pupils_off_task >= 0", name="pupils"),
    )

    observation_id: Mapped[int] = mapped_column(
        ForeignKey("observations.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # the protocol's slot, 0-based
    activity: Mapped[str | None] = mapped_column(String(20))
    pupils_off_task: Mapped[int | None] = mapped_column(Integer)
    material: Mapped[str | None] = mapped_column(String(20))
    minute: Mapped[float | None] = mapped_column(Float)  # of the lesson timer when taken

    observation: Mapped[Observation] = relationship(back_populates="snapshots")


class ObservationRevision(Record):
    """A correction of a final observation: who, when, why, and what it was before."""

    __tablename__ = "observation_revisions"
    __table_args__ = (UniqueConstraint("observation_id", "revision"),)

    observation_id: Mapped[int] = mapped_column(
        ForeignKey("observations.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONText())


class VisitPlanEntry(Record):
    __tablename__ = "visit_plan_entries"
    __table_args__ = (
        CheckConstraint("month BETWEEN 1 AND 12", name="month_range"),
        Index("ix_visit_plan_school_period", "school_id", "year", "month"),
    )

    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teachers.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)  # calendar year of the visit
    month: Mapped[int] = mapped_column(Integer)
    planned_on: Mapped[date | None] = mapped_column(Date)  # a day, when one was set
    purpose: Mapped[Purpose] = mapped_column(
        text_enum(Purpose, "purpose"), default=Purpose.PLANNED_CONTROL
    )
    observer: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    row_version: Mapped[int] = row_version_column()
    __mapper_args__ = {"version_id_col": row_version}


# --- activities ---------------------------------------------------------------------------------


class ActivityType(Record):
    __tablename__ = "activity_types"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    name_uz: Mapped[str] = mapped_column(String(200), default="")
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[ActivityUnit] = mapped_column(
        text_enum(ActivityUnit, "activity_unit"), default=ActivityUnit.COUNT
    )
    # A course of professional development: its hours count towards PD compliance.
    counts_as_pd: Mapped[bool] = mapped_column(Boolean, default=False)
    shipped: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


activity_type_mechanisms = Table(
    "activity_type_mechanisms",
    Base.metadata,
    Column(
        "activity_type_id",
        ForeignKey("activity_types.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("mechanism", text_enum(Mechanism, "mechanism"), primary_key=True),
)


class ActivityTypeMechanism(Base):
    __table__ = activity_type_mechanisms


class Activity(Record):
    __tablename__ = "activities"
    __table_args__ = (
        CheckConstraint("quantity >= 0", name="quantity_non_negative"),
        CheckConstraint("place IS NULL OR place >= 1", name="place_positive"),
        Index("ix_activities_teacher_date", "teacher_id", "done_on"),
    )

    teacher_id: Mapped[int] = mapped_column(ForeignKey("teachers.id"), index=True)
    activity_type_id: Mapped[int] = mapped_column(ForeignKey("activity_types.id"), index=True)
    done_on: Mapped[date] = mapped_column(Date)
    quantity: Mapped[float] = mapped_column(Float, default=1.0)
    level: Mapped[str] = mapped_column(String(60), default="")  # olympiad: school/district/…
    place: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


# --- results -----------------------------------------------------------------------------------


class ResultRow(Record):
    """End-of-term marks of one class in one subject taught by one teacher."""

    __tablename__ = "result_rows"
    __table_args__ = (
        UniqueConstraint("term_id", "class_id", "subject_id", "teacher_id"),
        CheckConstraint(
            "n5 >= 0 AND n4 >= 0 AND n3 >= 0 AND n2 >= 0 AND n1 >= 0"
            " AND not_attested >= 0 AND exempt >= 0 AND class_size >= 0",
            name="counts_non_negative",
        ),
        CheckConstraint(
            "n5 + n4 + n3 + n2 + n1 + not_attested + exempt <= class_size",
            name="counts_within_class",
        ),
        Index("ix_result_rows_term_teacher", "term_id", "teacher_id"),
    )

    term_id: Mapped[int] = mapped_column(ForeignKey("terms.id"), index=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"), index=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subjects.id"), index=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teachers.id"), index=True)
    class_size: Mapped[int] = mapped_column(Integer)
    n5: Mapped[int] = mapped_column(Integer, default=0)
    n4: Mapped[int] = mapped_column(Integer, default=0)
    n3: Mapped[int] = mapped_column(Integer, default=0)
    n2: Mapped[int] = mapped_column(Integer, default=0)
    n1: Mapped[int] = mapped_column(Integer, default=0)
    not_attested: Mapped[int] = mapped_column(Integer, default=0)
    exempt: Mapped[int] = mapped_column(Integer, default=0)
    mark_scale: Mapped[MarkScale] = mapped_column(
        text_enum(MarkScale, "mark_scale"), default=MarkScale.FIVE_POINT
    )

    row_version: Mapped[int] = row_version_column()
    __mapper_args__ = {"version_id_col": row_version}


# --- settings and audit --------------------------------------------------------------------------


class Setting(Record):
    """A database-wide setting (thresholds, periods, SOU weights…), value as JSON."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[Any] = mapped_column(JSONText())


class AuditEntry(Record):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_uuid"),)

    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    who: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    entity_uuid: Mapped[uuid.UUID | None] = mapped_column(GUID())
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONText())
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONText())
    # The account logged in when the entry was made (None: a database without accounts, and
    # every entry older than accounts); hashed into the chain when set.
    account: Mapped[str | None] = mapped_column(String(100))
    # The hash chain (storage/audit_chain.py): the entry before's hash, and this one's.
    previous_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64), index=True)


account_schools = Table(
    "account_schools",
    Base.metadata,
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("school_id", ForeignKey("schools.id", ondelete="CASCADE"), primary_key=True),
)


class Account(Record):
    """Someone who logs in: a role, the schools it reaches, a memory-hard password hash."""

    __tablename__ = "accounts"

    login: Mapped[str] = mapped_column(String(100), unique=True)  # as its owner writes it
    # domain.roles.login_key(login): logins are one whatever their case. Empty only for an
    # account that, before revision 0013, differed from an older one by case alone.
    login_key: Mapped[str | None] = mapped_column(String(100), index=True, unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[Role] = mapped_column(text_enum(Role, "account_role"))
    # The school role's own school (the methodologist's are in account_schools).
    school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id", ondelete="SET NULL"))
    password_hash: Mapped[str] = mapped_column(String(255))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    assigned_schools: Mapped[list[School]] = relationship(secondary=account_schools)
    row_version: Mapped[int] = row_version_column()
    __mapper_args__ = {"version_id_col": row_version}

    @validates("login")
    def _keyed(self, _key: str, login: str) -> str:
        self.login_key = login_key(login)
        return login


class Deletion(Base):
    """A tombstone: a record deleted on this computer (or by a package from another), kept so
    that the next exchange carries the deletion and does not bring the record back."""

    __tablename__ = "deletions"
    __table_args__ = (Index("ix_deletions_school_kind", "school_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_uuid: Mapped[uuid.UUID] = mapped_column(GUID(), unique=True)
    kind: Mapped[str] = mapped_column(String(30))  # observation, result_row, activity, plan_entry
    school_id: Mapped[int | None] = mapped_column(
        ForeignKey("schools.id", ondelete="CASCADE"), nullable=True
    )
    deleted_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    deleted_by: Mapped[str] = mapped_column(String(200), default="")


class ImportLock(Base):
    """An import writing into a school: who runs it and since when. One import per school at
    a time; a lock older than storage.import_locks.STALE_AFTER is a crashed one, taken over."""

    __tablename__ = "import_locks"

    school_id: Mapped[int] = mapped_column(
        ForeignKey("schools.id", ondelete="CASCADE"), primary_key=True
    )
    holder: Mapped[str] = mapped_column(String(200), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


# The surveys and graduates tables live beside this file, on the same Base.
from eduqa_desktop.storage import survey_models as _survey_models  # noqa: E402, F401
