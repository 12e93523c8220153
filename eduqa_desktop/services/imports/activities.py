"""Teacher activities: teacher, date, type, quantity, level, place, note."""

from __future__ import annotations

from functools import partial

from sqlalchemy import select

from eduqa_desktop.exchange.headers import ACTIVITIES
from eduqa_desktop.exchange.problems import shown
from eduqa_desktop.exchange.workbook_reader import Table
from eduqa_desktop.services.imports.context import ImportContext
from eduqa_desktop.storage.models import Activity, Teacher
from eduqa_desktop.text import QT_TRANSLATE_NOOP

LAYOUT = ACTIVITIES


def import_activities(context: ImportContext, table: Table) -> None:
    existing: dict[tuple[int, int, object, str], Activity] = {}
    for activity in context.session.scalars(
        select(Activity).join(Teacher).where(Teacher.school_id == context.school_id)
    ):
        existing[
            (activity.teacher_id, activity.activity_type_id, activity.done_on, activity.note)
        ] = activity
    seen: dict[tuple[int, int, object, str], int] = {}
    total = len(table.rows)
    for index, source in enumerate(table.rows):
        if index % 200 == 0:
            context.progress.check()
            context.progress.report(index, total)
        teacher = context.teacher(source)
        ok = context.require(source, "date", "activity_type")
        type_text = source.values.get("activity_type")
        activity_type = context.activity_type(type_text) if type_text else None
        if type_text and activity_type is None:
            context.problem(
                source,
                "activity_type",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{value}” is not an activity type of this database; choose one from the "
                    "list in the template.",
                ),
                value=shown(type_text),
            )
            continue
        if not ok or teacher is None or activity_type is None:
            continue
        quantity = source.values.get("quantity")
        if quantity is None:
            if source.raw.get("quantity") not in (None, ""):
                continue
            quantity = 1.0
        note = source.values.get("note") or ""
        key = (teacher.id, activity_type.id, source.values["date"], note)
        if key in seen:
            context.row_problem(
                source,
                QT_TRANSLATE_NOOP("Messages", "This row repeats row {other}."),
                other=seen[key],
            )
            continue
        seen[key] = source.row
        wanted = {
            "quantity": float(quantity),
            "level": source.values.get("level") or "",
            "place": source.values.get("place"),
        }
        if wanted["place"] is not None and wanted["place"] < 1:
            context.problem(source, "place", QT_TRANSLATE_NOOP("Messages", "A place starts at 1."))
            continue
        what = (
            f"{teacher.full_name} · {activity_type.name_en or activity_type.code} · "
            f"{source.values['date'].strftime('%d.%m.%Y')}"
        )
        existing[key] = context.upsert(
            source,
            existing.get(key),
            wanted,
            what,
            partial(Activity, teacher_id=teacher.id, activity_type_id=activity_type.id,
                    done_on=source.values["date"], note=note),
        )  # fmt: skip
    context.session.flush()
