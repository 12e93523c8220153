"""What a database holds, as the command line and the window show it — without SQLAlchemy.

`SchoolInfo` and `DatabaseInfo` are plain values (services/schools.py fills them from the
ORM); `quick_file_info` answers `eduqa info` for an up-to-date file without accounts from
storage/file_summary.py, so that the command costs little more than starting Python.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from eduqa_desktop.storage.file_summary import summarize_file


@dataclass(frozen=True, slots=True)
class SchoolInfo:
    id: int
    uuid: uuid.UUID
    name: str
    district: str
    region: str


@dataclass(frozen=True)
class DatabaseInfo:
    schema_revision: str
    location: str
    schools: list[SchoolInfo]
    row_counts: dict[str, int] = field(default_factory=dict)  # by table name, sorted


def quick_file_info(path: Path) -> DatabaseInfo | None:
    """The same answer as services.schools.database_info for a file, or None when the
    database must be opened the full way (to upgrade it, refuse it, or log in)."""
    summary = summarize_file(path)
    if summary is None:
        return None
    schools = [SchoolInfo(s.id, s.uuid, s.name, s.district, s.region) for s in summary.schools]
    return DatabaseInfo(
        schema_revision=summary.revision,
        location=str(path),
        schools=schools,
        row_counts=summary.row_counts,
    )
