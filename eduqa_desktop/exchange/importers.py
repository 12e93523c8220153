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

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from eduqa_desktop.exchange import (
    import_activities,
    import_observations,
    import_results,
    import_teachers,
)
from eduqa_desktop.exchange.exchange_package import is_package
from eduqa_desktop.exchange.import_context import ImportContext
from eduqa_desktop.exchange.import_plan import (
    Action,
    ImportKind,
    ImportPlan,
    ImportRequest,
)
from eduqa_desktop.exchange.workbook_reader import Table, read_table
from eduqa_desktop.services import audit
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.progress import NO_PROGRESS, Progress
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.storage.database import Database
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = ["ImportKind", "ImportPlan", "ImportRequest", "apply_import", "preview_import"]

_TABLE_IMPORTERS: dict[ImportKind, tuple[object, Callable[[ImportContext, Table], None]]] = {
    ImportKind.TEACHERS: (import_teachers.LAYOUT, import_teachers.import_teachers),
    ImportKind.RESULTS: (import_results.LAYOUT, import_results.import_results),
    ImportKind.ACTIVITIES: (import_activities.LAYOUT, import_activities.import_activities),
    ImportKind.OBSERVATIONS: (import_observations.LAYOUT, import_observations.import_observations),
}


def _max_rows(db: Database, request: ImportRequest) -> int:
    return request.max_rows or load_thresholds(db).max_import_rows


def _run(session: Session, request: ImportRequest, max_rows: int, progress: Progress) -> ImportPlan:
    try:
        return _plan(session, request, max_rows, progress)
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


def _plan(
    session: Session, request: ImportRequest, max_rows: int, progress: Progress
) -> ImportPlan:
    context = ImportContext(session, request, progress)
    table: Table | None = None
    if request.kind == ImportKind.OBSERVATIONS and is_package(Path(request.path)):
        from eduqa_desktop.services.imports.observation_package import merge_observations

        context.sheet = merge_observations(context, max_rows)
    elif request.kind in _TABLE_IMPORTERS:
        layout, importer = _TABLE_IMPORTERS[request.kind]
        table = read_table(request.path, layout.fields, max_rows=max_rows, progress=progress)  # type: ignore[attr-defined]
        context.sheet = table.sheet
        context.problems.extend(table.problems)
        importer(context, table)
    else:
        from eduqa_desktop.exchange.import_checklist import import_checklist

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
        skipped_totals=table.skipped_totals if table else 0,
    )


def preview_import(
    db: Database, request: ImportRequest, *, progress: Progress = NO_PROGRESS
) -> ImportPlan:
    """What the import would do; nothing is written."""
    max_rows = _max_rows(db, request)
    with db.session() as session:
        try:
            return _run(session, request, max_rows, progress)
        finally:
            session.rollback()


def apply_import(
    db: Database, request: ImportRequest, *, progress: Progress = NO_PROGRESS
) -> ImportPlan:
    """Write the import in one transaction — or, when anything is wrong, nothing at all."""
    max_rows = _max_rows(db, request)
    with db.durable_session() as session:
        plan = _run(session, request, max_rows, progress)
        if not plan.ok:
            session.rollback()
            return plan
        audit.record(
            session,
            "import",
            str(request.kind),
            after={
                "file": plan.file,
                "created": plan.created,
                "updated": plan.updated,
                "unchanged": plan.unchanged,
            },
        )
        progress.check()  # a cancel at the very end still writes nothing
    return _written(plan)


def _written(plan: ImportPlan) -> ImportPlan:
    from dataclasses import replace

    return replace(plan, written=True)
