"""The limits every incoming file is held to before (and while) it is parsed.

Each limit is a setting (the database keeps them as one JSON value, services/file_limits.py);
the defaults are far above any school's real file and far below what hurts an old PC. The
readers in exchange/ take the limits in force from a context variable, so that a service sets
them once around a whole import (``with limits_in_force(limits): …``) and every reader below —
sheets, checklists, surveys, packages — obeys the same ones without threading a parameter
through each call.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import asdict, dataclass, fields
from typing import Any

from eduqa_desktop.errors import UserError

MB = 1024 * 1024


class FileRefused(UserError):
    """An incoming file over one of the limits; `exceeded` names which (a FileLimits field,
    or "xml_doctype")."""

    def __init__(self, template: str, *, exceeded: str, **params: Any) -> None:
        super().__init__(template, **params)
        self.exceeded = exceeded


@dataclass(frozen=True)
class FileLimits:
    # The file as it lies on the disk.
    max_file_bytes: int = 50 * MB
    # A zip (.xlsx, .ods): the sum of its entries' uncompressed sizes …
    max_unpacked_bytes: int = 300 * MB
    # … and how much more an entry may inflate than it takes packed, counted for entries
    # larger than `ratio_floor_bytes` (small parts of any workbook compress far better).
    max_entry_ratio: int = 100
    ratio_floor_bytes: int = 1 * MB
    # Sheets in a workbook; rows and columns a sheet declares or really has.
    max_sheets: int = 50
    max_rows: int = 200_000
    max_columns: int = 1_000
    # Characters in one cell (Excel itself holds at most 32 767).
    max_cell_chars: int = 32_767
    # Seconds one file's import may take, from the first check to the write (file_deadline).
    max_seconds: float = 120.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> FileLimits:
        """Known keys are taken; unknown ones are ignored; a bad or non-positive value keeps
        its default (a limit of 0 would refuse every file)."""
        if not isinstance(data, dict):
            return cls()
        values: dict[str, Any] = {}
        for item in fields(cls):
            raw = data.get(item.name)
            if raw is None or isinstance(raw, bool):
                continue
            try:
                value = float(raw) if isinstance(item.default, float) else int(raw)
            except (TypeError, ValueError):
                continue
            if value > 0:
                values[item.name] = value
        return cls(**values)


DEFAULT_LIMITS = FileLimits()
_IN_FORCE: ContextVar[FileLimits] = ContextVar("file_limits", default=DEFAULT_LIMITS)


def current_limits() -> FileLimits:
    return _IN_FORCE.get()


@contextlib.contextmanager
def limits_in_force(limits: FileLimits) -> Iterator[FileLimits]:
    token = _IN_FORCE.set(limits)
    try:
        yield limits
    finally:
        _IN_FORCE.reset(token)
