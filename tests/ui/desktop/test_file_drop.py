"""Files dragged onto the main window: the import dialog opens with the file and the kind
its headers tell (.xlsx in any language, .xls, .ods); a package opens as a package; a
database file is opened; a file that is no spreadsheet gets its message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from eduqa_desktop.exchange.import_plan import ImportKind
from eduqa_desktop.services.imports import export_observations, write_template
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.exchange.import_dialog import ImportDialog

DATA = Path(__file__).resolve().parents[2] / "data" / "exchange"


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag(window, *paths: Path) -> bool:  # type: ignore[no-untyped-def]
    """Drag over the middle of the window; whether the window accepted the drag."""
    mime = _mime(*paths)
    where = window.rect().center()
    enter = QDragEnterEvent(
        where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, enter)
    return enter.isAccepted()


def drop(window, *paths: Path) -> ImportDialog | None:  # type: ignore[no-untyped-def]
    """Drag and drop (Qt delivers a drop only where the drag was entered); the import dialog
    the drop opened, if any."""
    drag(window, *paths)
    mime = _mime(*paths)
    event = QDropEvent(
        QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, event)
    dialog = getattr(window, "_import_dialog", None)
    return dialog if dialog is not None and dialog.isVisible() else None


@pytest.fixture
def templates(main_window, tmp_path: Path) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    db, school = main_window.context.db, main_window.context.school_id
    made = {}
    for kind, language in (
        ("teachers", "ru"), ("results", "uz"), ("activities", "en"),
        ("observations", "ru"), ("checklist", "uz"),
    ):  # fmt: skip
        made[kind] = write_template(db, school, kind, tmp_path / f"{kind}.xlsx", language)
    return made


@pytest.mark.parametrize("kind", ["teachers", "results", "activities", "observations", "checklist"])
def test_a_dropped_template_opens_the_import_with_its_kind(  # type: ignore[no-untyped-def]
    main_window, qtbot, templates, kind: str
) -> None:
    # the file is renamed so that only its headers can tell the kind
    path = templates[kind].rename(templates[kind].with_name("from a colleague.xlsx"))
    assert drag(main_window, path)
    dialog = drop(main_window, path)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.path.text() == str(path)
    assert dialog.kind.currentData() == ImportKind(kind)
    assert dialog.check_button.isEnabled()
    dialog.reject()


@pytest.mark.parametrize("name", ["results.xls", "results.ods"])
def test_old_excel_and_libreoffice_files_are_recognised(main_window, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    main_window.tabs.setCurrentIndex(1)  # a drop on any tab
    dialog = drop(main_window, DATA / name)
    assert dialog is not None and dialog.kind.currentData() == ImportKind.RESULTS
    dialog.reject()


def test_a_dropped_package_opens_the_package_import(main_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "inspector.xlsx"
    export_observations(main_window.context.db, main_window.context.school_id, path)
    dialog = drop(main_window, path)
    assert dialog is not None and dialog.kind.currentData() == ImportKind.OBSERVATIONS
    assert "package" in main_window.statusBar().currentMessage()
    dialog.reject()


def test_other_files_are_not_accepted(main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    assert not drag(main_window, text)
    assert drop(main_window, text) is None


def test_a_file_that_is_no_spreadsheet_is_told(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(prompts, "warning", lambda _p, _t, text: shown.append(text))
    assert drop(main_window, DATA / "not_spreadsheet_csv.xlsx") is None
    assert len(shown) == 1 and "CSV" in shown[0]


def test_a_dropped_database_is_opened(main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    requested: list[str] = []
    main_window.open_database_requested.connect(requested.append)
    other = tmp_path / "other school.sqlite3"
    other.write_bytes(b"")
    assert drag(main_window, other)
    assert drop(main_window, other) is None
    assert requested == [str(other)]
