"""Settings ▸ Files and backups: the limits of incoming files and the backup rotation, typed in
the dialog and saved in the database — and an import refused by a limit set there."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from eduqa_desktop.services.backups import RotationPolicy, rotation_policy
from eduqa_desktop.services.file_limits import FileLimits, load_file_limits, save_file_limits
from eduqa_desktop.services.imports import ImportKind
from eduqa_desktop.services.schools import database_info, list_schools
from eduqa_desktop.settings import Preferences
from eduqa_desktop.storage.database import Database
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dialogs.file_limits_page import FileLimitsPage
from eduqa_desktop.ui.dialogs.settings_dialog import SettingsDialog


@pytest.fixture
def context(school_db: Database, tmp_path: Path, qapp) -> UiContext:  # type: ignore[no-untyped-def]
    from eduqa_desktop.ui.language import install_language

    install_language("en")
    return UiContext(
        school_db, list_schools(school_db)[0], Preferences(language="en"), tmp_path / "p.json"
    )


@pytest.fixture
def dialog(context: UiContext, qtbot):  # type: ignore[no-untyped-def]
    """The settings dialog with the page, shown on its tab."""
    shown = SettingsDialog(context)
    qtbot.addWidget(shown)
    page = FileLimitsPage(context)
    shown.add_page(page, "Files and backups")
    shown.pages.setCurrentWidget(page)
    shown.show()
    return shown, page


def type_into(qtbot, spin, text: str) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    spin.interpretText()


def _results(path: Path, rows: int) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Класс", "Предмет", "Учитель", "Учащихся", "«5»", "«4»", "«3»", "«2»"])
    for index in range(rows):
        sheet.append([f"{5 + index % 7}-A", f"Fan {index}", "Sharipova Gulnora", 25, 5, 10, 8, 2])
    book.save(path)
    return path


def test_the_page_shows_the_limits_in_force(dialog) -> None:  # type: ignore[no-untyped-def]
    _dialog, page = dialog
    values = {name: spin.value() for name, spin in page.spins.items()}
    assert values == {
        "max_file_bytes": 50, "max_unpacked_bytes": 300, "max_entry_ratio": 100,
        "max_rows": 200_000, "max_columns": 1000, "max_sheets": 50,
        "max_cell_chars": 32_767, "max_seconds": 120,
    }  # fmt: skip
    assert (page.keep_last.value(), page.weekly_months.value()) == (10, 3)
    assert page.limits() == FileLimits() and page.policy() == RotationPolicy()


def test_a_rows_limit_set_here_refuses_an_import(  # type: ignore[no-untyped-def]
    dialog, context: UiContext, qtbot, tmp_path, monkeypatch
) -> None:
    from PySide6.QtCore import Qt

    from eduqa_desktop.ui import prompts
    from eduqa_desktop.ui.exchange.import_dialog import ImportDialog

    shown, page = dialog
    type_into(qtbot, page.spins["max_rows"], "100")
    shown.accept()
    assert not shown.isVisible()
    assert load_file_limits(context.db).max_rows == 100
    before = database_info(context.db).row_counts
    shown_errors: list[str] = []
    monkeypatch.setattr(prompts, "show_user_error",
                        lambda _parent, _title, error: shown_errors.append(str(error)))  # fmt: skip
    importing = ImportDialog(context)  # File ▸ Import…
    qtbot.addWidget(importing)
    importing.show()
    importing.kind.setCurrentIndex(importing.kind.findData(ImportKind.RESULTS))
    qtbot.keyClicks(importing.path, str(_results(tmp_path / "r.xlsx", 150)))
    qtbot.mouseClick(importing.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=30_000)
    assert "of “r.xlsx” reaches row 151, beyond the 100 rows an incoming sheet may have" in (
        shown_errors[0]
    )
    assert importing.preview is None  # no preview: nothing to import
    assert database_info(context.db).row_counts == before


def test_an_impossible_pair_is_shown_and_keeps_the_dialog_open(dialog, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown, page = dialog
    shown.pages.setCurrentIndex(0)
    type_into(qtbot, page.spins["max_unpacked_bytes"], "10")  # below the 50 MB of a file
    problem = page.problems["max_unpacked_bytes"]
    assert problem.isVisibleTo(page) and "at least the largest file" in problem.text()
    shown.accept()
    assert shown.isVisible() and shown.pages.currentWidget() is page  # brought to the front
    assert load_file_limits(context.db) == FileLimits()  # nothing saved
    type_into(qtbot, page.spins["max_file_bytes"], "10")
    assert not problem.isVisibleTo(page)


def test_backup_rotation_is_saved_and_the_defaults_come_back(dialog, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown, page = dialog
    type_into(qtbot, page.keep_last, "3")
    type_into(qtbot, page.weekly_months, "6")
    type_into(qtbot, page.spins["max_seconds"], "30")
    shown.accept()
    assert rotation_policy(context.db) == RotationPolicy(keep_last=3, weekly_weeks=26)
    assert load_file_limits(context.db).max_seconds == 30.0
    again = FileLimitsPage(context)
    qtbot.addWidget(again)
    assert (again.keep_last.value(), again.weekly_months.value()) == (3, 6)
    again.defaults_button.click()
    assert again.spins["max_seconds"].value() == 120 and again.keep_last.value() == 10
    assert again.save()
    assert load_file_limits(context.db) == FileLimits()
    assert rotation_policy(context.db) == RotationPolicy()


def test_limits_not_touched_keep_their_exact_value(context: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    odd = FileLimits(max_file_bytes=50 * 1024 * 1024 + 123)  # set elsewhere, not whole MB
    save_file_limits(context.db, odd)
    page = FileLimitsPage(context)
    qtbot.addWidget(page)
    assert page.limits() == odd
