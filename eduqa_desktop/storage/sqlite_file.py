"""Whether a file is an SQLite database at all, by its 16-byte header (standard library only)."""

from __future__ import annotations

from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def has_sqlite_header(path: Path) -> bool:
    """True when `path` starts with SQLite's header; OSError when it cannot be read."""
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
