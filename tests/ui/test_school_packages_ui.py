"""File ▸ Send to the district… writes the school's package; File ▸ Receive school packages…
takes a folder of three, receives them in the worker, and the Submissions view says who has
sent and who is missing — all driven through the windows as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from district_world import TODAY, YEAR, copy_source, send_all, source_template
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eduqa_desktop.exchange.school_package_reader import read_school_package
from eduqa_desktop.services.schools import create_school, list_schools
from eduqa_desktop.storage.database import open_database
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.network.receive_dialog import STATUS, ReceiveDialog
from eduqa_desktop.ui.network.send_dialog import SendDialog
from eduqa_desktop.ui.network.submissions_view import SubmissionsDialog


@pytest.fixture(scope="module")
def package_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ui-sent")
    db = copy_source(source_template(folder), folder / "schools.sqlite3")
    try:
        send_all(db, folder / "packages", term=1)
    finally:
        db.close()
    return folder / "packages"


def _window(qtbot, db, tmp_path):  # type: ignore[no-untyped-def]
    from eduqa_desktop.app import create_application
    from eduqa_desktop.settings import Preferences
    from eduqa_desktop.ui.context import UiContext
    from eduqa_desktop.ui.language import install_language
    from eduqa_desktop.ui.main_window import MainWindow

    create_application()
    install_language("en")
    context = UiContext(db, list_schools(db)[0], Preferences(language="en"), tmp_path / "p.json")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _dialog(window, kind):  # type: ignore[no-untyped-def]
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def test_send_to_the_district_from_the_file_menu(qtbot, main_window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    target = tmp_path / "to-district.xlsx"
    monkeypatch.setattr(prompts, "save_file", lambda *_args: str(target))
    main_window.send_package_action.trigger()
    dialog = _dialog(main_window, SendDialog)
    assert dialog.school.text() == main_window.context.school.name
    dialog.year.setCurrentIndex(dialog.year.findData("2026-2027"))
    dialog.term.setCurrentIndex(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sent is not None, timeout=20_000)
    package = read_school_package(target)
    assert package.manifest["school"] == main_window.context.school.name
    assert (package.manifest["year"], package.manifest["term"]) == ("2026-2027", "1")
    assert "Package saved" in main_window.statusBar().currentMessage()


def test_receive_three_packages_and_read_the_submissions(  # type: ignore[no-untyped-def]
    qtbot, package_folder, tmp_path, monkeypatch
):
    district = open_database(tmp_path / "district.sqlite3")
    create_school(district, "Sust maktab", district="Yunusobod", year=YEAR)
    window = _window(qtbot, district, tmp_path)
    monkeypatch.setattr(prompts, "choose_folder", lambda *_args: str(package_folder))
    window.receive_packages_action.trigger()
    dialog = _dialog(window, ReceiveDialog)
    qtbot.mouseClick(dialog.add_folder_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3
    assert dialog.receive_button.isEnabled()
    qtbot.mouseClick(dialog.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    statuses = [dialog.table.item(row, STATUS).text() for row in range(3)]
    assert statuses == ["received"] * 3
    assert int(dialog.table.item(0, 3).text()) > 100  # records created
    assert dialog.missing.text() == "Not sent yet: Sust maktab"
    assert dialog.batch_progress.value() == 3

    qtbot.mouseClick(dialog.submissions_button, Qt.MouseButton.LeftButton)
    view = dialog.submissions_dialog
    assert isinstance(view, SubmissionsDialog)
    assert (view.year.currentData(), view.term.currentData()) == (YEAR, 1)
    rows = [[view.table.item(r, c).text() for c in range(3)] for r in range(view.table.rowCount())]
    assert rows[0] == ["Sust maktab", "Yunusobod", "missing"]
    assert sorted(r[0] for r in rows[1:]) == sorted(p.stem for p in package_folder.iterdir())
    assert {r[2] for r in rows[1:]} == {"arrived"}
    assert view.summary.text() == "Arrived: 3 of 4; missing: 1"
    view.term.setCurrentIndex(2)  # the second quarter: nobody has sent yet
    assert view.missing_schools() == sorted(r[0] for r in rows)
    saved = tmp_path / "calls.xlsx"
    monkeypatch.setattr(prompts, "save_file", lambda *_args: str(saved))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    from openpyxl import load_workbook

    sheet = load_workbook(saved).active
    assert sheet.cell(row=5, column=3).value == "missing"
    view.close()
    dialog.close()
    window.close()
    district.close()
    assert TODAY.year == 2026


def test_a_dropped_school_package_opens_receive_with_it(qtbot, main_window, package_folder):  # type: ignore[no-untyped-def]
    from eduqa_desktop.ui.file_drop import open_dropped

    first = sorted(package_folder.iterdir())[0]
    assert open_dropped(main_window, first) is None
    dialog = _dialog(main_window, ReceiveDialog)
    assert dialog.paths == [first.resolve()] and dialog.table.item(0, 0).text() == first.name
    assert dialog.receive_button.isEnabled()
    dialog.close()
