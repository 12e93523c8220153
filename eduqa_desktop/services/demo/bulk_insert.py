"""Core bulk inserts for the demo rows: how a district of 50 schools is written in seconds."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from eduqa_desktop.services.demo.randomness import seeded_uuid
from eduqa_desktop.storage.models import Record


class BulkWriter:
    """Inserts rows of plain dicts, bypassing the ORM unit of work.

    Each row gets a uuid from the school's generator (so uuids repeat with the seed) and `now`
    as its created_at and updated_at.
    """

    def __init__(self, session: Session, rng: random.Random, now: datetime) -> None:
        self.session = session
        self.rng = rng
        self.now = now

    def insert(
        self, model: type[Record], rows: list[dict[str, Any]], *, ids: bool = False
    ) -> list[int]:
        """Insert `rows` into `model`'s table; with `ids`, return the new ids in row order."""
        if not rows:
            return []
        for row in rows:
            row["uuid"] = seeded_uuid(self.rng)
            row["created_at"] = row["updated_at"] = self.now
        table = model.__table__
        if not ids:
            self.session.execute(insert(table), rows)
            return []
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(self.session.execute(statement, rows).scalars())

    def insert_links(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Rows of a plain association table (no uuid, no timestamps)."""
        if rows:
            self.session.execute(insert(table), rows)
