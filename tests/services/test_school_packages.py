"""School → district packages: round trips, repeated and older packages, changes on both
sides, a school known under another identity, tampered files, dry runs and a cancel."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from district_world import (
    TODAY,
    YEAR,
    copy_source,
    school_counts,
    school_ids,
    send_all,
    source_template,
    uuids,
)
from openpyxl import load_workbook
from sqlalchemy import func, select

from eduqa_desktop.exchange.school_package_reader import read_school_package
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.progress import Progress
from eduqa_desktop.services.school_packages import export_school_package
from eduqa_desktop.services.school_packages.receive import (
    STEPS_PER_FILE,
    ReceiveReport,
    receive_packages,
)
from eduqa_desktop.services.schools import create_school
from eduqa_desktop.services.submissions import missing_schools, submissions
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import (
    AuditEntry,
    Observation,
    ResultRow,
    School,
    Teacher,
)


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return source_template(tmp_path_factory.mktemp("schools"))


@pytest.fixture(scope="module")
def packages(origin: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The three schools' packages for the whole year, made once."""
    folder = tmp_path_factory.mktemp("sent")
    db = open_database(folder / "schools.sqlite3")
    db.close()
    db = copy_source(origin, folder / "schools.sqlite3")
    try:
        return send_all(db, folder / "packages", term=None)
    finally:
        db.close()


@pytest.fixture
def schools(origin: Path, tmp_path: Path) -> Iterator[Database]:
    """The schools' own database (a copy), to change and send again."""
    db = copy_source(origin, tmp_path / "schools.sqlite3")
    yield db
    db.close()


@pytest.fixture
def district(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "district.sqlite3")
    yield db
    db.close()


def copies(paths: list[Path], folder: Path) -> list[Path]:
    folder.mkdir(exist_ok=True)
    return [Path(shutil.copy(p, folder / p.name)) for p in paths]


def table_counts(db: Database) -> dict[str, int]:
    from eduqa_desktop.services.schools import database_info

    return dict(database_info(db).row_counts)


def only(report: ReceiveReport, name: str):  # type: ignore[no-untyped-def]
    return next(item for item in report.files if item.file == name)


def change_phone(db: Database, school: str, phone: str) -> str:
    """Give the first teacher of `school` a new phone; their UUID."""
    with db.session() as session:
        teacher = session.scalars(
            select(Teacher).join(School).where(School.name == school).order_by(Teacher.id)
        ).first()
        teacher.phone = phone
        return str(teacher.uuid)


def phone_of(db: Database, teacher_uuid: str) -> str:
    import uuid

    with db.session() as session:
        return session.scalar(select(Teacher.phone).where(Teacher.uuid == uuid.UUID(teacher_uuid)))


def test_three_schools_arrive_in_an_empty_district_with_everything(
    packages: list[Path], schools: Database, district: Database
) -> None:
    report = receive_packages(district, packages)
    assert [item.written for item in report.files] == [True, True, True]
    assert all(not item.errors and not item.conflicts for item in report.files)
    for name in school_ids(schools):
        assert school_counts(district, name) == school_counts(schools, name)
    for model in (School, Teacher, ResultRow, Observation):
        assert uuids(district, model) == uuids(schools, model)
    assert report.schools_missing == []
    assert [s.arrived for s in submissions(district, YEAR, 1)] == [True, True, True]


def test_a_batch_that_writes_is_preceded_by_one_backup(
    packages: list[Path], district: Database
) -> None:
    """One backup before the batch's first write: a copy per package of a district's growing
    database would cost more than the 300 packages themselves."""
    from eduqa_desktop.storage.backup import list_backups

    receive_packages(district, packages)
    made = list_backups(district.path)
    assert [b.reason for b in made] == ["receive-school-packages"]
    assert made[0].counts["schools"] == 0  # the district before any school came
    receive_packages(district, packages)  # nothing new: no more backups
    assert len(list_backups(district.path)) == 1


