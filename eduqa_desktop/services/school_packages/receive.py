"""The district receives school packages: File ▸ Receive school packages… and
``eduqa import school-packages``.

Each file is read and merged on its own, in its own transaction (``services.imports.
school_package``): a refused file (damaged, altered, a conflict over the school itself, a bad
row) writes nothing and the others still go in. A cancel rolls back the file being merged;
the files merged before it stay, and the report says which. A dry run merges and rolls back.
The database is backed up once, before the batch's first write (services.backups), and every
file is held to the database's limits for incoming files (services.file_limits). A file merges
into a school the database knows under the school's import lock (services.import_guard): a
receive and an import into the same school never write at once, and the second is told who.
Two receives of a school new here at once: the one that loses the race to create it merges
again, under the lock of the school the other made.
Conflicts keep the district's copy unless the caller's choices take the package's (per
conflict, or all of them): a preview (dry run) lists them, the user chooses, the receive
applies it.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from eduqa_desktop.domain.merge_conflicts import OURS, Choices
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.exchange.file_deadline import file_deadline
from eduqa_desktop.exchange.school_package_format import SCHOOL_SHEET
from eduqa_desktop.exchange.school_package_reader import SchoolPackageContents, read_school_package
from eduqa_desktop.services import access
from eduqa_desktop.services.backups import backup_before
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.file_limits import incoming_files
from eduqa_desktop.services.import_guard import one_import_per_school
from eduqa_desktop.services.imports.package_settling import Conflict, Message
from eduqa_desktop.services.imports.school_package import SchoolPackageMerge
from eduqa_desktop.services.progress import NO_PROGRESS, Cancelled, Progress
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import School
from eduqa_desktop.text import QT_TRANSLATE_NOOP

STEPS_PER_FILE = 10  # progress units of one file: 1 to read, 8 to merge, 1 to commit
PACKAGE_SUFFIXES = (".xlsx",)
CANCELLED = QT_TRANSLATE_NOOP(
    "Messages", "Cancelled while this file was being merged: nothing of it was written."
)
NOT_REACHED = QT_TRANSLATE_NOOP("Messages", "Not received: the batch was cancelled before it.")
CLASH = QT_TRANSLATE_NOOP(
    "Messages",
    "The package clashes with records in this database ({detail}); nothing of it was written.",
)
NO_PACKAGES = QT_TRANSLATE_NOOP("Messages", "The folder “{folder}” holds no .xlsx files.")


@dataclass
class FileReport:
    file: str
    school: str = ""
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    errors: list[Message] = field(default_factory=list)
    written: bool = False
    year: str = ""
    term: str = ""


@dataclass
class ReceiveReport:
    files: list[FileReport]
    schools_missing: list[str]
    cancelled: bool = False
    dry_run: bool = False


def package_files(paths: Iterable[Path | str]) -> list[Path]:
    """The files named, and the .xlsx files of the folders named (sorted, no duplicates)."""
    found: list[Path] = []
    for item in map(Path, paths):
        if item.is_dir():
            inside = sorted(  # "~$…" is Excel's lock file of an open workbook
                p for p in item.iterdir()
                if p.suffix.lower() in PACKAGE_SUFFIXES and not p.name.startswith("~$")
            )  # fmt: skip
            if not inside:
                raise UserError(NO_PACKAGES, folder=item.name)
            found.extend(inside)
        else:
            found.append(item)
    unique: dict[Path, None] = {}
    for item in found:
        unique.setdefault(item.resolve(), None)
    return list(unique)


class _FileProgress(Progress):
    """One file's steps as a part of the batch's progress."""

    def __init__(self, outer: Progress, index: int, total: int) -> None:
        super().__init__()
        self.outer, self.index, self.total = outer, index, total

    def report(self, done: int, total: int) -> None:
        share = STEPS_PER_FILE * done // max(total, 1)
        self.outer.report(self.index * STEPS_PER_FILE + min(share, STEPS_PER_FILE - 1),
                          self.total * STEPS_PER_FILE)  # fmt: skip

    def check(self) -> None:
        self.outer.check()


@dataclass
class _Batch:
    dry_run: bool
    prefer: str = OURS
    choices: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # file → key → choice
    backed_up: bool = False  # one backup before the batch's first write, not one a file


def _school_id(db: Database, package: SchoolPackageContents) -> int | None:
    """The id of the package's school in this database; None when it is new here (or the
    package's school row is damaged: the merge reports it)."""
    records = package.records(SCHOOL_SHEET)
    try:
        school_uuid = uuid.UUID(records[0]["uuid"]) if len(records) == 1 else None
    except (KeyError, ValueError):
        return None
    if school_uuid is None:
        return None
    with db.session() as session:
        return session.scalar(select(School.id).where(School.uuid == school_uuid))


def _school_lock(
    db: Database, school_id: int | None, batch: _Batch
) -> AbstractContextManager[None]:
    """The import lock of the package's school, when the database has the school. A school new
    here is created by the merge, unlocked: a second receive of it at once meets the UUID's
    unique key and is merged again, under the lock of the school the first one made. A dry run
    writes nothing and takes no lock."""
    if batch.dry_run or school_id is None:
        return nullcontext()
    return one_import_per_school(db, school_id)


