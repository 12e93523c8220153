"""Two PostgreSQL sessions appending to the audit chain at once: the second waits until the
first has committed and links to its last entry, so the chain never forks and `audit verify`
finds it whole. (On SQLite one writer at a time already serialises the appends.)"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from engines import ON_SERVER, new_location
from sqlalchemy import select, text

from eduqa_desktop.cli import main
from eduqa_desktop.services import audit
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import AuditEntry

pytestmark = pytest.mark.skipif(not ON_SERVER, reason="needs EDUQA_TEST_DATABASE_URL")

WAIT_LIMIT_S = 30.0  # how long the test lets a step take before it calls it a failure


@pytest.fixture
def location(tmp_path: Path) -> str:
    return str(new_location(tmp_path, "chain"))


@pytest.fixture
def server_db(location: str) -> Iterator[Database]:
    database = open_database(location)
    yield database
    database.close()


def _waiting_on_the_chain(db: Database) -> bool:
    """Is a session of this database waiting for an advisory lock (the chain's)?"""
    with db.engine.connect() as connection:
        name = connection.scalar(text("SELECT current_setting('application_name')"))
        return bool(
            connection.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = :name"
                    " AND wait_event_type = 'Lock' AND wait_event = 'advisory'"
                ),
                {"name": name},
            )
        )


def _until(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + WAIT_LIMIT_S
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"still not {what} after {WAIT_LIMIT_S} s")
        time.sleep(0.02)


def test_a_second_session_waits_and_links_to_the_first(server_db: Database, location: str) -> None:
    with server_db.session() as session:
        audit.record(session, "create", "setting", after={"n": 0})
    errors: list[BaseException] = []

    def second_writer() -> None:
        try:
            with server_db.session() as other:
                audit.record(other, "update", "setting", after={"n": 2})
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    with server_db.session() as first:
        audit.record(first, "update", "setting", after={"n": 1})
        first.flush()  # the first writer holds the chain from here to its commit
        writer = threading.Thread(target=second_writer)
        writer.start()
        _until(lambda: _waiting_on_the_chain(server_db), "waiting on the chain")
    writer.join(WAIT_LIMIT_S)
    assert not writer.is_alive() and not errors
    with server_db.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [e.after for e in entries] == [{"n": 0}, {"n": 1}, {"n": 2}]
    assert entries[2].previous_hash == entries[1].entry_hash
    assert audit.verify_record(server_db).whole
    assert main(["audit", "verify", "--db", location]) == 0


def test_many_sessions_writing_at_once_keep_one_chain(server_db: Database, location: str) -> None:
    writers, rounds, per_round = 4, 5, 3
    start = threading.Barrier(writers)
    errors: list[BaseException] = []

    def write(number: int) -> None:
        try:
            start.wait(WAIT_LIMIT_S)
            for round_ in range(rounds):
                with server_db.session() as session:
                    for item in range(per_round):
                        after = {"writer": number, "round": round_, "item": item}
                        audit.record(session, "update", "setting", after=after)
                        session.flush()
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT_LIMIT_S * 2)
    assert not errors and not any(t.is_alive() for t in threads)
    report = audit.verify_record(server_db)
    assert report.whole and report.entries == writers * rounds * per_round
    with server_db.session() as session:
        links = session.scalars(select(AuditEntry.previous_hash)).all()
    assert len(set(links)) == len(links)  # no two entries follow the same one: no fork
    assert main(["audit", "verify", "--db", location]) == 0
