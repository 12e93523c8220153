"""Exchange packages for inspectors: observations moved between computers without duplicates.

The workbook has human-readable sheets (one row per observation; one per criterion score) and
machine-readable sheets (names start with ``machine_``): every observation with its UUID,
template version and every score and comment, the teachers it names and the full checklist
versions it uses (as JSON, cut into pieces below Excel's 32,767 characters a cell).

:func:`write_observations_package` lays out rows gathered by
``services.imports.observation_export``; :func:`read_package` reads the machine sheets back;
merging them into a database is ``services.imports.observation_package``. The ``revisions``
column lists the corrections of a final observation (their UUIDs), so that a correction made
on both computers is seen as one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.safe_cells import (
    DATE_FORMAT,
    PERCENT_FORMAT,
    cell,
    header_cells,
)
from eduqa_desktop.exchange.workbook_reader import open_grid
from eduqa_desktop.text import QT_TRANSLATE_NOOP

OBSERVATIONS_SHEET = "machine_observations"
SCORES_SHEET = "machine_scores"
CHECKLISTS_SHEET = "machine_checklists"
SNAPSHOTS_SHEET = "machine_snapshots"  # time-on-task snapshots; older packages have none
DELETIONS_SHEET = "machine_deletions"  # records deleted at the source; older packages have none
FORMAT_VERSION = "1"
CHUNK = 30_000

OBSERVATION_COLUMNS = (
    "uuid", "school", "teacher_uuid", "teacher", "personnel_number", "observer", "observed_on",
    "lesson_period", "class_name", "year", "subject", "topic", "purpose", "template_family",
    "template_version", "strengths", "recommendations", "next_steps", "next_steps_due",
    "teacher_has_seen", "status", "finalized_at", "revision", "updated_at", "score",
)  # fmt: skip
# columns a package made by an older version may lack
OPTIONAL_COLUMNS = ("revisions", "co_observation", "calibration_note")
SCORE_COLUMNS = (
    "observation_uuid", "section", "position", "score", "not_applicable", "comment",
)  # fmt: skip
CHECKLIST_COLUMNS = ("family", "version", "part", "json")
DELETION_COLUMNS = ("uuid", "kind", "deleted_at", "deleted_by")
SNAPSHOT_COLUMNS = (
    "observation_uuid", "position", "activity", "pupils_off_task", "material", "minute",
)  # fmt: skip

HUMAN = {
    "uz": ("Kuzatuvlar", "Ballar", ("Sana", "O'qituvchi", "Sinf", "Fan", "Dars", "Mavzu",
           "Maqsad", "Kuzatuvchi", "Kuzatuv varaqasi", "Ball (%)", "Holat", "Kuchli tomonlar",
           "Tavsiyalar", "Keyingi qadamlar", "Muddat"),
           ("Sana", "O'qituvchi", "Bo'lim", "Mezon", "Ball", "Izoh")),
    "ru": ("Наблюдения", "Баллы", ("Дата", "Учитель", "Класс", "Предмет", "Урок №", "Тема",
           "Цель", "Наблюдатель", "Бланк", "Балл (%)", "Статус", "Сильные стороны",
           "Рекомендации", "Следующие шаги", "Срок"),
           ("Дата", "Учитель", "Раздел", "Критерий", "Балл", "Комментарий")),
    "en": ("Observations", "Scores", ("Date", "Teacher", "Class", "Subject", "Period", "Topic",
           "Purpose", "Observer", "Checklist", "Score (%)", "Status", "Strengths",
           "Recommendations", "Next steps", "Due"),
           ("Date", "Teacher", "Section", "Criterion", "Score", "Comment")),
}  # fmt: skip
STATUS_LABELS = {
    "uz": {"draft": "qoralama", "final": "yakuniy"},
    "ru": {"draft": "черновик", "final": "окончательное"},
    "en": {"draft": "draft", "final": "final"},
}
# a criterion not applicable in the human-readable scores: the app's own words for it
# (ObservationReport "N/A"), which the observation import also reads as "not applicable"
NOT_APPLICABLE = {"uz": "Q/E", "ru": "н/п", "en": "N/A"}


@dataclass(frozen=True)
class PackageSummary:
    path: Path
    observations: int
    scores: int
    checklists: int


# --- export --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ObservationsPackageData:
    """A package's rows as plain values, gathered by ``services.imports.observation_export``:
    the readable sheets (values; dates and scores stay typed) and the machine sheets (text)."""

    readable: list[list[Any]]  # one per observation, the HUMAN headers' order
    readable_scores: list[list[Any]]
    observations: list[list[str]]  # OBSERVATION_COLUMNS + OPTIONAL_COLUMNS
    scores: list[list[str]]  # SCORE_COLUMNS
    checklists: list[list[str]]  # CHECKLIST_COLUMNS
    snapshots: list[list[str]]  # SNAPSHOT_COLUMNS
    deletions: list[dict[str, str]] = field(default_factory=list)  # DELETION_COLUMNS
    checklist_count: int = 0


READABLE_FORMATS = {9: PERCENT_FORMAT, 14: DATE_FORMAT}  # score, due date


def write_observations_package(
    data: ObservationsPackageData, path: Path | str, *, language: str = "en"
) -> PackageSummary:
    """The exchange package of `data` at `path`."""
    path = Path(path)
    book = Workbook(write_only=True)
    titles = HUMAN.get(language, HUMAN["en"])
    human = book.create_sheet(titles[0])
    human_scores = book.create_sheet(titles[1])
    human.freeze_panes = "A2"
    human_scores.freeze_panes = "A2"
    for sheet, widths in ((human, (12, 30, 8, 20, 7, 30, 22, 24, 26, 10, 12, 30, 30, 30, 12)),
                          (human_scores, (12, 30, 30, 60, 8, 40))):  # fmt: skip
        for index, width in enumerate(widths):
            sheet.column_dimensions[chr(ord("A") + index)].width = width
    human.append(header_cells(human, titles[2]))
    human_scores.append(header_cells(human_scores, titles[3]))
    for row in data.readable:
        human.append([cell(human, value, READABLE_FORMATS.get(index))
                      for index, value in enumerate(row)])  # fmt: skip
    for row in data.readable_scores:
        human_scores.append([cell(human_scores, value) for value in row])
    machine = (
        (OBSERVATIONS_SHEET, OBSERVATION_COLUMNS + OPTIONAL_COLUMNS, data.observations),
        (SCORES_SHEET, SCORE_COLUMNS, data.scores),
        (CHECKLISTS_SHEET, CHECKLIST_COLUMNS, data.checklists),
        (SNAPSHOTS_SHEET, SNAPSHOT_COLUMNS, data.snapshots),
        (DELETIONS_SHEET, DELETION_COLUMNS,
         [[item[name] for name in DELETION_COLUMNS] for item in data.deletions]),
    )  # fmt: skip
    for name, columns, rows in machine:
        sheet = book.create_sheet(name)
        sheet.append([cell(sheet, column) for column in columns])
        for row in rows:
            sheet.append([cell(sheet, value) for value in row])
    book.save(path)
    return PackageSummary(path, len(data.observations), len(data.scores), data.checklist_count)


# --- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageContents:
    """The machine sheets of a package, as text records (one dict per row)."""

    observations: list[dict[str, str]]
    scores: list[dict[str, str]]
    checklist_rows: list[dict[str, str]]
    snapshots: list[dict[str, str]] = field(default_factory=list)
    deletions: list[dict[str, str]] = field(default_factory=list)

    def snapshots_by_observation(self) -> dict[str, list[dict[str, str]]]:
        result: dict[str, list[dict[str, str]]] = {}
        for item in self.snapshots:
            result.setdefault(item["observation_uuid"], []).append(item)
        return result

    def checklist_parts(self) -> dict[tuple[str, int], list[str]]:
        parts: dict[tuple[str, int], list[str]] = {}
        for item in sorted(self.checklist_rows, key=lambda r: int(r["part"] or 0)):
            parts.setdefault((item["family"], int(item["version"])), []).append(item["json"])
        return parts

    def scores_by_observation(self) -> dict[str, list[dict[str, str]]]:
        result: dict[str, list[dict[str, str]]] = {}
        for item in self.scores:
            result.setdefault(item["observation_uuid"], []).append(item)
        return result


def _records(
    grid: Any, sheet: str, columns: tuple[str, ...], optional: tuple[str, ...] = ()
) -> list[dict[str, str]]:
    rows = iter(grid.rows(sheet))
    header = [str(v or "") for v in next(rows, ())]
    missing = [c for c in columns if c not in header]
    if missing:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The sheet “{sheet}” of the package lacks the columns: {columns}.",
            ),
            sheet=sheet,
            columns=", ".join(missing),
        )
    index = {name: header.index(name) for name in columns + optional if name in header}
    result = []
    for row in rows:
        values = list(row)
        record = {
            name: "" if i >= len(values) or values[i] is None else str(values[i]).strip()
            for name, i in index.items()
        }
        if any(record.values()):
            for name in optional:
                record.setdefault(name, "")
            result.append(record)
    return result


def is_package(path: Path) -> bool:
    grid = open_grid(path)
    try:
        return OBSERVATIONS_SHEET in grid.sheet_names
    finally:
        grid.close()


def read_package(path: Path, max_rows: int) -> PackageContents:
    """The machine sheets of an observations package, or a UserError saying what is wrong."""
    grid = open_grid(path)
    try:
        if OBSERVATIONS_SHEET not in grid.sheet_names:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}” is not an observations package: it has no sheet “{sheet}”. "
                    "Export one with File ▸ Export ▸ Observations package.",
                ),
                file=path.name,
                sheet=OBSERVATIONS_SHEET,
            )
        observations = _records(grid, OBSERVATIONS_SHEET, OBSERVATION_COLUMNS, OPTIONAL_COLUMNS)
        scores = _records(grid, SCORES_SHEET, SCORE_COLUMNS)
        checklist_rows = _records(grid, CHECKLISTS_SHEET, CHECKLIST_COLUMNS)
        snapshots = (
            _records(grid, SNAPSHOTS_SHEET, SNAPSHOT_COLUMNS)
            if SNAPSHOTS_SHEET in grid.sheet_names
            else []
        )
        deletions = (
            _records(grid, DELETIONS_SHEET, DELETION_COLUMNS)
            if DELETIONS_SHEET in grid.sheet_names
            else []
        )
    finally:
        grid.close()
    if len(observations) > max_rows:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The sheet “{sheet}” has more than {limit} rows, the limit set in "
                "Settings. Split the file or raise the limit.",
            ),
            sheet=OBSERVATIONS_SHEET,
            limit=max_rows,
        )
    return PackageContents(observations, scores, checklist_rows, snapshots, deletions)