def _merge_one(
    db: Database,
    package: SchoolPackageContents,
    school_id: int | None,
    batch: _Batch,
    choices: Choices,
    report: FileReport,
    deadline: Any,
    progress: Progress,
) -> None:
    """Merge the package in one transaction and fill `report`; IntegrityError leaves."""
    with _school_lock(db, school_id, batch), db.durable_session() as session:
        with deadline:
            merge = SchoolPackageMerge(session, package, deadline.watching(progress), choices)
            tally = merge.run()
        report.created, report.updated = tally.created, tally.updated
        report.deleted = tally.deleted
        report.unchanged, report.conflicts = tally.unchanged, tally.conflicts
        report.errors = tally.errors
        if batch.dry_run or tally.errors:
            session.rollback()
            return
        progress.check()  # a cancel at the very end still writes nothing
        if (tally.created or tally.updated or tally.deleted) and not batch.backed_up:
            # the state before the batch, read while this transaction is open (WAL);
            # a backup that cannot be written refuses the file (the block rolls back)
            backup_before(db, "receive-school-packages")
            batch.backed_up = True
        report.written = True


def _receive_one(db: Database, path: Path, batch: _Batch, progress: Progress) -> FileReport:
    choices = Choices(batch.prefer, batch.choices.get(path.name, {}))
    report = FileReport(path.name)
    deadline = file_deadline(path)  # the file's time limit: reading and merging, up to the write
    try:
        with deadline:
            package = read_school_package(path)
    except UserError as error:
        report.errors.append((error.template, dict(error.params)))
        return report
    report.school = package.school
    report.year, report.term = package.manifest.get("year", ""), package.manifest.get("term", "")
    progress.check()
    progress.report(1, STEPS_PER_FILE)
    school_id = _school_id(db, package)
    try:
        try:
            _merge_one(db, package, school_id, batch, choices, report, deadline, progress)
        except IntegrityError:
            made_meanwhile = None if school_id is not None else _school_id(db, package)
            if made_meanwhile is None or batch.dry_run:
                raise
            # another receive made the school while this one merged: again, under its lock
            report.written = False
            _merge_one(db, package, made_meanwhile, batch, choices, report, deadline, progress)
    except UserError as error:  # the school is busy, or the backup could not be written
        report.errors.append((error.template, dict(error.params)))
        report.written = False
    except IntegrityError as error:  # a case the matching missed: refused, never a traceback
        report.errors.append((CLASH, {"detail": str(error.orig)}))
        report.written = False
    if report.errors:
        report.created = report.updated = report.deleted = 0
    return report


def _receive_all(
    db: Database, files: list[Path], batch: _Batch, reports: list[FileReport], progress: Progress
) -> bool:
    """Each file in turn into `reports`; whether the batch was cancelled."""
    cancelled = False
    for index, path in enumerate(files):
        if cancelled:
            reports.append(FileReport(path.name, errors=[(NOT_REACHED, {})]))
            continue
        part = _FileProgress(progress, index, len(files))
        try:
            progress.check()
            reports.append(_receive_one(db, path, batch, part))
        except Cancelled:
            cancelled = True
            reports.append(FileReport(path.name, errors=[(CANCELLED, {})]))
        progress.report((index + 1) * STEPS_PER_FILE, len(files) * STEPS_PER_FILE)
    return cancelled


def receive_packages(
    db: Database,
    paths: Sequence[Path | str],
    *,
    dry_run: bool = False,
    prefer: str = OURS,
    choices: Mapping[str, Mapping[str, str]] | None = None,
    progress: Progress = NO_PROGRESS,
) -> ReceiveReport:
    """Receive every package named (files or folders); see the module docstring. A conflict
    keeps the district's copy, or takes the package's: as `choices` say for it (file name →
    ``Conflict.key`` → "ours"/"theirs"), else as `prefer` says."""
    access.require(db, Action.IMPORT)
    from eduqa_desktop.services.submissions import missing_schools

    files = package_files(paths)
    reports: list[FileReport] = []
    batch = _Batch(dry_run, prefer, choices or {})
    with incoming_files(db):  # every package held to this database's file limits
        cancelled = _receive_all(db, files, batch, reports, progress)
    periods = Counter((r.year, r.term) for r in reports if r.year)
    missing: list[str] = []
    if periods:
        year, term = periods.most_common(1)[0][0]
        missing = missing_schools(db, year, int(term) if term else None)
        if dry_run:  # as they would be once received
            would = {r.school for r in reports if not r.errors and (r.year, r.term) == (year, term)}
            missing = [name for name in missing if name not in would]
    return ReceiveReport(reports, missing, cancelled, dry_run)


def report_json(report: ReceiveReport, message: Any) -> dict[str, Any]:
    """The report as the command line prints it; `message(template, params)` words an error."""
    return {
        "files": [
            {
                "file": item.file,
                "school": item.school,
                "created": item.created,
                "updated": item.updated,
                "unchanged": item.unchanged,
                "deleted": item.deleted,
                "conflicts": [c.as_json() for c in item.conflicts],
                "errors": [message(template, params) for template, params in item.errors],
                "written": item.written,
            }
            for item in report.files
        ],
        "schools_missing": report.schools_missing,
    }
