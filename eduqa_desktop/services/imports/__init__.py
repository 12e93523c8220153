"""The exchange use cases the UI and the command line call (one door to exchange/)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from eduqa_desktop.exchange.district_report import Translate
from eduqa_desktop.exchange.exchange_package import PackageSummary
from eduqa_desktop.exchange.headers import LAYOUTS, header_key
from eduqa_desktop.exchange.import_plan import (
    CREATE_TEACHER,
    ColumnQuestion,
    ImportKind,
    ImportPlan,
    ImportRequest,
)
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.imports.observation_export import export_observations
from eduqa_desktop.services.imports.run import apply_import, preview_import
from eduqa_desktop.services.progress import NO_PROGRESS, Progress
from eduqa_desktop.services.reports import district
from eduqa_desktop.services.results_export import export_results
from eduqa_desktop.services.templates import TEMPLATE_KINDS, write_template
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import Teacher
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = [
    "CREATE_TEACHER",
    "TEMPLATE_KINDS",
    "ColumnQuestion",
    "ImportKind",
    "ImportPlan",
    "ImportRequest",
    "PackageSummary",
    "apply_import",
    "column_map_from_text",
    "export_district_report",
    "export_observations",
    "export_results",
    "preview_import",
    "school_teacher_names",
    "write_template",
]


def export_district_report(
    db: Database,
    path: Path | str,
    *,
    year: str,
    term: int | None = None,
    school_ids: list[int] | None = None,
    language: str = "en",
    translate: Translate | None = None,
    today: date | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    kwargs = {"translate": translate} if translate is not None else {}
    district.export_district_report(
        db, path, year=year, term=term, school_ids=school_ids, language=language, today=today,
        progress=progress, **kwargs,
    )  # fmt: skip
    return Path(path)


UNKNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "Messages",
    "--map names the column “{name}”, which a {kind} file does not have. Use one of: {names}.",
)
MAP_SYNTAX = QT_TRANSLATE_NOOP(
    "Messages", "--map takes COLUMN=HEADER pairs separated by commas, not “{text}”."
)


def column_map_from_text(kind: ImportKind, text: str) -> dict[str, str]:
    """``"5=отлично,4=хорошо"`` → ``{"n5": "отлично", "n4": "хорошо"}`` for `kind`'s columns:
    a column is named by its field name or any of its labels ("5", "Pupils in class")."""
    result: dict[str, str] = {}
    if not text.strip():
        return result
    layout = LAYOUTS.get(str(kind))
    fields = layout.fields if layout is not None else ()
    for pair in text.split(","):
        if not pair.strip():
            continue
        name, sign, header = pair.partition("=")
        if not sign or not name.strip() or not header.strip():
            raise UserError(MAP_SYNTAX, text=pair.strip())
        key = header_key(name)
        found = next((f for f in fields if f.name == name.strip() or key in f.keys), None)
        if found is None:
            raise UserError(UNKNOWN_COLUMN, name=name.strip(), kind=str(kind),
                            names=", ".join(f.name for f in fields))  # fmt: skip
        result[found.name] = header.strip()
    return result


def school_teacher_names(db: Database, school_id: int) -> list[tuple[int, str]]:
    """(id, full name) of the school's teachers, by name — for mapping unknown names."""
    with db.session() as session:
        return [
            (row.id, row.full_name)
            for row in session.execute(
                select(Teacher.id, Teacher.full_name)
                .where(Teacher.school_id == school_id)
                .order_by(Teacher.full_name)
            )
        ]
