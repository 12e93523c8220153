"""Opening databases: creation, the upgrade path, refusals, pragmas, schema constraints."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from engines import ON_SERVER
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from eduqa_desktop.storage.database import (
    DatabaseTooNewError,
    NotADatabaseError,
    head_revision,
    open_database,
)
from eduqa_desktop.storage.models import Base, School

DATA = Path(__file__).resolve().parent.parent / "data"


def test_a_new_file_gets_the_whole_schema_at_head(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite3")
    assert db.schema_revision == head_revision()
    assert db.backup_path is None
    with db.engine.connect() as connection:
        tables = {
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table'"
            )
        }
        assert {table.name for table in Base.metadata.sorted_tables} <= tables
        # the migrations and the models describe the same schema
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == []
    db.close()


def test_the_known_revisions_are_alembics_chain() -> None:
    from alembic.script import ScriptDirectory

    from eduqa_desktop.storage.database import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert known_revisions() == chain
    assert head_revision() == script.get_current_head()


@pytest.mark.skipif(ON_SERVER, reason="SQLite's own settings")
def test_pragmas_are_in_force(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


@pytest.mark.skipif(ON_SERVER, reason="SQLite's own settings")
def test_a_durable_session_writes_with_full_sync_and_hands_its_connection_back_normal(
    db,  # type: ignore[no-untyped-def]
) -> None:
    def synchronous(session) -> int:  # type: ignore[no-untyped-def]
        return session.connection().exec_driver_sql("PRAGMA synchronous").scalar()

    with db.durable_session() as session:
        session.add(School(name="Yangi maktab"))
        session.flush()
        assert synchronous(session) == 2  # FULL
    with pytest.raises(RuntimeError), db.durable_session() as session:
        assert synchronous(session) == 2
        session.add(School(name="Boshqa maktab"))
        session.flush()
        raise RuntimeError("cut off")
    db.engine.dispose()  # a durable session whose connection the pool closed meanwhile
    with db.durable_session() as session:
        session.connection()
        db.engine.dispose()
    # every connection the pool holds (it has at most a few) is back at NORMAL
    with db.engine.connect() as a, db.engine.connect() as b:
        for connection in (a, b):
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1
    with db.session() as session:
        assert session.scalars(select(School.name)).all() == ["Yangi maktab"]


def test_an_old_database_is_backed_up_then_upgraded_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "school.sqlite3"
    shutil.copyfile(DATA / "schema_0001.sqlite3", path)
    db = open_database(path)
    assert db.schema_revision == head_revision() != "0001"
    assert db.backup_path is not None and db.backup_path.exists()
    assert db.backup_path.parent == path.parent / "backups"
    assert db.backup_path.name.startswith("school-") and "-migration-0001" in db.backup_path.name
    with db.session() as session:
        assert session.scalars(select(School.name)).all() == ["Eski maktab"]
    with db.engine.connect() as connection:
        indexes = {
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='index'"
            )
        }
        assert "ix_observations_teacher_date" in indexes
    db.close()
    backup = sqlite3.connect(db.backup_path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    backup.close()
    # opening again neither upgrades nor backs up
    again = open_database(path)
    assert again.backup_path is None
    again.close()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 20)
    with pytest.raises(NotADatabaseError, match="not an EduQA database"):
        open_database(path)
    assert path.read_bytes().startswith(b"PK")


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(NotADatabaseError, match="another program"):
        open_database(path)


def test_the_schema_refuses_impossible_counts(school_db) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.calendar import find_term
    from eduqa_desktop.storage.models import ResultRow, SchoolClass, Subject, Teacher

    with school_db.session() as session:
        school = session.scalars(select(School)).one()
        term = find_term(session, "2025-2026", 1)
        subject = session.scalars(select(Subject)).first()
        klass = SchoolClass(
            school_id=school.id, academic_year_id=term.academic_year_id, name="7-A", grade=7
        )
        teacher = Teacher(school_id=school.id, full_name="Karimova Dilnoza", name_key="x")
        session.add_all([klass, teacher])
        session.flush()
        ids = {
            "term_id": term.id,
            "class_id": klass.id,
            "subject_id": subject.id,
            "teacher_id": teacher.id,
        }
    too_many = ResultRow(**ids, class_size=20, n5=10, n4=10, n3=1)
    negative = ResultRow(**ids, class_size=20, n5=-1)
    for row in (too_many, negative):
        with pytest.raises(IntegrityError), school_db.session() as session:
            session.add(row)


def test_a_score_outside_the_checklist_scale_is_refused(school_db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from eduqa_desktop.storage.models import (
        ChecklistCriterion,
        ChecklistTemplate,
        Observation,
        ObservationScore,
        Teacher,
    )

    with school_db.session() as session:
        school = session.scalars(select(School)).one()
        template = session.scalars(
            select(ChecklistTemplate).where(ChecklistTemplate.code == "walkthrough")
        ).one()  # scale 1-4
        criterion = session.scalars(
            select(ChecklistCriterion)
            .join(ChecklistCriterion.section)
            .where(ChecklistCriterion.section.has(template_id=template.id))
        ).first()
        teacher = Teacher(school_id=school.id, full_name="Tursunov Jasur", name_key="y")
        session.add(teacher)
        session.flush()
        observation = Observation(
            school_id=school.id,
            teacher_id=teacher.id,
            observed_on=date(2025, 10, 1),
            template_id=template.id,
        )
        session.add(observation)
        session.flush()
        ids = (observation.id, criterion.id)
    with school_db.session() as session:
        session.add(ObservationScore(observation_id=ids[0], criterion_id=ids[1], score=4))
    with (
        pytest.raises(IntegrityError, match="outside the checklist scale"),
        school_db.session() as session,
    ):
        row = session.scalars(select(ObservationScore)).one()
        row.score = 0  # below the walkthrough's 1-4 scale
