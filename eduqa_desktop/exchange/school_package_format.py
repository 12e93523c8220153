"""The layout of a school's package for the district: its machine sheets and their checksum.

A package is one workbook. The sheets a clerk reads (cover, staff, results, observations,
activities, plan) come first; then the machine sheets, whose names start with ``machine_``:
every record of the school for the period with its UUID, every cell written as text. The
observation sheets are those of an inspector's observations package (``exchange_package``),
so that one merge serves both. ``machine_manifest`` holds key/value pairs: the format, the
app version, when the package was made, the school, the period, and a SHA-256 checksum over
all the other machine sheets, so that a package altered by hand or cut off is refused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from eduqa_desktop.exchange.exchange_package import (
    CHECKLIST_COLUMNS,
    CHECKLISTS_SHEET,
    DELETION_COLUMNS,
    DELETIONS_SHEET,
    OBSERVATION_COLUMNS,
    OBSERVATIONS_SHEET,
    OPTIONAL_COLUMNS,
    SCORE_COLUMNS,
    SCORES_SHEET,
    SNAPSHOT_COLUMNS,
    SNAPSHOTS_SHEET,
)

FORMAT = "eduqa-school-package"
# 2: machine_deletions, the tombstones of the school's deleted records (inside the checksum);
# a package of version 1 has none and still reads
FORMAT_VERSION = "2"
MANIFEST_SHEET = "machine_manifest"
SCHOOL_SHEET = "machine_school"
TEACHERS_SHEET = "machine_teachers"
CLASSES_SHEET = "machine_classes"
SUBJECTS_SHEET = "machine_subjects"
RESULTS_SHEET = "machine_results"
ACTIVITIES_SHEET = "machine_activities"
PLAN_SHEET = "machine_plan"

# manifest keys
MANIFEST_KEYS = (
    "format", "format_version", "app_version", "made_at", "school_uuid", "school",
    "district", "region", "year", "term", "checksum",
)  # fmt: skip

MACHINE_COLUMNS: dict[str, tuple[str, ...]] = {
    SCHOOL_SHEET: ("uuid", "name", "district", "region", "updated_at"),
    TEACHERS_SHEET: (
        "uuid", "full_name", "personnel_number", "department", "category",
        "experience_years", "last_pd_date", "hired_on", "active", "left_on", "phone", "note",
        "subjects", "updated_at",
    ),
    CLASSES_SHEET: ("uuid", "year", "name", "grade", "letter", "pupils", "updated_at"),
    SUBJECTS_SHEET: ("uuid", "name", "name_key", "name_uz", "name_ru", "name_en"),
    RESULTS_SHEET: (
        "uuid", "year", "term", "class_uuid", "subject_uuid", "teacher_uuid", "class_size",
        "n5", "n4", "n3", "n2", "n1", "not_attested", "exempt", "mark_scale", "updated_at",
    ),
    OBSERVATIONS_SHEET: OBSERVATION_COLUMNS + OPTIONAL_COLUMNS,
    SCORES_SHEET: SCORE_COLUMNS,
    SNAPSHOTS_SHEET: SNAPSHOT_COLUMNS,
    CHECKLISTS_SHEET: CHECKLIST_COLUMNS,
    ACTIVITIES_SHEET: (
        "uuid", "teacher_uuid", "type_code", "type_name_uz", "type_name_ru", "type_name_en",
        "type_unit", "type_counts_as_pd", "done_on", "quantity", "level", "place", "note",
        "updated_at",
    ),
    PLAN_SHEET: (
        "uuid", "teacher_uuid", "year", "month", "planned_on", "purpose", "observer", "note",
        "updated_at",
    ),
    DELETIONS_SHEET: DELETION_COLUMNS,
}  # fmt: skip
MACHINE_SHEETS = tuple(MACHINE_COLUMNS)
OPTIONAL_SHEETS = frozenset({DELETIONS_SHEET})  # a package of an older format lacks them

Rows = list[dict[str, str]]


def normal_text(value: Any) -> str:
    """A cell as the checksum sees it: empty for nothing, line ends as a spreadsheet keeps them."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _trimmed(cells: Iterable[Any]) -> list[str]:
    values = [normal_text(v) for v in cells]
    while values and values[-1] == "":
        values.pop()
    return values


def sheet_lines(rows: Iterable[Sequence[Any]]) -> list[list[str]]:
    """The non-empty rows of a sheet (header included), trailing empty cells dropped."""
    return [values for values in (_trimmed(row) for row in rows) if values]


def checksum(sheets: Mapping[str, Sequence[Sequence[str]]]) -> str:
    """SHA-256 over every machine sheet but the manifest: name, then rows of cells."""
    digest = hashlib.sha256()
    for name in sorted(sheets):
        if name == MANIFEST_SHEET:
            continue
        digest.update(b"\x1d" + name.encode("utf-8"))
        for row in sheets[name]:
            digest.update(b"\x1e" + "\x1f".join(row).encode("utf-8"))
    return digest.hexdigest()


def rows_to_lines(columns: Sequence[str], records: Rows) -> list[list[str]]:
    """A sheet's header and records as the lines the writer writes and the checksum covers."""
    lines = [list(columns)]
    for record in records:
        values = _trimmed(record.get(name, "") for name in columns)
        if values:
            lines.append(values)
    return lines
