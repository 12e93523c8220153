"""Tombstones: a file made before migration 0011 gets its earlier deletions from the audit log."""

from __future__ import annotations

import pytest
from engines import ON_SERVER
from package_world import PEOPLE, add_observation, add_teacher, delete, fresh_database, school_id
from sqlalchemy import select

from eduqa_desktop.storage.models import Deletion


@pytest.mark.skipif(ON_SERVER, reason="downgrades and reopens a database file")
def test_an_older_file_gets_tombstones_for_the_deletions_its_audit_log_kept(tmp_path):  # type: ignore[no-untyped-def]
    from alembic import command

    from eduqa_desktop.storage.database import alembic_config, open_database

    db = fresh_database(tmp_path, "school")
    draft = add_observation(db, add_teacher(db, PEOPLE[0][0]), final=False)
    delete(db, draft)
    school = school_id(db)
    path = db.path
    db.close()
    config = alembic_config()
    database = open_database(path)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")  # as before tombstones: the audit log only
    database.close()
    again = open_database(path)
    with again.session() as session:
        [tombstone] = session.scalars(select(Deletion))
        assert (tombstone.record_uuid, tombstone.kind, tombstone.school_id) == (
            draft, "observation", school
        )
    again.close()
