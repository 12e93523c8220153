"""The global exception hook: log to the data folder and show a dialog, never a traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from eduqa_desktop.log_file import attach_log_file
from eduqa_desktop.paths import log_file_path
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.ui import prompts

log = logging.getLogger("eduqa_desktop")


def configure_logging() -> None:
    attach_log_file()


def report_exception(error: BaseException, details: str, parent: QWidget | None = None) -> None:
    """Tell the user in one sentence what happened and what to do; details behind a button."""
    title = QCoreApplication.translate("ErrorReporting", "Something went wrong")
    if isinstance(error, UserError):
        prompts.show_user_error(parent, title, error)
        return
    log.error("unexpected error: %s\n%s", error, details)
    text = QCoreApplication.translate(
        "ErrorReporting",
        "The action could not be completed. Your saved data is safe. "
        "If it happens again, send the log file to support: {path}",
    ).format(path=log_file_path())
    prompts.error(parent, title, text, details)


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    details = "".join(traceback.format_exception(kind, error, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    report_exception(error, details, QApplication.activeWindow())


def install_exception_hook() -> None:
    configure_logging()
    sys.excepthook = _hook
