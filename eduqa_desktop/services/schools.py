"""Schools in a database: setting one up, listing them, and what a database holds."""

from __future__ import annotations

from sqlalchemy import func, select

from eduqa_desktop.domain.roles import Action
from eduqa_desktop.services import access, audit
from eduqa_desktop.services.calendar import checked_year_name, ensure_academic_year
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.reference_data import install_reference_data
from eduqa_desktop.services.school_info import DatabaseInfo, SchoolInfo
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import Base, School
from eduqa_desktop.text import QT_TRANSLATE_NOOP

MAX_NAME_LENGTH = 200


def _info(school: School) -> SchoolInfo:
    return SchoolInfo(school.id, school.uuid, school.name, school.district, school.region)


def create_school(
    db: Database, name: str, *, district: str = "", region: str = "", year: str
) -> SchoolInfo:
    """What "Set up my school" does: the school, its year and quarters, the reference data."""
    access.require(db, Action.SCHOOLS)
    name = " ".join((name or "").split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "Enter the name of the school."))
    if len(name) > MAX_NAME_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The school name is longer than {limit} characters."),
            limit=MAX_NAME_LENGTH,
        )
    year = checked_year_name(year)
    with db.session() as session:
        if session.scalar(select(School.id).where(School.name == name)) is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "A school named “{name}” is already in this file."),
                name=name,
            )
        school = School(name=name, district=district.strip(), region=region.strip())
        session.add(school)
        ensure_academic_year(session, year)
        install_reference_data(session)
        session.flush()
        audit.record(session, "create", "school", school.uuid, after={"name": name})
        return _info(school)


def list_schools(db: Database) -> list[SchoolInfo]:
    """The schools of the database the account logged in may see."""
    visible = access.visible_school_ids(db)
    query = select(School).order_by(School.name)
    if visible is not None:
        query = query.where(School.id.in_(sorted(visible)))
    with db.session() as session:
        return [_info(s) for s in session.scalars(query)]


def find_school(db: Database, name: str | None) -> SchoolInfo:
    """The school a command names; with no name, the only school in the file."""
    schools = list_schools(db)
    if name is None:
        if len(schools) == 1:
            return schools[0]
        if not schools:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "This file holds no school yet."))
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "This file holds {count} schools; name one with --school."
            ),
            count=len(schools),
        )
    wanted = " ".join(name.split()).casefold()
    for school in schools:
        if school.name.casefold() == wanted:
            return school
    raise UserError(
        QT_TRANSLATE_NOOP("Messages", "There is no school named “{name}” in this file."), name=name
    )


def database_info(db: Database) -> DatabaseInfo:
    with db.session() as session:
        counts = {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name)
        }
    return DatabaseInfo(
        schema_revision=db.schema_revision,
        location=str(db.path) if db.path else db.url,
        schools=list_schools(db),
        row_counts=counts,
    )
