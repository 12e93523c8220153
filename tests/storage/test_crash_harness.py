"""A kill at any moment leaves a database that opens and holds the old or the new state.

Each operation — a results import, a district receiving school packages, the demo, the
migration from 0001, backups, the observation autosave — runs in a subprocess
(tests/crash_child.py) killed with SIGKILL at a few fixed moments after it starts (CI size;
``benchmarks/bench_data_safety.py --kills 30`` runs many more). After each kill: PRAGMA
integrity_check is ok, the database opens in the app, and the row counts are those of before
or of after — never between (for the receive: each school's, package by package); an
autosaved draft keeps every save the child reported (the form saves every 3 s).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from engines import ON_SERVER

from eduqa_desktop.storage.database import head_revision, open_database

CHILD = Path(__file__).resolve().parents[1] / "crash_child.py"
DATA = Path(__file__).resolve().parents[1] / "data"
KILL_AFTER = (0.05, 0.4, 1.2)  # seconds after the child says "started"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def run_and_kill(operation: str, database: Path, delay: float, extra: Path | None = None) -> str:
    """Start the child, kill it `delay` seconds after it started; its output so far."""
    command = [sys.executable, str(CHILD), operation, str(database)]
    if extra is not None:
        command.append(str(extra))
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first.strip() == "started", child.stderr.read() if child.stderr else first
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _err = child.communicate(timeout=30)
    return first + out


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def counts(path: Path, *tables: str) -> tuple[int, ...]:
    db = open_database(path)  # it opens in the app (and is upgraded, when it was not)
    try:
        with db.engine.connect() as connection:
            return tuple(
                connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0
                for t in tables
            )
    finally:
        db.close()


@pytest.fixture(scope="module")
def results_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from openpyxl import Workbook

    path = tmp_path_factory.mktemp("crash") / "results.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Класс", "Предмет", "Учитель", "Учащихся", "«5»", "«4»", "«3»", "«2»"])
    subjects = ["Алгебра", "Геометрия", "Физика", "Химия", "Биология", "История"]
    for grade in range(5, 12):
        for letter in "АБВГДЕЖЗ":
            for subject in subjects:
                sheet.append([f"{grade}-{letter}", subject, "Sharipova Gulnora", 25, 5, 10, 8, 2])
    book.save(path)
    return path


@pytest.fixture
def school_file(tmp_path: Path) -> Path:
    from eduqa_desktop.services.schools import create_school

    path = tmp_path / "school.sqlite3"
    db = open_database(path)
    create_school(db, "Test maktab", district="", region="", year="2025-2026")
    db.close()
    return path


@pytest.mark.parametrize("delay", KILL_AFTER)
def test_killed_during_an_import(school_file, results_file, delay):  # type: ignore[no-untyped-def]
    run_and_kill("import", school_file, delay, results_file)
    assert integrity(school_file) == "ok"
    (rows,) = counts(school_file, "result_rows")
    assert rows in (0, 7 * 8 * 6)


@pytest.mark.parametrize("delay", KILL_AFTER)
def test_killed_while_the_demo_is_made(tmp_path, delay):  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.sqlite3"
    open_database(path).close()
    run_and_kill("demo", path, delay)
    assert integrity(path) == "ok"
    schools, teachers = counts(path, "schools", "teachers")
    assert (schools, teachers) in ((0, 0), (1, 12))


@pytest.mark.parametrize("delay", KILL_AFTER)
def test_killed_during_the_migration_from_0001(tmp_path, delay):  # type: ignore[no-untyped-def]
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(DATA / "schema_0001.sqlite3", path)
    run_and_kill("migration", path, delay)
    assert integrity(path) == "ok"
    connection = sqlite3.connect(path)
    version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    connection.close()
    assert version in ("0001", "0002", "0003", "0004", "0005", head_revision())
    assert counts(path, "schools") == (1,)  # it opens, and upgrades to the head, after


@pytest.mark.parametrize("delay", KILL_AFTER)
def test_killed_while_backing_up(school_file, delay):  # type: ignore[no-untyped-def]
    from eduqa_desktop.storage.backup import list_backups

    run_and_kill("backup", school_file, delay)
    assert integrity(school_file) == "ok"
    for backup in list_backups(school_file):  # every backup that has its name is whole
        assert integrity(backup.path) == "ok"


def draft_database(path: Path) -> Path:
    """A school's database file holding one draft observation (id 1), topic "typed 0"."""
    from datetime import date

    from observation_seed import seed

    from eduqa_desktop.services.checklist_views import load_template
    from eduqa_desktop.services.observation_records import ObservationInput, ScoreInput
    from eduqa_desktop.services.observations import save_draft
    from eduqa_desktop.services.schools import create_school

    db = open_database(path)
    create_school(db, "Test maktab", district="Chilonzor", region="Toshkent", year="2025-2026")
    seeded = seed(db)
    template = load_template(db, seeded.templates["walkthrough"])
    draft = save_draft(
        db,
        ObservationInput(
            school_id=seeded.school_id,
            teacher_id=seeded.teachers["Sharipova"],
            template_id=template.id,
            observed_on=date(2025, 10, 14),
            observer="Rahimova N.",
            topic="typed 0",
            scores=tuple(ScoreInput(c.id, 2) for c in template.criteria),
        ),
    )
    assert draft.id == 1
    db.close()
    return path


