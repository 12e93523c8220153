"""The time limit of an incoming file covers its whole import — the guard's look at the zip,
opening it, reading and validating it — up to the write, for every importer: past it, the
import is refused with the limit named and nothing is written. Time is passed by an injected
clock (never by waiting): it jumps past the limit at one chosen step of the import."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from exchange.builders import add_teachers, school_id_of

from eduqa_desktop.exchange import file_guard, workbook_reader
from eduqa_desktop.exchange.file_deadline import (
    Deadline,
    check_deadline,
    file_deadline,
    timed,
    using_clock,
)
from eduqa_desktop.exchange.file_limits import FileLimits, FileRefused
from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.progress import Progress
from eduqa_desktop.services.file_limits import save_file_limits
from eduqa_desktop.services.imports import run as importers
from eduqa_desktop.services.schools import database_info
from eduqa_desktop.storage.database import Database

SCHOOLS = Path(__file__).resolve().parents[1] / "data" / "schools"
FILES = {
    ImportKind.TEACHERS: SCHOOLS / "staff_ru_totals.xlsx",
    ImportKind.RESULTS: SCHOOLS / "results_ru_abbreviated.xlsx",
    ImportKind.ACTIVITIES: SCHOOLS / "activities_ru_totals.xlsx",
    ImportKind.OBSERVATIONS: SCHOOLS / "observations_ru_totals.xlsx",
}
LIMIT_S = 90.0


class Clock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def past_the_limit(self) -> None:
        self.now += LIMIT_S + 1


@pytest.fixture
def clock() -> Iterator[Clock]:
    with using_clock(Clock()) as injected:
        yield injected  # type: ignore[misc]


@pytest.fixture
def school(school_db: Database) -> tuple[Database, int]:
    school_id = school_id_of(school_db)
    add_teachers(school_db, school_id)
    save_file_limits(school_db, FileLimits(max_seconds=LIMIT_S))  # a setting like any other
    return school_db, school_id


def row_counts(db: Database) -> dict[str, int]:
    counts = dict(database_info(db).row_counts)
    counts.pop("audit_log", None)
    counts.pop("settings", None)
    return counts


def _jump_at(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, clock: Clock) -> None:
    """The clock passes the limit when `owner.name` is called (then it runs as ever)."""
    original = getattr(owner, name)

    def late(*args: Any, **kwargs: Any) -> Any:
        clock.past_the_limit()
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, late)


def _refused_in_time(action: Callable[[], object], file: str, limit: float = LIMIT_S) -> None:
    with pytest.raises(FileRefused) as refused:
        action()
    assert refused.value.exceeded == "max_seconds"
    assert f"“{file}” took longer than {limit:g} seconds" in str(refused.value)


def _import(db: Database, school_id: int, kind: ImportKind, path: Path):  # type: ignore[no-untyped-def]
    return importers.apply_import(db, ImportRequest(kind, path, school_id, "2025-2026", 1))


# --- the mechanism ------------------------------------------------------------------------------


def test_a_deadline_refuses_only_once_its_seconds_have_passed(clock: Clock) -> None:
    deadline = Deadline("staff.xlsx", 5)
    clock.now += 5
    deadline.check()  # exactly at the limit: still in time
    clock.now += 0.001
    _refused_in_time(deadline.check, "staff.xlsx", 5)


def test_the_deadline_in_force_is_found_again_and_checks_progress(clock: Clock) -> None:
    outer = file_deadline("a.xlsx", FileLimits(max_seconds=LIMIT_S))
    with outer:
        assert file_deadline("a.xlsx") is outer  # a service deep down: the same deadline
        assert file_deadline("b.xlsx") is not outer  # another file: its own
        with outer:  # entered again (e.g. inside the transaction)
            check_deadline()
        watched = outer.watching(Progress())
        watched.check()
        clock.past_the_limit()
        _refused_in_time(watched.check, "a.xlsx")
        _refused_in_time(check_deadline, "a.xlsx")
    check_deadline()  # none in force: nothing to refuse


def test_timed_work_is_checked_when_it_ends(clock: Clock) -> None:
    limits = FileLimits(max_seconds=LIMIT_S)
    _refused_in_time(lambda: timed("c.xlsx", clock.past_the_limit, limits), "c.xlsx")
    assert timed("c.xlsx", lambda: 7, limits) == 7


# --- every step of a results import -------------------------------------------------------------


@pytest.mark.parametrize(
    ("owner", "name"),
    [
        (file_guard._XmlScan, "feed"),  # the guard streams the zip's XML
        (workbook_reader._XlsxGrid, "__init__"),  # the parser opens the workbook
        (workbook_reader, "filled_rows"),  # the rows are read (validating: the test below)
    ],
    ids=["guard", "open", "read"],
)
def test_a_results_import_past_its_time_at_any_step_writes_nothing(  # type: ignore[no-untyped-def]
    school, clock, monkeypatch, owner, name
) -> None:
    db, school_id = school
    _jump_at(monkeypatch, owner, name, clock)
    before = row_counts(db)
    path = FILES[ImportKind.RESULTS]
    _refused_in_time(lambda: _import(db, school_id, ImportKind.RESULTS, path), path.name)
    assert row_counts(db) == before


def test_the_write_itself_is_not_timed(school, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, school_id = school
    _jump_at(monkeypatch, importers, "backup_before", clock)  # the write has begun
    plan = _import(db, school_id, ImportKind.RESULTS, FILES[ImportKind.RESULTS])
    assert plan.written and plan.created


# --- every importer -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(FILES), ids=[k.value for k in FILES])
def test_every_table_importer_is_held_to_the_time_while_it_validates(  # type: ignore[no-untyped-def]
    school, clock, monkeypatch, kind
) -> None:
    db, school_id = school
    layout, importer = importers._TABLE_IMPORTERS[kind]

    def late(context, table) -> None:  # type: ignore[no-untyped-def]
        clock.past_the_limit()
        importer(context, table)

    monkeypatch.setitem(importers._TABLE_IMPORTERS, kind, (layout, late))
    before = row_counts(db)
    _refused_in_time(lambda: _import(db, school_id, kind, FILES[kind]), FILES[kind].name)
    assert row_counts(db) == before
    monkeypatch.setitem(importers._TABLE_IMPORTERS, kind, (layout, importer))
    plan = _import(db, school_id, kind, FILES[kind])  # in time, the same file is not refused
    assert plan.written or kind == ImportKind.OBSERVATIONS  # (whose teachers are not here)


def test_a_checklist_is_held_to_the_time_while_it_is_settled(  # type: ignore[no-untyped-def]
    school, clock, monkeypatch, tmp_path
) -> None:
    from eduqa_desktop.exchange.checklist_workbook import write_checklist_workbook
    from eduqa_desktop.services import checklist_files
    from eduqa_desktop.services.imports import checklist
    from eduqa_desktop.services.reference_data import load_shipped_checklists

    db, school_id = school
    spec = load_shipped_checklists()[0]
    path = write_checklist_workbook(spec, tmp_path / "checklist.xlsx", "ru")
    path = _renamed(path, spec)
    _jump_at(monkeypatch, checklist, "settle_checklist", clock)
    before = row_counts(db)
    _refused_in_time(lambda: _import(db, school_id, ImportKind.CHECKLIST, path), path.name)
    _refused_in_time(lambda: checklist_files.import_checklist_file(db, path), path.name)
    assert row_counts(db) == before


def _renamed(path: Path, spec: Any) -> Path:
    """A copy whose checklist is not among the database's own (else nothing would change)."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value == spec.code:
                    cell.value = spec.code + "-x"
    target = path.with_name("other_checklist.xlsx")
    book.save(target)
    return target


