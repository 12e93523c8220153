"""A school-package receive takes the school's import lock: while an import writes into the
school the package is refused, told who is importing, and nothing of it is written (the rest
of the batch goes in); while the package merges, an import into the school is refused the same
way; the lock is gone once the receive is over."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from district_world import copy_source, send_all, source_template
from engines import new_location
from sqlalchemy import func, select

from eduqa_desktop.exchange.school_package_format import SCHOOL_SHEET, TEACHERS_SHEET
from eduqa_desktop.exchange.school_package_reader import read_school_package
from eduqa_desktop.services import audit
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.import_guard import one_import_per_school
from eduqa_desktop.services.imports import school_package
from eduqa_desktop.services.school_packages.receive import receive_packages
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.import_locks import school_import_lock
from eduqa_desktop.storage.models import ImportLock, School, Teacher


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("sent")
    db = copy_source(source_template(tmp_path_factory.mktemp("schools")), folder / "s.sqlite3")
    try:
        return send_all(db, folder / "packages", term=None)
    finally:
        db.close()


@pytest.fixture
def district(tmp_path: Path, packages: list[Path]) -> Iterator[Database]:
    """A district that knows the first package's school (its record only, nothing in it)."""
    db = open_database(new_location(tmp_path, "district"))
    [record] = read_school_package(packages[0]).records(SCHOOL_SHEET)
    with db.session() as session:
        session.add(School(uuid=uuid.UUID(record["uuid"]), name=record["name"],
                           district=record["district"], region=record["region"]))  # fmt: skip
    yield db
    db.close()


def _known_school(db: Database) -> tuple[int, str]:
    with db.session() as session:
        school = session.scalars(select(School)).one()
        return school.id, school.name


def _teachers(db: Database, school_id: int) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).where(Teacher.school_id == school_id))


def _locks(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(ImportLock))


def test_a_package_for_a_school_being_imported_into_waits_its_turn(
    district: Database, packages: list[Path]
) -> None:
    school_id, name = _known_school(district)
    with school_import_lock(district, school_id, "Karimova N. (PC-7)"):
        report = receive_packages(district, packages)
    refused, *others = report.files
    assert refused.school == name and not refused.written
    [(template, params)] = refused.errors
    assert params["who"] == "Karimova N. (PC-7)"
    assert "importing into this school" in template.format(**params)
    assert _teachers(district, school_id) == 0  # nothing of it written
    assert others and all(item.written and not item.errors for item in others)
    assert _locks(district) == 0
    again = receive_packages(district, packages[:1])  # once the import is over
    assert again.files[0].written and _teachers(district, school_id) > 0
    assert _locks(district) == 0


def test_an_import_into_the_school_while_its_package_merges_is_refused(
    district: Database, packages: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    school_id, _ = _known_school(district)
    run = school_package.SchoolPackageMerge.run
    refusals: list[UserError] = []

    def an_import_meanwhile(merge):  # type: ignore[no-untyped-def]
        with pytest.raises(UserError) as refused, one_import_per_school(district, school_id):
            pytest.fail("two writers in one school")
        refusals.append(refused.value)
        return run(merge)

    monkeypatch.setattr(school_package.SchoolPackageMerge, "run", an_import_meanwhile)
    report = receive_packages(district, packages[:1])
    assert report.files[0].written
    [refusal] = refusals
    assert refusal.params["who"].startswith(audit.current_user() or "?")
    assert _locks(district) == 0


def test_a_dry_run_takes_no_lock(district: Database, packages: list[Path]) -> None:
    school_id, _ = _known_school(district)
    with school_import_lock(district, school_id, "Karimova N. (PC-7)"):
        report = receive_packages(district, packages[:1], dry_run=True)
    assert not report.files[0].errors and _teachers(district, school_id) == 0


def test_two_receives_of_a_school_new_here_at_once_both_go_in_once(
    district: Database, packages: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second receive makes the school while the first is between reading that the school
    is new and creating it: the first meets the unique key, and merges again under the lock
    of the school the second made. Neither is refused; the school is there once, whole."""
    new_here = packages[1]
    base_of = school_package.SchoolPackageMerge._base_of
    other: list[object] = []

    def the_other_receive_meanwhile(merge, school_uuid):  # type: ignore[no-untyped-def]
        if not other:  # only in the first receive, the first time
            other.append(None)
            worker = threading.Thread(
                target=lambda: other.append(receive_packages(district, [new_here]))
            )
            worker.start()
            worker.join(timeout=60)
        return base_of(merge, school_uuid)

    monkeypatch.setattr(school_package.SchoolPackageMerge, "_base_of", the_other_receive_meanwhile)
    first = receive_packages(district, [new_here])
    [_, second] = other
    for report in (first, second):
        [item] = report.files  # type: ignore[attr-defined]
        assert item.written and not item.errors, item.errors
    name = read_school_package(new_here).school
    with district.session() as session:
        [school_id] = session.scalars(select(School.id).where(School.name == name)).all()
    sent = len(read_school_package(new_here).records(TEACHERS_SHEET))
    assert sent and _teachers(district, school_id) == sent
    assert second.files[0].created  # type: ignore[attr-defined]
    assert first.files[0].unchanged and not first.files[0].created  # merged again: all there
    assert _locks(district) == 0