def autosave_kept(path: Path, output: str) -> bool:
    """Did the draft keep every save the child reported (at most the one being written lost)?"""
    from eduqa_desktop.services.observation_records import get_observation

    saved = [int(line.split()[1]) for line in output.splitlines() if line.startswith("saved")]
    again = open_database(path)
    try:
        typed = int(get_observation(again, 1).data.topic.split()[1])
    finally:
        again.close()
    last_reported = saved[-1] if saved else 0
    return typed in (last_reported, last_reported + 1)


@pytest.mark.skipif(ON_SERVER, reason="a process killed while it writes a database file")
@pytest.mark.parametrize("delay", KILL_AFTER)
def test_killed_while_a_draft_autosaves(tmp_path, delay):  # type: ignore[no-untyped-def]
    path = draft_database(tmp_path / "school.sqlite3")
    output = run_and_kill("autosave", path, delay)
    assert integrity(path) == "ok"
    assert autosave_kept(path, output)  # each save reported is kept: none lost but the last


# --- a district receiving school packages -------------------------------------------------------

RECEIVE_AT = (0.15, 0.5, 0.85)  # fractions of the whole receive's measured length


def run_whole(operation: str, database: Path, extra: Path) -> float:
    """Seconds the child takes from "started" to its end, not killed."""
    child = subprocess.Popen([sys.executable, str(CHILD), operation, str(database), str(extra)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "started"
    start = time.perf_counter()
    out, err = child.communicate(timeout=600)
    assert child.returncode == 0 and "done" in out, err
    return time.perf_counter() - start


def per_school(path: Path, names: list[str]) -> dict[str, dict[str, int]]:
    from district_world import school_counts

    db = open_database(path)  # it opens in the app
    try:
        return {name: school_counts(db, name) for name in names}
    finally:
        db.close()


@pytest.fixture(scope="module")
def received(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A folder of three schools' packages; each school's counts once received, and how long
    receiving the folder takes."""
    from district_world import copy_source, send_all, source_template

    folder = tmp_path_factory.mktemp("receive")
    schools = copy_source(source_template(folder), folder / "schools.sqlite3")
    try:
        packages = send_all(schools, folder / "packages", term=None)
    finally:
        schools.close()
    whole = folder / "whole.sqlite3"
    open_database(whole).close()
    seconds = run_whole("receive", whole, folder / "packages")
    names = [path.stem for path in packages]
    return folder / "packages", per_school(whole, names), seconds


@pytest.mark.skipif(ON_SERVER, reason="a process killed while it writes a database file")
@pytest.mark.parametrize("at", RECEIVE_AT)
def test_killed_while_school_packages_are_received(tmp_path, received, at):  # type: ignore[no-untyped-def]
    folder, after, seconds = received
    path = tmp_path / "district.sqlite3"
    open_database(path).close()
    run_and_kill("receive", path, seconds * at, folder)
    assert integrity(path) == "ok"
    nothing = dict.fromkeys(next(iter(after.values())), 0)
    for name, found in per_school(path, list(after)).items():  # each package all or nothing
        assert found in (nothing, after[name]), name
