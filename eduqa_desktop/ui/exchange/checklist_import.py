"""File ▸ Import… of a checklist (the editor's workbook or an XLSForm): read in the background,
shown in the checklist preview (ui/observations/checklist_import_preview.py), written on
*Import* as a new checklist or a new version."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eduqa_desktop.services.checklist_files import (
    ChecklistImport,
    import_checklist_file,
    preview_checklist_import,
)
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.observations.checklist_import_preview import ChecklistImportPreview
from eduqa_desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from eduqa_desktop.ui.exchange.import_dialog import ImportDialog


def check_checklist(dialog: ImportDialog, path: Path) -> None:
    """Read `path` in the background, then open the preview over the dialog's window."""
    db, language = dialog.context.db, dialog.context.language
    title = QCoreApplication.translate("ChecklistImport", "Reading the file…")

    def show(preview: ChecklistImport) -> None:
        dialog._update()
        window = ChecklistImportPreview(preview, language, dialog.parentWidget())
        window.accepted.connect(lambda: _write(dialog, path))
        dialog.checklist_preview = window
        window.open()

    dialog.check_button.setEnabled(False)
    dialog.task = run_in_background(
        dialog, preview_checklist_import, db, path, language=language, title=title,
        on_done=show, on_error=dialog._failed, on_cancel=dialog._update,
    )  # fmt: skip


def _write(dialog: ImportDialog, path: Path) -> None:
    context = dialog.context
    title = QCoreApplication.translate("ChecklistImport", "Importing…")
    message = QCoreApplication.translate(
        "ChecklistImport", "Imported {file}: checklist version {version}"
    )

    def done(result: ChecklistImport) -> None:
        app_signals().data_changed.emit("checklists")
        show = getattr(dialog.parentWidget(), "show_message", None)
        if show is not None:
            show(message.format(file=result.found.file, version=result.version))
        dialog.accept()

    dialog.task = run_in_background(
        dialog, import_checklist_file, context.db, path, language=context.language,
        who=context.preferences.user_name or None, title=title, on_done=done,
        on_error=dialog._failed,
    )  # fmt: skip