def test_the_same_packages_again_change_nothing(
    packages: list[Path], district: Database
) -> None:
    first = receive_packages(district, packages)
    before = table_counts(district)
    second = receive_packages(district, packages)
    assert table_counts(district) == before  # not even a second receipt in the log
    for one, two in zip(first.files, second.files, strict=True):
        assert two.written and two.created == 0 and two.updated == 0
        assert two.unchanged == one.created + one.unchanged


def test_a_district_that_has_the_schools_already(packages: list[Path], schools: Database) -> None:
    before = table_counts(schools)
    report = receive_packages(schools, packages)
    assert all(item.written and item.created == 0 and item.updated == 0 for item in report.files)
    after = table_counts(schools)
    assert after.pop("audit_log") == before.pop("audit_log") + 3  # three receipts
    assert after == before


def test_a_newer_package_updates_and_an_older_one_does_not_undo_it(
    schools: Database, district: Database, tmp_path: Path
) -> None:
    name = sorted(school_ids(schools))[0]
    school_id = school_ids(schools)[name]
    old = tmp_path / "old.xlsx"
    export_school_package(schools, school_id, old, year=YEAR, term=1, today=TODAY)
    teacher = change_phone(schools, name, "+998 90 000 00 01")
    new = tmp_path / "new.xlsx"
    export_school_package(schools, school_id, new, year=YEAR, term=1, today=TODAY)

    assert receive_packages(district, [old]).files[0].written
    updated = receive_packages(district, [new]).files[0]
    assert updated.updated == 1 and not updated.conflicts
    assert phone_of(district, teacher) == "+998 90 000 00 01"

    older = receive_packages(district, [old]).files[0]
    assert older.written and older.updated == 0 and not older.conflicts
    assert phone_of(district, teacher) == "+998 90 000 00 01"


def test_an_older_package_first_received_after_the_newer(
    schools: Database, district: Database, tmp_path: Path
) -> None:
    name = sorted(school_ids(schools))[0]
    school_id = school_ids(schools)[name]
    old = tmp_path / "old.xlsx"
    export_school_package(schools, school_id, old, year=YEAR, term=1, today=TODAY)
    teacher = change_phone(schools, name, "+998 90 111 11 11")
    new = tmp_path / "new.xlsx"
    export_school_package(schools, school_id, new, year=YEAR, term=1, today=TODAY)
    receive_packages(district, [new])
    late = receive_packages(district, [old]).files[0]
    assert late.written and late.updated == 0 and late.conflicts == []
    assert phone_of(district, teacher) == "+998 90 111 11 11"


def test_a_record_changed_on_both_sides_is_a_conflict_with_both_versions(
    schools: Database, district: Database, tmp_path: Path
) -> None:
    name = sorted(school_ids(schools))[0]
    school_id = school_ids(schools)[name]
    first = tmp_path / "first.xlsx"
    export_school_package(schools, school_id, first, year=YEAR, term=1, today=TODAY)
    receive_packages(district, [first])
    teacher = change_phone(district, name, "district's number")
    change_phone(schools, name, "school's number")
    second = tmp_path / "second.xlsx"
    export_school_package(schools, school_id, second, year=YEAR, term=1, today=TODAY)

    item = receive_packages(district, [second]).files[0]
    assert item.written
    [conflict] = item.conflicts
    assert (conflict.record, conflict.uuid) == ("teacher", teacher)
    assert conflict.here == {"phone": "district's number"}
    assert conflict.package == {"phone": "school's number"}
    assert phone_of(district, teacher) == "district's number"  # never overwritten silently


def test_a_school_of_the_same_name_with_another_identity_is_a_conflict(
    packages: list[Path], district: Database
) -> None:
    target = packages[0]
    school = read_school_package(target).manifest
    create_school(district, school["school"], district=school["district"], year=YEAR)
    before = table_counts(district)
    item = receive_packages(district, [target]).files[0]
    assert not item.written and item.errors
    [conflict] = item.conflicts
    assert conflict.record == "school" and conflict.package["uuid"] == school["school_uuid"]
    assert table_counts(district) == before


def _tamper(path: Path) -> None:
    """Change one count in the machine results, as a clerk 'fixing' the file would."""
    book = load_workbook(path)
    sheet = book["machine_results"]
    sheet.cell(row=2, column=8).value = str(int(sheet.cell(row=2, column=8).value) + 1)
    book.save(path)