def test_a_survey_and_a_graduates_file_are_held_to_the_time(  # type: ignore[no-untyped-def]
    school, clock, monkeypatch, tmp_path
) -> None:
    from eduqa_desktop.services import graduates_import, survey_import
    from eduqa_desktop.services.survey_files import survey_template

    db, school_id = school
    survey = survey_template(db, tmp_path / "survey.xlsx", "parents")
    graduates = graduates_import.graduates_template(
        db, tmp_path / "graduates.xlsx", school_id=school_id, year="2025-2026"
    )
    _jump_at(monkeypatch, survey_import, "school_of_file", clock)
    _jump_at(monkeypatch, graduates_import, "school_of_file", clock)
    before = row_counts(db)
    request = survey_import.SurveyImportRequest(survey, school_id)
    _refused_in_time(lambda: survey_import.apply_survey_import(db, request), survey.name)
    _refused_in_time(lambda: survey_import.preview_survey_import(db, request), survey.name)
    graduates_request = graduates_import.GraduatesImportRequest(graduates, school_id)
    _refused_in_time(lambda: graduates_import.apply_graduates_import(db, graduates_request),
                     graduates.name)  # fmt: skip
    assert row_counts(db) == before


def test_an_observations_package_is_held_to_the_time(  # type: ignore[no-untyped-def]
    school, clock, monkeypatch, tmp_path
) -> None:
    from exchange.builders import add_observation
    from sqlalchemy import select

    from eduqa_desktop.services.imports import export_observations, observation_package
    from eduqa_desktop.storage.models import Teacher

    db, school_id = school
    with db.session() as session:
        teacher_id = session.scalars(select(Teacher.id).where(Teacher.school_id == school_id))
        teacher_id = teacher_id.first()
    add_observation(db, school_id, teacher_id)
    path = tmp_path / "package.xlsx"
    export_observations(db, school_id, path)
    other = _fresh_school(tmp_path)
    try:
        _jump_at(monkeypatch, observation_package, "merge_observations", clock)
        before = row_counts(other[0])
        _refused_in_time(lambda: _import(*other, ImportKind.OBSERVATIONS, path), path.name)
        assert row_counts(other[0]) == before
    finally:
        other[0].close()


