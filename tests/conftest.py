"""Shared fixtures: Qt offscreen, a private data folder, fresh and demo databases (files, or
schemas of a PostgreSQL database when EDUQA_TEST_DATABASE_URL is set: tests/engines.py)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never require a display

from engines import ON_SERVER, copy_location, drop_schemas, new_location

from eduqa_desktop.storage.database import Database, open_database

DEMO_TODAY = date(2026, 11, 25)
DEMO_SEED = 2025


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before any fixture is torn down (its database closed, its windows deleted), let the
    dashboard queries a test started on the thread pool return: one still running while the
    GUI thread tears their window and database down can deadlock the two threads."""
    runner = sys.modules.get("eduqa_desktop.ui.dashboard.query_runner")
    if runner is not None:
        runner.wait_for_running_queries(timeout=30.0)
    yield


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test gets its own data folder and QSettings file, never the user's."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("EDUQA_DATA_DIR", str(folder))
    try:
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    except ImportError:  # pragma: no cover - the core tests run without Qt too
        pass
    return folder


@pytest.fixture(autouse=True)
def no_main_windows_left_behind() -> Iterator[None]:
    """Delete the main windows a test leaves (qtbot only closes them). Each is some 1,300
    widgets; left alive, every later event and language switch reaches all of them and the
    suite ran twice as slow by its end. Queued work is let finish first."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if not isinstance(QCoreApplication.instance(), QApplication):
        return
    from eduqa_desktop.ui.main_window import MainWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows:
        return
    QCoreApplication.processEvents()
    from eduqa_desktop.ui.dashboard.query_runner import wait_for_running_queries

    wait_for_running_queries(timeout=30.0)  # the events just processed may have started one
    for window in windows:
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def print_dialog_cancelled(monkeypatch: pytest.MonkeyPatch) -> None:
    """No real print dialog in tests (it is modal): Print… is answered Cancel unless a test
    answers it (tests/ui/desktop/test_printing.py)."""
    try:
        from eduqa_desktop.ui import printing
    except ImportError:  # pragma: no cover - the core tests run without Qt too
        return
    monkeypatch.setattr(printing, "ask_printer", lambda _parent, _printer: False)


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any text into a widget as key events, Cyrillic and ʻ included.

    `qtbot.keyClicks` aborts the process on characters outside ASCII (Qt asserts in
    qasciikey.cpp), so each character is sent as a key event that carries its text.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.fixture
def keyboard():  # type: ignore[no-untyped-def]
    """`keyboard(widget, "Гулнора Oʻrolova")` types like a user (see type_text)."""
    return type_text


@pytest.fixture(autouse=True, scope="session")
def drop_server_templates() -> Iterator[None]:
    yield
    if ON_SERVER:
        drop_schemas(long_lived=True)


@pytest.fixture(autouse=True)
def drop_server_schemas() -> Iterator[None]:
    """On PostgreSQL, the schemas a test made are dropped when it ends."""
    yield
    if ON_SERVER:
        drop_schemas()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh database: schema created, nothing in it."""
    database = open_database(new_location(tmp_path, "fresh"))
    yield database
    database.close()


@pytest.fixture
def school_db(tmp_path: Path) -> Iterator[Database]:
    """A database with one school set up as "Set up my school" does."""
    from eduqa_desktop.services.schools import create_school

    database = open_database(new_location(tmp_path, "school"))
    create_school(
        database, "Test maktab", district="Chilonzor", region="Toshkent", year="2025-2026"
    )
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path | str:
    """A small demo school built once per test run; tests get copies."""
    from eduqa_desktop.services.demo import generate_demo

    path = new_location(tmp_path_factory.mktemp("demo"), "demo", keep=True)
    database = open_database(path)
    generate_demo(database, schools=1, teachers_per_school=40, seed=DEMO_SEED, today=DEMO_TODAY)
    database.close()
    return path


@pytest.fixture
def demo_db_path(demo_template: Path | str, tmp_path: Path) -> Path | str:
    """A copy of the demo school: a file, or on PostgreSQL the URL of a schema."""
    return copy_location(demo_template, tmp_path, "demo")


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    database = open_database(demo_db_path)
    yield database
    database.close()


@pytest.fixture
def controller(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The application's Controller in English, closed at the end (lock, local socket and
    database: a socket left to the garbage collector can crash a later test)."""
    from eduqa_desktop.app import create_application
    from eduqa_desktop.controller import Controller
    from eduqa_desktop.settings import Preferences
    from eduqa_desktop.ui.language import install_language

    create_application()
    install_language("en")
    made = Controller(Preferences(language="en"), tmp_path / "prefs.json")
    yield made
    if made.window is not None:
        made.window.close()
    made.close()
    install_language("en")


@pytest.fixture
def main_window(qtbot, demo_db: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The real main window on the demo school, shown, in English."""
    from eduqa_desktop.app import create_application
    from eduqa_desktop.services.schools import list_schools
    from eduqa_desktop.settings import Preferences
    from eduqa_desktop.ui.context import UiContext
    from eduqa_desktop.ui.language import install_language
    from eduqa_desktop.ui.main_window import MainWindow

    create_application()
    install_language("en")
    context = UiContext(
        demo_db, list_schools(demo_db)[0], Preferences(language="en"), tmp_path / "prefs.json"
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window
