"""Render the main window on each tab to PNG (for the README and for looking at layouts)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from eduqa_desktop.app import create_application
from eduqa_desktop.services.database import Database
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.settings import Preferences
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.language import install_language
from eduqa_desktop.ui.main_window import TAB_NAMES, MainWindow


def render_screenshots(
    db: Database, out_dir: Path, language: str, size: tuple[int, int]
) -> list[Path]:
    """Every tab of the main window on `db` (a file or a server; the caller closes it)."""
    app = create_application()
    install_language(language)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    schools = list_schools(db)
    with tempfile.TemporaryDirectory() as tmp:
        context = UiContext(
            db,
            schools[0] if schools else None,
            Preferences(language=language),
            Path(tmp) / "preferences.json",
        )
        window = MainWindow(context)
        window.resize(*size)
        window.show()
        for name in TAB_NAMES:
            window.show_tab(name)
            _settle(app)
            path = out_dir / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
        window.deleteLater()
        _settle(app)
    return written


def _settle(app: QApplication) -> None:
    """Let background queries finish and their results reach the widgets."""
    for _ in range(3):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(30_000)
        app.processEvents()
