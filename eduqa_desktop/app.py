"""Wiring: QApplication, preferences, language, the database and the main window.

Only Qt and the preferences are imported before something is on screen: the rest (SQLAlchemy,
the services, the window) is imported by `run_gui` once the start-up splash shows, so that on
an old office PC the user sees the program starting instead of nothing for seconds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from eduqa_desktop.settings import LANGUAGES, load_preferences
from eduqa_desktop.ui.language import install_language
from eduqa_desktop.ui.look import apply_look
from eduqa_desktop.ui.pyside_imports import skip_feature_scans
from eduqa_desktop.ui.start_splash import StartSplash

ORGANIZATION = "EduQA"
APPLICATION = "EduQA Desktop"


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    skip_feature_scans()  # before the heavy imports that follow
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv or sys.argv[:1]))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    apply_look(app)
    return app


_controller: object | None = None


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="eduqa-desktop")
    parser.add_argument("--db", help="database file to open")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")
    parser.add_argument("--user", help="the name to log in with (a database with accounts)")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def run_gui(db: str | None = None, lang: str | None = None, user: str | None = None) -> int:
    app = create_application()
    preferences = load_preferences()
    if lang:
        preferences.language = lang
    install_language(preferences.effective_language)
    splash = StartSplash(app)  # until the first window or dialog shows
    try:
        from eduqa_desktop.controller import Controller, demo_database_path
        from eduqa_desktop.paths import default_database_path
        from eduqa_desktop.storage.database import is_url
        from eduqa_desktop.ui.error_reporting import install_exception_hook

        install_exception_hook()
        controller = Controller(preferences, user=user)
        path = db or preferences.last_database or str(default_database_path())
        if (
            not is_url(path)
            and not Path(path).exists()
            and not db
            and demo_database_path().exists()
        ):
            path = str(demo_database_path())
        if not controller.open(path):
            if controller.refused_as_open_elsewhere:
                return 0  # the user was sent to the window that has it open
            if controller.login_cancelled:
                return 0  # asked to log in, the user chose not to: nothing else is opened
            if not controller.open(default_database_path()):
                return 1
    finally:
        splash.finish()
    global _controller
    _controller = controller  # keep it alive while the event loop runs
    try:
        return app.exec()
    finally:
        controller.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_gui_args(sys.argv[1:] if argv is None else argv)
    return run_gui(args.db, args.lang, args.user)
