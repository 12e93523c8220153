"""What the observation UI tests share: a window on a seeded school, keys to the focus, prompts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from eduqa_desktop.ui import prompts


class Prompts:
    """Answers every message box and file dialog at the prompts seam; records what was shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = True  # for question()
        self.text: str | None = None  # for ask_text()
        self.path: str | None = None  # for save_file() / open_file()
        self.questions: list[str] = []
        self.actions: list[str] = []  # the default button of each confirm()
        for kind in ("information", "warning", "error"):
            monkeypatch.setattr(prompts, kind, self._recorder(kind))
        monkeypatch.setattr(prompts, "question", self._question)
        monkeypatch.setattr(prompts, "confirm", self._confirm)
        monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: self.text)
        monkeypatch.setattr(prompts, "save_file", lambda *a, **k: self.path)
        monkeypatch.setattr(prompts, "open_file", lambda *a, **k: self.path)

    def _recorder(self, kind: str):  # type: ignore[no-untyped-def]
        def record(_parent, _title, text, *_rest):  # type: ignore[no-untyped-def]
            self.shown.append((kind, text))

        return record

    def _question(self, _parent, _title, text) -> bool:  # type: ignore[no-untyped-def]
        self.questions.append(text)
        return self.answer

    def _confirm(self, _parent, _title, text, action) -> bool:  # type: ignore[no-untyped-def]
        self.questions.append(text)
        self.actions.append(action)
        return self.answer


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key to whatever has the focus, as the keyboard would send it."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type `text` into the focus; letters QTest cannot map (Cyrillic) go as key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(focused(), char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(focused(), event)


def click_row(qtbot, table, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click the first cell of a table row, as the mouse would."""
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Make `window` the active one again (the offscreen platform leaves it to us after a
    dialog or a popup closed)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def make_window(qtbot, db, tmp_path: Path, language: str = "en"):  # type: ignore[no-untyped-def]
    """The real main window on `db` (a school set up and seeded), shown at 1366×768."""
    from eduqa_desktop.app import create_application
    from eduqa_desktop.services.schools import list_schools
    from eduqa_desktop.settings import Preferences
    from eduqa_desktop.ui.context import UiContext
    from eduqa_desktop.ui.language import install_language
    from eduqa_desktop.ui.main_window import MainWindow

    create_application()
    install_language(language)
    context = UiContext(
        db,
        list_schools(db)[0],
        Preferences(language=language, user_name="Rahimova N."),
        tmp_path / "prefs.json",
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    activate(qtbot, window)
    if QApplication.focusWidget() is None:
        window.tabs.tabBar().setFocus()  # where the keyboard starts after a click on a tab
    return window