def _fresh_school(tmp_path: Path) -> tuple[Database, int]:
    from engines import new_location

    from eduqa_desktop.services.schools import create_school
    from eduqa_desktop.storage.database import open_database

    db = open_database(new_location(tmp_path, "other"))
    create_school(db, "Boshqa maktab", year="2025-2026")
    save_file_limits(db, FileLimits(max_seconds=LIMIT_S))
    return db, school_id_of(db)


def test_a_school_package_is_held_to_the_time_while_it_merges(  # type: ignore[no-untyped-def]
    clock, monkeypatch, tmp_path_factory
) -> None:
    from district_world import copy_source, send_all, source_template
    from engines import new_location

    from eduqa_desktop.exchange.file_deadline import TOO_SLOW
    from eduqa_desktop.services.imports import school_package
    from eduqa_desktop.services.school_packages.receive import receive_packages
    from eduqa_desktop.storage.database import open_database

    folder = tmp_path_factory.mktemp("sent")
    schools = copy_source(source_template(tmp_path_factory.mktemp("s")), folder / "s.sqlite3")
    try:
        first, *_ = send_all(schools, folder / "packages", term=None)
    finally:
        schools.close()
    district = open_database(new_location(folder, "district"))
    try:
        save_file_limits(district, FileLimits(max_seconds=LIMIT_S))
        _jump_at(monkeypatch, school_package.SchoolPackageMerge, "_results", clock)
        before = row_counts(district)
        [report] = receive_packages(district, [first]).files
        assert not report.written and report.errors == [
            (TOO_SLOW, {"file": first.name, "limit": f"{LIMIT_S:g}"})
        ]
        assert row_counts(district) == before
    finally:
        district.close()
