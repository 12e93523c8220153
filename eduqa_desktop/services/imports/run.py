"""Importing a workbook: read it, plan every row against the database, then write all or nothing.

:func:`preview_import` runs the whole import inside a transaction and rolls it back, so the
plan the preview shows is exactly what :func:`apply_import` will do. :func:`apply_import`
runs it again in one durable transaction and commits only when there is no problem and no
unanswered teacher question; a cancel (``Cancelled`` from the progress) rolls back too.
Importing the same file twice changes nothing the second time: every row is matched by its
natural key (a results row by term × class × subject × teacher, a teacher by personnel number
or name, an activity by teacher × type × date × note, an observation of an exchange package
by UUID, a lesson of a filled observations template by teacher × date × period × class).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.exchange_package import is_package
from eduqa_desktop.exchange.file_deadline import file_deadline
from eduqa_desktop.exchange.import_plan import (
    Action,
    ColumnQuestion,
    ImportKind,
    ImportPlan,
    ImportRequest,
)
from eduqa_desktop.exchange.problems import Problem
from eduqa_desktop.exchange.school_package_reader import is_school_package
from eduqa_desktop.exchange.workbook_reader import (
    MissingColumns,
    Table,
    header_signature,
    read_table,
)
from eduqa_desktop.progress import NO_PROGRESS, Progress
from eduqa_desktop.services import audit
from eduqa_desktop.services.backups import backup_before
from eduqa_desktop.services.conflicts import CHANGED_MEANWHILE
from eduqa_desktop.services.file_limits import incoming_files
from eduqa_desktop.services.import_guard import one_import_per_school
from eduqa_desktop.services.imports import activities, observation_rows, results, teachers
from eduqa_desktop.services.imports.context import ImportContext
from eduqa_desktop.services.settings_store import read_setting, write_setting
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.storage.database import Database
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = ["ImportKind", "ImportPlan", "ImportRequest", "apply_import", "preview_import"]

_TABLE_IMPORTERS: dict[ImportKind, tuple[object, Callable[[ImportContext, Table], None]]] = {
    ImportKind.TEACHERS: (teachers.LAYOUT, teachers.import_teachers),
    ImportKind.RESULTS: (results.LAYOUT, results.import_results),
    ImportKind.ACTIVITIES: (activities.LAYOUT, activities.import_activities),
    ImportKind.OBSERVATIONS: (observation_rows.LAYOUT, observation_rows.import_observations),
}


def _max_rows(db: Database, request: ImportRequest) -> int:
    return request.max_rows or load_thresholds(db).max_import_rows


def _run(session: Session, request: ImportRequest, max_rows: int, progress: Progress) -> ImportPlan:
    try:
        # the file's time limit covers opening, reading and validating it, up to the write
        with file_deadline(request.path) as deadline:
            return _plan(session, request, max_rows, deadline.watching(progress))
    except IntegrityError as error:  # a case the matching missed: refused, never a traceback
        session.rollback()
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file “{file}” clashes with records in this database ({detail}); "
                "nothing was written. Send the file and the database to support.",
            ),
            file=Path(request.path).name,
            detail=str(error.orig),
        ) from error
    except StaleDataError as error:  # someone saved one of the file's rows meanwhile
        session.rollback()
        raise UserError(CHANGED_MEANWHILE) from error


def _plan(
    session: Session, request: ImportRequest, max_rows: int, progress: Progress
) -> ImportPlan:
    context = ImportContext(session, request, progress)
    table: Table | None = None
    used_map: dict[str, str] = {}
    if is_school_package(Path(request.path)):  # its observations belong to its own school
        raise UserError(SCHOOL_PACKAGE_HERE, file=Path(request.path).name)
    if request.kind == ImportKind.OBSERVATIONS and is_package(Path(request.path)):
        from eduqa_desktop.services.imports.observation_package import merge_observations

        context.sheet = merge_observations(context, max_rows)
    elif request.kind in _TABLE_IMPORTERS:
        layout, importer = _TABLE_IMPORTERS[request.kind]
        try:
            table, used_map = _read(session, request, layout, max_rows, progress)
        except MissingColumns as missing:
            return _columns_plan(request, layout, missing)
        context.sheet = table.sheet
        context.problems.extend(table.problems)
        importer(context, table)
    else:
        from eduqa_desktop.services.imports.checklist import import_checklist

        context.sheet = import_checklist(context)
    progress.check()
    return ImportPlan(
        kind=request.kind,
        file=Path(request.path).name,
        sheet=context.sheet,
        year=request.year,
        term=request.term,
        created=context.counts[Action.CREATE],
        updated=context.counts[Action.UPDATE],
        unchanged=context.counts[Action.UNCHANGED],
        rows=tuple(context.rows),
        problems=tuple(sorted(context.problems, key=lambda p: (p.sheet, p.row or 0, p.column))),
        questions=context.questions(),
        new_classes=tuple(context.new_classes),
        new_subjects=tuple(context.new_subjects),
        new_teachers=tuple(context.new_teachers),
        conflicts=tuple(context.conflicts),
        deleted=context.counts[Action.DELETE],
        skipped_totals=table.skipped_totals if table else 0,
        column_map=used_map,
        header_signature=header_signature(table.headers) if table else "",
    )


SCHOOL_PACKAGE_HERE = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}” is a school's package for the district. Receive it with File ▸ Receive school "
    "packages…, which adds its school and all its records.",
)


def _map_key(kind: ImportKind, signature: str) -> str:
    return f"import_columns.{kind}.{hashlib.sha1(signature.encode()).hexdigest()[:16]}"


def _read(
    session: Session, request: ImportRequest, layout: Any, max_rows: int, progress: Progress
) -> tuple[Table, dict[str, str]]:
    """The table, read with the user's column map — or, without one, with the map remembered
    for the same header row when the headers alone are not enough."""
    options = {"max_rows": max_rows, "progress": progress}
    try:
        table = read_table(request.path, layout.fields, column_map=request.column_map, **options)
        return table, dict(request.column_map)
    except MissingColumns as missing:
        if request.column_map:
            raise
        remembered = read_setting(
            session, _map_key(request.kind, header_signature(missing.headers))
        )
        if not isinstance(remembered, dict) or not remembered:
            raise
        table = read_table(request.path, layout.fields, column_map=remembered, **options)
        return table, dict(remembered)


def _columns_plan(request: ImportRequest, layout: Any, missing: MissingColumns) -> ImportPlan:
    sheet = str(missing.params.get("sheet", ""))
    return ImportPlan(
        kind=request.kind,
        file=Path(request.path).name,
        sheet=sheet,
        year=request.year,
        term=request.term,
        created=0,
        updated=0,
        unchanged=0,
        rows=(),
        problems=(Problem.from_error(missing, sheet),),
        columns=ColumnQuestion(
            sheet,
            missing.headers,
            missing.missing,
            {f.name: f.en for f in layout.fields},
        ),
        column_map=dict(request.column_map),
    )


def preview_import(
    db: Database, request: ImportRequest, *, progress: Progress = NO_PROGRESS
) -> ImportPlan:
    """What the import would do; nothing is written."""
    max_rows = _max_rows(db, request)
    with incoming_files(db), db.session() as session:
        try:
            return _run(session, request, max_rows, progress)
        finally:
            session.rollback()


def apply_import(
    db: Database, request: ImportRequest, *, progress: Progress = NO_PROGRESS
) -> ImportPlan:
    """Write the import in one transaction — or, when anything is wrong, nothing at all.
    One import per school at a time: a second one is refused, told who is importing."""
    max_rows = _max_rows(db, request)
    with (
        incoming_files(db),
        one_import_per_school(db, request.school_id),
        db.durable_session() as session,
    ):
        plan = _run(session, request, max_rows, progress)
        if not plan.ok:
            session.rollback()
            return plan
        # The state before the import, read while this transaction is still open (WAL);
        # a backup that cannot be written refuses the import (the block rolls back).
        if plan.created or plan.updated or plan.deleted:
            backup_before(db, f"import-{request.kind}")
        if plan.column_map and plan.header_signature:  # remembered for the same header row
            write_setting(session, _map_key(request.kind, plan.header_signature), plan.column_map)
        audit.record(
            session,
            "import",
            str(request.kind),
            after={
                "file": plan.file,
                "created": plan.created,
                "updated": plan.updated,
                "unchanged": plan.unchanged,
                "deleted": plan.deleted,
            },
        )
        progress.check()  # a cancel at the very end still writes nothing
    return _written(plan)


def _written(plan: ImportPlan) -> ImportPlan:
    from dataclasses import replace

    return replace(plan, written=True)
