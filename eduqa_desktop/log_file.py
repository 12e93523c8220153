"""The log file in the data folder (`eduqa.log`): what a user sends when something goes wrong.

Both the window and the command line write to it; attaching it twice is harmless. When the
folder cannot be written, nothing is attached and the caller is told (`None`).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from eduqa_desktop.masked_logging import MaskedFormatter
from eduqa_desktop.paths import log_file_path

MAX_BYTES = 1_000_000
BACKUP_COUNT = 3


def attach_log_file(level: int = logging.INFO) -> Path | None:
    """The log file's path once the root logger writes to it, or None when it cannot."""
    root = logging.getLogger()
    try:
        path = log_file_path()
    except OSError:
        return None
    for old in list(root.handlers):
        if isinstance(old, RotatingFileHandler):
            if Path(old.baseFilename) == path.absolute():
                return path
            if getattr(old, "eduqa_log_file", False):  # the data folder moved (tests do)
                root.removeHandler(old)
                old.close()
    try:
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(MaskedFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(level)
    handler.eduqa_log_file = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return path
