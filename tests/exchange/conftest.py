"""Fixtures of the exchange tests: a school with three teachers, a snapshot of row counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from eduqa_desktop.services.schools import database_info

from .builders import add_teachers, school_id_of

DATA = Path(__file__).resolve().parents[1] / "data" / "exchange"


@pytest.fixture
def school(school_db):  # type: ignore[no-untyped-def]
    """(db, school id) with three teachers."""
    school_id = school_id_of(school_db)
    add_teachers(school_db, school_id)
    return school_db, school_id


def row_counts(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    counts = dict(database_info(db).row_counts)
    counts.pop("audit_log", None)
    return counts
