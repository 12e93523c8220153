"""The real main window on a database, in a chosen language (for tests of what uz/ru users see)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eduqa_desktop.storage.database import Database


@contextmanager
def window_in(qtbot, db: Database, language: str, tmp_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The main window at 1366×768 in `language`; English is put back afterwards."""
    from eduqa_desktop.app import create_application
    from eduqa_desktop.services.schools import list_schools
    from eduqa_desktop.settings import Preferences
    from eduqa_desktop.ui.context import UiContext
    from eduqa_desktop.ui.language import install_language
    from eduqa_desktop.ui.main_window import MainWindow

    create_application()
    install_language(language)
    try:
        context = UiContext(
            db, list_schools(db)[0], Preferences(language=language), tmp_path / "prefs.json"
        )
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        yield window
    finally:
        install_language("en")
