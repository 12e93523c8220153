"""What opening a database checks first: a damaged file gets a plain message and the offer to
restore the latest good backup; a database on a network or removable drive gets a warning."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.integrity import (
    check_at_open,
    drive_kind,
    latest_good_backup,
    put_back_latest_good,
)
from eduqa_desktop.ui import prompts

log = logging.getLogger(__name__)


def intact_or_restored(parent: QWidget | None, path: str | Path) -> bool:
    """True when the file at `path` may be opened: intact (or new), or put back from the
    latest good backup with the user's yes. False: the user was told why not."""
    if "://" in str(path):
        return True  # a server database checks itself
    target = Path(path)
    report = check_at_open(target)
    if not report.complete:
        log.info("quick check of %s stopped at its time budget", target)
    if report.ok:
        return True
    backup = latest_good_backup(target)
    if not report.readable and backup is None:
        return True  # not SQLite at all, and never backed up: open_database says what it is
    log.warning("database %s is damaged: %s %s", target, report.problems, report.foreign_keys)
    title = QCoreApplication.translate("IntegrityPrompt", "The database is damaged")
    if backup is None:
        prompts.error(
            parent,
            title,
            QCoreApplication.translate(
                "IntegrityPrompt",
                "“{file}” is damaged, and there is no good backup of it in its backups folder. "
                "Do not work in it: copy the file and give the copy to whoever supports the "
                "program; open another database meanwhile.",
            ).format(file=target.name),
            "\n".join(report.problems + report.foreign_keys),
        )
        return False
    made = backup.made.strftime("%d.%m.%Y %H:%M")
    if not prompts.question(
        parent,
        title,
        QCoreApplication.translate(
            "IntegrityPrompt",
            "“{file}” is damaged (SQLite found errors in it). The latest good backup is from "
            "{date}. Restore it? What was changed after {date} is lost; the damaged file is "
            "kept in the backups folder.",
        ).format(file=target.name, date=made),
    ):
        return False
    try:
        put_back_latest_good(target, backup)
    except UserError as problem:
        prompts.show_user_error(parent, title, problem)
        return False
    return True


def warn_about_drive(parent: QWidget | None, path: str | Path) -> str:
    """A warning when the database lies on a network share or a removable disk; the kind."""
    if "://" in str(path):
        return "server"
    kind = drive_kind(Path(path))
    title = QCoreApplication.translate("IntegrityPrompt", "Where the database lies")
    if kind == "network":
        text = QCoreApplication.translate(
            "IntegrityPrompt",
            "“{file}” lies on a network drive. SQLite, which keeps the data, cannot lock a file "
            "there reliably, and changes can be lost. Copy the database to this computer's own "
            "disk and open the copy.",
        )
    elif kind == "removable":
        text = QCoreApplication.translate(
            "IntegrityPrompt",
            "“{file}” lies on a removable disk. If the disk is pulled out while the program "
            "writes, the database can be damaged. Copy it to this computer's own disk and open "
            "the copy.",
        )
    else:
        return kind
    prompts.warning(parent, title, text.format(file=Path(path).name))
    return kind
