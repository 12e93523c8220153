"""F1 and Help ▸ User guide open the shipped guide in the interface language, offline; its
sections list on the left brings a section to the top; Help ▸ About shows the version."""

from __future__ import annotations

from pathlib import Path

import pytest
from localized_window import window_in
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog

from eduqa_desktop import __version__
from eduqa_desktop.paths import HELP_DIR
from eduqa_desktop.storage.database import Database
from eduqa_desktop.ui.dialogs.about_dialog import AboutDialog
from eduqa_desktop.ui.dialogs.help_dialog import HelpDialog, guide_path

TITLES = {
    "uz": "EduQA Desktop — foydalanuvchi qoʻllanmasi",
    "ru": "EduQA Desktop — руководство пользователя",
    "en": "EduQA Desktop — user guide",
}
BACKUPS = {"uz": "Zaxira nusxalar", "ru": "Резервные копии", "en": "Backups"}
WINDOW_TITLES = {
    "uz": "Foydalanuvchi qoʻllanmasi",
    "ru": "Руководство пользователя",
    "en": "User guide",
}
OBSERVING = {"uz": "Darsni kuzatish", "ru": "Посещение урока", "en": "Observing a lesson"}
TOPICS = 7  # first start, results, observing, the plan, import/export, district, backups


def _top_line(dialog: HelpDialog) -> str:
    """The text of the block shown at the top of the guide's view."""
    return dialog.browser.cursorForPosition(QPoint(4, 4)).block().text()


def _opened_guide(qtbot, window) -> HelpDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.help_dialog is not None and window.help_dialog.isVisible())
    return window.help_dialog


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_f1_opens_the_guide_in_the_interface_language(
    qtbot, demo_db: Database, tmp_path: Path, language: str
) -> None:  # type: ignore[no-untyped-def]
    with window_in(qtbot, demo_db, language, tmp_path) as window:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
        qtbot.keyClick(window, Qt.Key.Key_F1)
        dialog = _opened_guide(qtbot, window)

        assert _top_line(dialog) == TITLES[language]
        listed = [dialog.sections.item(i).text() for i in range(dialog.sections.count())]
        assert len(listed) == TOPICS, listed
        assert listed[-1] == BACKUPS[language]

        dialog.sections.setCurrentRow(2)  # as a click on it does
        assert _top_line(dialog) == OBSERVING[language]
        assert dialog.windowTitle() == WINDOW_TITLES[language]


def test_help_menu_opens_the_guide_once_and_f1_brings_it_forward(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    help_menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&Help")
    entries = [a.text() for a in help_menu.actions()]
    assert entries[0] == "User guide" and "About EduQA Desktop" in entries
    assert main_window.guide_action.shortcut().toString() == "F1"

    main_window.guide_action.trigger()
    dialog = _opened_guide(qtbot, main_window)
    assert not dialog.isModal()  # the user follows it while working in the window
    dialog.close()
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    assert _opened_guide(qtbot, main_window) is dialog


def test_guide_in_each_language_is_shipped_with_every_topic() -> None:
    for language in ("uz", "ru", "en"):
        path = guide_path(language)
        assert path == HELP_DIR / f"guide_{language}.md"
        sections = [
            line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("## ")
        ]
        assert len(sections) == TOPICS, (language, sections)
    assert guide_path("kk") == HELP_DIR / "guide_en.md"  # a language with no guide: English


def test_about_from_the_help_menu_shows_the_version(
    main_window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []

    def read_and_close(dialog: AboutDialog) -> int:
        shown.append(dialog.version_label.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AboutDialog, "exec", read_and_close)
    main_window.about_action.trigger()
    assert shown == [__version__]
