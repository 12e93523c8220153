"""Observations moved from an inspector's laptop to the school PC: merge by UUID."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest
from engines import new_location
from sqlalchemy import func, select

from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.imports import export_observations
from eduqa_desktop.services.imports.run import apply_import, preview_import
from eduqa_desktop.services.schools import create_school
from eduqa_desktop.storage.database import open_database
from eduqa_desktop.storage.models import ChecklistTemplate, Observation, ObservationScore, Teacher
from eduqa_desktop.storage.types import utc_now

from .builders import add_observation, add_results, add_teachers, school_id_of
from .conftest import row_counts


@pytest.fixture
def laptop_and_pc(tmp_path):  # type: ignore[no-untyped-def]
    laptop = open_database(new_location(tmp_path, "laptop"))
    create_school(laptop, "Test maktab", year="2025-2026")
    school_id = school_id_of(laptop)
    teachers = add_teachers(laptop, school_id)
    add_results(laptop, school_id)
    add_observation(laptop, school_id, teachers[0])
    add_observation(laptop, school_id, teachers[1], final=False, seed=5)
    pc = open_database(new_location(tmp_path, "pc"))
    create_school(pc, "Test maktab", year="2025-2026")
    add_teachers(pc, school_id_of(pc), names=("Шарипова Гулнора Акмаловна",))
    yield laptop, pc
    laptop.close()
    pc.close()


def _merge(db, path):  # type: ignore[no-untyped-def]
    return apply_import(db, ImportRequest(ImportKind.OBSERVATIONS, path, school_id_of(db)))


def test_package_has_human_and_machine_sheets(laptop_and_pc, tmp_path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    laptop, _ = laptop_and_pc
    summary = export_observations(laptop, school_id_of(laptop), tmp_path / "p.xlsx", language="uz")
    assert (summary.observations, summary.scores, summary.checklists) == (2, 14, 1)
    book = load_workbook(tmp_path / "p.xlsx")
    assert book.sheetnames[:2] == ["Kuzatuvlar", "Ballar"]
    assert "machine_observations" in book.sheetnames
    assert book["Kuzatuvlar"]["B2"].value == "Sharipova Gulnora Akmalovna"


def test_merge_twice_adds_once(laptop_and_pc, tmp_path):  # type: ignore[no-untyped-def]
    laptop, pc = laptop_and_pc
    path = tmp_path / "p.xlsx"
    export_observations(laptop, school_id_of(laptop), path)
    first = _merge(pc, path)
    assert first.errors == () and (first.created, first.updated, first.unchanged) == (2, 0, 0)
    # the teacher written in Cyrillic on the PC is recognised; the other one is created
    assert first.new_teachers == ("Karimov Bobur Alisherovich",)
    before = row_counts(pc)
    second = _merge(pc, path)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 2)
    assert row_counts(pc) == before
    with pc.session() as session:
        assert session.scalar(select(func.count(Observation.id))) == 2
        assert session.scalar(select(func.count(ObservationScore.id))) == 14
        # the shipped checklist is matched by its content, not doubled
        assert session.scalar(select(func.count(ChecklistTemplate.id))) == 3
        obs = session.scalar(select(Observation).where(Observation.status == "final"))
        laptop_score = None
        with laptop.session() as other:
            laptop_score = other.scalar(
                select(Observation.score).where(Observation.uuid == obs.uuid)
            )
        assert obs.score == pytest.approx(laptop_score)
        assert obs.recommendations == "=1+1"


def test_newer_change_updates_and_older_is_left(laptop_and_pc, tmp_path):  # type: ignore[no-untyped-def]
    laptop, pc = laptop_and_pc
    path = tmp_path / "p.xlsx"
    export_observations(laptop, school_id_of(laptop), path)
    _merge(pc, path)
    with laptop.session() as session:
        draft = session.scalar(select(Observation).where(Observation.status == "draft"))
        draft.topic = "Changed on the laptop"
        draft.updated_at = utc_now() + timedelta(minutes=5)
    export_observations(laptop, school_id_of(laptop), path)
    plan = _merge(pc, path)
    assert (plan.created, plan.updated, plan.unchanged) == (0, 1, 1)
    with pc.session() as session:
        assert (
            session.scalar(
                select(func.count(Observation.id)).where(
                    Observation.topic == "Changed on the laptop"
                )
            )
            == 1
        )
    # the PC edits the draft later: the laptop's (older) copy no longer overwrites it
    with pc.session() as session:
        draft = session.scalar(select(Observation).where(Observation.status == "draft"))
        draft.topic = "Changed on the PC"
        draft.updated_at = utc_now() + timedelta(minutes=10)
    plan = _merge(pc, path)
    assert plan.updated == 0 and plan.conflicts == ()
    with pc.session() as session:
        assert session.scalar(select(Observation.topic).where(Observation.status == "draft")) == (
            "Changed on the PC"
        )


def test_final_changed_on_both_sides_is_a_conflict(laptop_and_pc, tmp_path):  # type: ignore[no-untyped-def]
    laptop, pc = laptop_and_pc
    path = tmp_path / "p.xlsx"
    export_observations(laptop, school_id_of(laptop), path)
    _merge(pc, path)
    for db, text in ((pc, "PC says"), (laptop, "Laptop says")):
        with db.session() as session:
            final = session.scalar(select(Observation).where(Observation.status == "final"))
            final.strengths = text
            final.updated_at = utc_now() + timedelta(minutes=1 if db is pc else 2)
    export_observations(laptop, school_id_of(laptop), path)
    before = row_counts(pc)
    plan = preview_import(pc, ImportRequest(ImportKind.OBSERVATIONS, path, school_id_of(pc)))
    assert len(plan.conflicts) == 1 and "Шарипова" in plan.conflicts[0].what
    assert plan.ok  # a conflict keeps the local copy; it does not block the rest
    _merge(pc, path)
    assert row_counts(pc) == before
    with pc.session() as session:
        assert session.scalar(
            select(Observation.strengths).where(Observation.status == "final")
        ) == ("PC says")


def test_since_limits_the_package(laptop_and_pc, tmp_path):  # type: ignore[no-untyped-def]
    laptop, _ = laptop_and_pc
    tomorrow = date.today() + timedelta(days=2)
    summary = export_observations(laptop, school_id_of(laptop), tmp_path / "p.xlsx", since=tomorrow)
    assert summary.observations == 0


def test_ambiguous_teacher_is_asked(laptop_and_pc, tmp_path):  # type: ignore[no-untyped-def]
    laptop, pc = laptop_and_pc
    add_teachers(pc, school_id_of(pc), names=("Karimov B.A.", "Karimov B. Alisherovich"))
    path = tmp_path / "p.xlsx"
    export_observations(laptop, school_id_of(laptop), path)
    plan = _merge(pc, path)
    assert not plan.written
    assert [q.name for q in plan.questions] == ["Karimov Bobur Alisherovich"]
    assert len(plan.questions[0].candidates) == 2
    with pc.session() as session:
        assert session.scalar(select(func.count(Observation.id))) == 0
        assert session.scalar(select(func.count(Teacher.id))) == 3
    shutil.copy(path, tmp_path / "again.xlsx")