def _drop_sheet(path: Path, name: str) -> None:
    book = load_workbook(path)
    del book[name]
    book.save(path)


def test_a_folder_with_a_tampered_and_a_cut_package_among_good_ones(
    packages: list[Path], district: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    good = copies(packages, folder)
    _tamper(good[0])
    _drop_sheet(good[1], "machine_activities")
    (folder / "notes.xlsx").write_bytes(b"not a workbook at all")
    report = receive_packages(district, [folder])
    assert [item.file for item in report.files] == sorted(p.name for p in folder.iterdir())
    assert "checksum" in only(report, good[0].name).errors[0][0]
    template, params = only(report, good[1].name).errors[0]
    assert params["sheet"] == "machine_activities" and "lacks the sheet" in template
    assert only(report, "notes.xlsx").errors and not only(report, "notes.xlsx").written
    assert only(report, good[2].name).written
    names = [s.school for s in submissions(district, YEAR, 2) if s.arrived]
    assert names == [only(report, good[2].name).school]


def test_a_dry_run_writes_nothing(packages: list[Path], district: Database) -> None:
    before = table_counts(district)
    report = receive_packages(district, packages, dry_run=True)
    assert all(not item.written and item.created > 0 for item in report.files)
    assert table_counts(district) == before


class _CancelInSecondFile(Progress):
    def report(self, done: int, total: int) -> None:
        super().report(done, total)
        if done > STEPS_PER_FILE + 2:
            self.cancel()


def test_a_cancel_keeps_the_files_merged_and_rolls_back_the_current_one(
    packages: list[Path], district: Database
) -> None:
    report = receive_packages(district, packages, progress=_CancelInSecondFile())
    assert report.cancelled
    assert [item.written for item in report.files] == [True, False, False]
    assert "Cancelled" in report.files[1].errors[0][0]
    assert "cancelled before" in report.files[2].errors[0][0]
    with district.session() as session:
        assert session.scalar(select(func.count()).select_from(School)) == 1
    assert missing_schools(district, YEAR, 1) == []  # the one school here has sent


def test_a_package_of_a_quarter_counts_for_that_quarter_only(
    schools: Database, district: Database, tmp_path: Path
) -> None:
    paths = send_all(schools, tmp_path / "q1", term=1)
    create_school(district, "Kelmagan maktab", district="Yunusobod", year=YEAR)
    report = receive_packages(district, paths)
    assert report.schools_missing == ["Kelmagan maktab"]
    assert len(missing_schools(district, YEAR, 2)) == 4
    arrived = [s for s in submissions(district, YEAR, 1) if s.arrived]
    assert {s.package_term for s in arrived} == {"1"} and all(s.app_version for s in arrived)


def test_a_quarter_that_does_not_exist_is_refused(schools: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError):
        export_school_package(schools, 1, tmp_path / "x.xlsx", year=YEAR, term=5)


def test_the_package_is_a_workbook_a_clerk_can_read(packages: list[Path]) -> None:
    book = load_workbook(packages[0], read_only=True)
    names = book.sheetnames
    assert names[:6] == ["Cover", "Staff", "Results", "Observations", "Activities",
                         "Plan fulfilment"]  # fmt: skip
    assert "machine_manifest" in names and "machine_teachers" in names
    cover = {row[0]: row[1] for row in book["Cover"].iter_rows(min_row=3, values_only=True)}
    assert cover["School"] == read_school_package(packages[0]).school
    assert cover["Period"] == f"academic year {YEAR}" and cover["App version"]
    results = list(book["Results"].iter_rows(values_only=True))
    assert results[0][12:16] == ("Pass rate %", "Quality %", "SOU %", "Average mark")
    assert 0 <= results[1][12] <= 100
    with zipfile.ZipFile(packages[0]) as archive:
        assert archive.testzip() is None
    with pytest.raises(KeyError):
        book["machine_"]
    assert not any(entry for entry in [AuditEntry] if entry is None)
