"""Opening a damaged database: a plain message and the offer to restore the latest good
backup; a database on a network drive: a warning."""

from __future__ import annotations

import pytest

from eduqa_desktop.services.schools import database_info
from eduqa_desktop.storage.backup import list_backups, make_backup
from eduqa_desktop.ui import integrity_prompt, prompts
from tests.storage.damage import overwrite_table, small_school


class Answers:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = answer
        monkeypatch.setattr(prompts, "question", self._question)
        for kind in ("warning", "error", "information"):
            monkeypatch.setattr(prompts, kind, self._recorder(kind))

    def _question(self, _parent, _title, text):  # type: ignore[no-untyped-def]
        self.shown.append(("question", text))
        return self.answer

    def _recorder(self, kind: str):  # type: ignore[no-untyped-def]
        return lambda _parent, _title, text, *rest: self.shown.append((kind, text))


def test_a_damaged_database_is_offered_its_latest_good_backup(  # type: ignore[no-untyped-def]
    controller, qtbot, tmp_path, monkeypatch
):
    path = small_school(tmp_path / "school.sqlite3", teachers=150)
    make_backup(path, "import-teachers")
    overwrite_table(path)
    answers = Answers(monkeypatch, answer=True)
    assert controller.open(path)
    qtbot.addWidget(controller.window)
    ((kind, text),) = answers.shown
    assert kind == "question" and "“school.sqlite3” is damaged" in text
    assert "The latest good backup is from" in text
    assert database_info(controller.db).row_counts["teachers"] == 150
    assert [b.reason for b in list_backups(path)] == ["import-teachers"]
    assert any(p.name.endswith("-damaged.sqlite3") for p in (tmp_path / "backups").iterdir())


def test_saying_no_opens_nothing_and_keeps_the_file(controller, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = small_school(tmp_path / "school.sqlite3", teachers=150)
    make_backup(path, "import-teachers")
    damaged = overwrite_table(path).read_bytes()
    Answers(monkeypatch, answer=False)
    assert not controller.open(path)
    assert controller.db is None and path.read_bytes() == damaged


def test_a_damaged_database_without_a_backup_is_explained(controller, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = overwrite_table(small_school(tmp_path / "school.sqlite3", teachers=150))
    answers = Answers(monkeypatch, answer=True)
    assert not controller.open(path)
    ((kind, text),) = answers.shown
    assert kind == "error" and "there is no good backup of it" in text


def test_a_database_on_a_network_drive_is_warned_about(controller, qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = small_school(tmp_path / "school.sqlite3", teachers=3)
    monkeypatch.setattr(integrity_prompt, "drive_kind", lambda _p: "network")
    answers = Answers(monkeypatch, answer=True)
    assert controller.open(path)
    qtbot.addWidget(controller.window)
    ((kind, text),) = answers.shown
    assert kind == "warning" and "lies on a network drive" in text
