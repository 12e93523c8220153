"""Writing a file the user chose: an error in words if the folder refuses it, else a line in
the status bar saying where it went."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from eduqa_desktop.ui import prompts


def write_file(parent: QWidget, title: str, action: Callable[[], object], path: str) -> bool:
    """Run `action` (which writes `path`); False, after telling the user, if it failed."""
    try:
        action()
    except OSError as error:
        prompts.error(
            parent,
            title,
            QCoreApplication.translate(
                "FileOutput", "The file could not be written. Choose another folder."
            ),
            str(error),
        )
        return False
    show = getattr(parent.window(), "show_message", None)
    if show is not None:
        show(QCoreApplication.translate("FileOutput", "Saved {path}").format(path=path))
    return True
