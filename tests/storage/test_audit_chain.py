"""The audit log as a hash chain: whole after the app's own changes, broken by an edit made with
plain sqlite3 at the right entry; chained from the start after the upgrade; the digest of a
final observation's report is found, and a later correction is told."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from eduqa_desktop.cli import main
from eduqa_desktop.services.audit import check_digest, verify_record
from eduqa_desktop.services.settings_store import set_setting
from eduqa_desktop.storage.database import open_database

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def changed(tmp_path: Path) -> Path:
    """A database whose record holds five entries made by the app."""
    path = tmp_path / "school.sqlite3"
    db = open_database(path)
    for number in range(5):
        set_setting(db, f"key{number}", {"value": number, "text": "Ўзбек"})
    db.close()
    return path


def _sql(path: Path, statement: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(statement)
    connection.commit()
    connection.close()


def _verify(path: Path):  # type: ignore[no-untyped-def]
    db = open_database(path)
    try:
        return verify_record(db)
    finally:
        db.close()


def test_the_apps_own_changes_keep_the_chain_whole(changed: Path) -> None:
    report = _verify(changed)
    assert report.whole and report.entries == 5


@pytest.mark.parametrize(
    ("statement", "entry", "reason"),
    [
        ("UPDATE audit_log SET who = 'someone else' WHERE id = 3", 3, "changed"),
        ("UPDATE audit_log SET after = '{\"key2\": 99}' WHERE id = 3", 3, "changed"),
        ("DELETE FROM audit_log WHERE id = 2", 3, "previous"),
        (
            "UPDATE audit_log SET entry_hash = (CASE WHEN entry_hash LIKE '0%' THEN '1'"
            " ELSE '0' END) || substr(entry_hash, 2) WHERE id = 4",
            4,
            "changed",
        ),
    ],
    ids=["who", "after", "deleted", "hash"],
)
def test_an_edit_with_plain_sqlite_is_found_at_its_entry(changed, statement, entry, reason):  # type: ignore[no-untyped-def]
    _sql(changed, statement)
    report = _verify(changed)
    assert not report.whole and (report.broken_at, report.reason) == (entry, reason)


def test_entries_made_before_the_upgrade_are_chained(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(DATA / "schema_0001.sqlite3", path)
    for number in range(3):
        _sql(
            path,
            "INSERT INTO audit_log (uuid, created_at, updated_at, at, who, action, entity, after)"
            f" VALUES ('00000000-0000-0000-0000-00000000000{number}', '2025-01-01 10:00:00',"
            f" '2025-01-01 10:00:00', '2025-01-0{number + 1} 10:00:00.000000', 'old', 'update',"
            f" 'setting', '{{\"n\": {number}}}')",
        )
    db = open_database(path)
    set_setting(db, "after_upgrade", 1)
    report = verify_record(db)
    db.close()
    assert report.whole and report.entries == 4


def test_eduqa_audit_verify(changed: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["audit", "verify", "--db", str(changed)]) == 0
    assert "the record is whole: 5 entries" in capsys.readouterr().err
    _sql(changed, "UPDATE audit_log SET who = 'x' WHERE id = 4")
    assert main(["audit", "verify", "--db", str(changed), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert (out["whole"], out["broken_at"], out["reason"]) == (False, 4, "changed")
    assert main(["audit", "verify", "--db", str(changed), "--lang", "ru"]) == 1
    assert "цепочка прерывается на записи 4" in capsys.readouterr().err


def test_the_digest_of_a_printed_observation(school_db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from observation_seed import seed

    from eduqa_desktop.exchange.observation_report import observation_report_html
    from eduqa_desktop.services.checklist_views import load_template
    from eduqa_desktop.services.observation_records import (
        ObservationInput,
        ScoreInput,
        load_report_items,
    )
    from eduqa_desktop.services.observations import (
        correct_observation,
        finalize_observation,
        save_draft,
    )

    seeded = seed(school_db)
    template = load_template(school_db, seeded.templates["walkthrough"])
    data = ObservationInput(
        school_id=seeded.school_id,
        teacher_id=seeded.teachers["Sharipova"],
        template_id=template.id,
        observed_on=date(2025, 10, 14),
        observer="Rahimova N.",
        class_id=seeded.classes["7-A"],
        subject_id=seeded.subjects["ona tili"],
        lesson_period=3,
        topic="Ot so‘z turkumi",
        scores=tuple(ScoreInput(c.id, 3) for c in template.criteria),
    )
    final = finalize_observation(school_db, save_draft(school_db, data).id)
    (item,) = load_report_items(school_db, [final.id])
    digest = item.record_digest
    assert len(digest) == 14 and digest.count("-") == 2
    assert f"Record digest {digest}" in observation_report_html([item], "en")
    found = check_digest(school_db, digest)
    assert (found.entity, found.action, found.changed_since) == ("observation", "finalize", 0)
    assert found.entity_uuid == str(final.uuid)
    correct_observation(school_db, final.id, final.data, "a typo")  # unchanged: no entry
    topic = replace(final.data, topic="Sifat")
    correct_observation(school_db, final.id, topic, "the topic")
    assert check_digest(school_db, digest).changed_since == 1
    assert check_digest(school_db, "0000-0000-0000").entry_id is None
    assert verify_record(school_db).whole


def test_an_upgrade_that_fails_midway_leaves_the_old_revision_whole(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """All migrations run in one transaction: a failure in the last one (here, hashing the
    old entries) undoes the indexes the earlier ones made, and the next open upgrades."""
    from eduqa_desktop.storage import audit_chain

    path = tmp_path / "old.sqlite3"
    shutil.copyfile(DATA / "schema_0001.sqlite3", path)
    _sql(
        path,
        "INSERT INTO audit_log (uuid, created_at, updated_at, at, who, action, entity)"
        " VALUES ('00000000-0000-0000-0000-000000000001', '2025-01-01 10:00:00',"
        " '2025-01-01 10:00:00', '2025-01-01 10:00:00.000000', 'old', 'update', 'setting')",
    )

    def power_cut(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("power cut")

    monkeypatch.setattr(audit_chain, "entry_hash", power_cut)
    with pytest.raises(RuntimeError, match="power cut"):
        open_database(path)
    connection = sqlite3.connect(path)
    version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    indexes = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert version == "0001" and "ix_observations_teacher_date" not in indexes
    monkeypatch.undo()
    open_database(path).close()  # and it upgrades once the cause is gone
