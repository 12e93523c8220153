"""One window per database: a second start on the same file is refused in the user's
language and offered the first window; a lock left by a crashed process is taken over."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from eduqa_desktop import app as app_module
from eduqa_desktop import controller as controller_module
from eduqa_desktop.settings import Preferences
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.language import install_language
from eduqa_desktop.ui.single_instance import lock_path


class Asked:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
        self.questions: list[tuple[str, str]] = []
        self.warnings: list[str] = []
        self.answer = answer
        monkeypatch.setattr(prompts, "question", self._question)
        monkeypatch.setattr(prompts, "warning", lambda _p, _t, text: self.warnings.append(text))

    def _question(self, _parent, title: str, text: str) -> bool:  # type: ignore[no-untyped-def]
        self.questions.append((title, text))
        return self.answer


def _controller(tmp_path: Path, language: str, name: str) -> controller_module.Controller:
    app_module.create_application()
    install_language(language)
    return controller_module.Controller(Preferences(language=language), tmp_path / f"{name}.json")


@pytest.fixture
def first(qtbot, demo_db_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    controller = _controller(tmp_path, "en", "first")
    assert controller.open(demo_db_path)
    qtbot.addWidget(controller.window)
    yield controller
    controller.close()
    install_language("en")


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "already open"), ("ru", "уже открыта"), ("uz", "allaqachon ochiq")],
)
def test_a_second_window_on_the_same_database_is_refused(  # type: ignore[no-untyped-def]
    first, qtbot, monkeypatch, demo_db_path: Path, tmp_path: Path, language: str, words: str
) -> None:
    asked = Asked(monkeypatch, answer=False)
    second = _controller(tmp_path, language, "second")
    assert not second.open(demo_db_path)
    assert second.refused_as_open_elsewhere and second.window is None and second.db is None
    assert len(asked.questions) == 1
    title, text = asked.questions[0]
    assert words in title.lower() or words in text.lower()
    assert demo_db_path.name in text
    assert first.window.isVisible() and first.db is not None  # the first one is untouched


def test_the_first_window_is_brought_forward(  # type: ignore[no-untyped-def]
    first, qtbot, monkeypatch, demo_db_path: Path, tmp_path: Path
) -> None:
    raised: list[object] = []
    monkeypatch.setattr(controller_module, "bring_forward", raised.append)
    asked = Asked(monkeypatch, answer=True)
    second = _controller(tmp_path, "en", "second")
    assert not second.open(demo_db_path)
    qtbot.waitUntil(lambda: raised == [first.window], timeout=3000)
    assert asked.warnings == []


def test_run_gui_ends_quietly_when_the_database_is_open_elsewhere(  # type: ignore[no-untyped-def]
    first, monkeypatch, demo_db_path: Path
) -> None:
    Asked(monkeypatch, answer=False)
    assert app_module.run_gui(str(demo_db_path), "en") == 0


def test_the_lock_is_let_go_when_another_database_opens(  # type: ignore[no-untyped-def]
    first, qtbot, monkeypatch, demo_db_path: Path, school_db, tmp_path: Path
) -> None:
    asked = Asked(monkeypatch, answer=False)
    other = school_db.path
    school_db.close()
    assert first.open(other)
    assert lock_path(other.resolve()).exists()
    second = _controller(tmp_path, "en", "second")
    assert second.open(demo_db_path)  # the first window moved on to another file
    qtbot.addWidget(second.window)
    assert asked.questions == []
    second.close()


def test_a_stale_lock_after_a_crash_is_taken_over(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, demo_db_path: Path, tmp_path: Path
) -> None:
    lock = lock_path(demo_db_path.resolve())
    crash = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)  # ends without unlocking, as a crash does\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(lock)], check=True, timeout=60)
    assert lock.exists()
    asked = Asked(monkeypatch, answer=False)
    controller = _controller(tmp_path, "en", "after-crash")
    assert controller.open(demo_db_path)
    qtbot.addWidget(controller.window)
    assert asked.questions == []
    controller.close()
    assert not lock.exists()
