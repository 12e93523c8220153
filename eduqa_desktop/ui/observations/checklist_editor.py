"""Checklists…: the list of checklists and the editor of the chosen one.

Create, copy, edit, reorder, archive; import from and export to .xlsx — the editor's workbook,
or an XLSForm from KoboToolbox/ODK (either shown in a preview first, see
checklist_import_preview.py).
Saving a checklist that observations use makes a new version (they keep the old one) — the
dialog says so first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.checklist_files import (
    WORKBOOK,
    XLSFORM,
    export_checklist,
    import_checklist_file,
    preview_checklist_import,
)
from eduqa_desktop.services.checklist_views import localized, template_spec
from eduqa_desktop.services.checklists import (
    ChecklistSummary,
    copy_checklist,
    create_checklist,
    list_checklists,
    move_checklist,
    save_checklist,
    set_archived,
)
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.reference_data import (
    LANGUAGES,
    ChecklistSpec,
    CriterionSpec,
    SectionSpec,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.look import icon
from eduqa_desktop.ui.observations.checklist_import_preview import ChecklistImportPreview
from eduqa_desktop.ui.observations.checklist_spec_editor import (
    LANGUAGE_NAMES,
    ChecklistSpecEditor,
)
from eduqa_desktop.ui.observations.file_output import write_file

XLSX_FILTER = "Excel (*.xlsx)"


class ChecklistEditor(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = context.language
        self.summaries: list[ChecklistSummary] = []
        self.current_id: int | None = None  # None: a new checklist not saved yet
        self.dirty = False
        self.setWindowTitle(self.tr("Checklists"))
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._on_choose)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(lambda _b: self.reload(self.current_id))
        grid = QGridLayout()
        actions = (
            (self.tr("New"), self.new, "new"),
            (self.tr("Copy"), self.copy, "add"),
            (self.tr("Archive"), self.toggle_archive, "delete"),
            (self.tr("Up"), lambda: self.move(-1), ""),
            (self.tr("Down"), lambda: self.move(1), ""),
            (self.tr("Import .xlsx…"), self.import_xlsx, "import"),
            (self.tr("Export .xlsx…"), self.export_xlsx, "export"),
            (self.tr("Export XLSForm…"), self.export_xlsform, "export"),
        )
        self.buttons: dict[str, QPushButton] = {}
        self.preview: ChecklistImportPreview | None = None  # a checklist file being looked at
        for index, (text, slot, icon_name) in enumerate(actions):
            button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
            button.clicked.connect(slot)
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[text] = button
        self.archive_button = self.buttons[self.tr("Archive")]
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.show_archived)
        left_layout.addLayout(grid)
        self.editor = ChecklistSpecEditor(self.language)
        self.editor.changed.connect(self._on_changed)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setProperty("role", "hint")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(lambda: self._load(self.current_id))
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        right_layout.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 930])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(1240, 680)
        self.reload()

    # --- the list ----------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        self.summaries = list_checklists(
            self.context.db, include_archived=self.show_archived.isChecked()
        )
        self.list.blockSignals(True)
        self.list.clear()
        for summary in self.summaries:
            name = localized(summary.name, self.language)
            text = self.tr("{name} · version {version}").format(name=name, version=summary.version)
            if summary.archived:
                text = self.tr("{name} (archived)").format(name=text)
            tooltip = text
            if summary.stale_languages:
                languages = ", ".join(LANGUAGE_NAMES[c] for c in summary.stale_languages)
                text = f"⚠ {text}"  # in front: a long name is cut at its end
                tooltip = self.tr("{name}\nOut of date: {languages}").format(
                    name=tooltip, languages=languages
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(tooltip)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [s.id for s in self.summaries]
        row = ids.index(select) if select in ids else 0
        if self.summaries:
            self.list.setCurrentRow(row)
            self._load(self.summaries[row].id)

    def _summary(self) -> ChecklistSummary | None:
        return next((s for s in self.summaries if s.id == self.current_id), None)

    def _on_choose(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        if not self._keep_or_drop():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self._load(item.data(Qt.ItemDataRole.UserRole))

    def _keep_or_drop(self) -> bool:
        """Unsaved changes: save them (Yes) or drop them (No). False if saving failed."""
        if not self.dirty:
            return True
        if prompts.question(
            self, self.tr("Checklists"), self.tr("Save the changes to this checklist?")
        ):
            return self.save()
        self.dirty = False
        return True

    def _load(self, template_id: int | None) -> None:
        if template_id is not None:
            self.current_id = template_id
            self.editor.set_spec(template_spec(self.context.db, template_id))
            summary = next((s for s in self.summaries if s.id == template_id), None)
            self.editor.set_stale(summary.stale_languages if summary else ())
        self.dirty = False
        self._update_info()

    def _update_info(self) -> None:
        summary = self._summary()
        if self.current_id is None:
            text = self.tr("A new checklist, not saved yet.")
        elif summary is not None and summary.used_by:
            text = self.tr(
                "Version {version}, used by {count} observations: saving makes version "
                "{next}, and those observations keep version {version}."
            ).format(version=summary.version, count=summary.used_by, next=summary.version + 1)
        else:
            text = self.tr("Version {version}, not used by any observation yet.").format(
                version=summary.version if summary else 1
            )
        self.info.setText(text)
        self.save_button.setEnabled(self.dirty)
        self.revert_button.setEnabled(self.dirty and self.current_id is not None)
        self.archive_button.setText(
            self.tr("Restore") if summary is not None and summary.archived else self.tr("Archive")
        )

    def _on_changed(self) -> None:
        self.dirty = True
        self._update_info()

    # --- actions -------------------------------------------------------------------------------

    def save(self) -> bool:
        spec = self.editor.spec()
        summary = self._summary()
        if (
            summary is not None
            and summary.used_by
            and not prompts.question(
                self,
                self.tr("Save as a new version"),
                self.tr(
                    "{count} observations use this checklist. Save the changes as version "
                    "{next}? Those observations keep version {version}."
                ).format(count=summary.used_by, next=summary.version + 1, version=summary.version),
            )
        ):
            return False
        who = self.context.preferences.user_name or None
        try:
            stale = self.editor.stale_languages()
            if self.current_id is None:
                new_id = create_checklist(self.context.db, spec, who=who, stale_languages=stale)
            else:
                new_id = save_checklist(
                    self.context.db, self.current_id, spec, who=who, stale_languages=stale
                )
        except UserError as problem:
            prompts.show_user_error(self, self.tr("Checklists"), problem)
            return False
        self.dirty = False
        app_signals().data_changed.emit("checklists")
        self.reload(new_id)
        return True

    def new(self) -> None:
        if not self._keep_or_drop():
            return
        scale = template_spec(self.context.db, self.summaries[0].id).scale if self.summaries else ()
        blank = dict.fromkeys(LANGUAGES, "")
        name = {**blank, self.language: self.tr("New checklist")}
        section = {**blank, self.language: self.tr("Section 1")}
        spec = ChecklistSpec(
            "", name, dict(blank), scale, (SectionSpec(section, (CriterionSpec(dict(blank)),)),)
        )
        self.list.clearSelection()
        self.current_id = None
        self.editor.set_spec(spec)
        self.dirty = True
        self._update_info()
        self.editor.name_edit.setFocus()
        self.editor.name_edit.selectAll()

    def copy(self) -> None:
        summary = self._summary()
        if summary is None or not self._keep_or_drop():
            return
        name = {
            code: self.tr("{name} (copy)").format(name=text) if text else ""
            for code, text in summary.name.items()
        }
        self._act(lambda: copy_checklist(self.context.db, summary.id, name))

    def toggle_archive(self) -> None:
        summary = self._summary()
        if summary is not None and self._keep_or_drop():
            self._act(
                lambda: (
                    set_archived(self.context.db, summary.id, not summary.archived) or summary.id
                )
            )

    def move(self, offset: int) -> None:
        summary = self._summary()
        if summary is not None and self._keep_or_drop():
            self._act(lambda: move_checklist(self.context.db, summary.id, offset) or summary.id)

    def _act(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            chosen = action()
        except UserError as problem:
            prompts.show_user_error(self, self.tr("Checklists"), problem)
            return
        app_signals().data_changed.emit("checklists")
        self.reload(chosen)

    def import_xlsx(self) -> None:
        """Either format is previewed first, then imported as File ▸ Import does: a new
        checklist, the next version of the one of that name, or nothing when unchanged."""
        if not self._keep_or_drop():
            return
        path = prompts.open_file(self, self.tr("Import a checklist"), XLSX_FILTER)
        if not path:
            return
        try:
            preview = preview_checklist_import(self.context.db, path, language=self.language)
        except UserError as problem:
            prompts.show_user_error(self, self.tr("Import a checklist"), problem)
            return
        who = self.context.preferences.user_name or None
        self.preview = ChecklistImportPreview(preview, self.language, self)
        self.preview.accepted.connect(lambda: self._import_previewed(path, who))
        self.preview.open()

    def _import_previewed(self, path: str, who: str | None) -> None:
        try:
            result = import_checklist_file(self.context.db, path, language=self.language, who=who)
        except UserError as problem:
            prompts.show_user_error(self, self.tr("Import a checklist"), problem)
            return
        app_signals().data_changed.emit("checklists")
        self.reload(result.template_id)
        show = getattr(self.parentWidget(), "show_message", None)  # as File ▸ Import says it
        if show is not None:
            message = QCoreApplication.translate(
                "ChecklistImport", "Imported {file}: checklist version {version}"
            )
            show(message.format(file=result.found.file, version=result.version))

    def export_xlsx(self) -> None:
        self._export(WORKBOOK, self.tr("Export the checklist"))

    def export_xlsform(self) -> None:
        """For ODK Collect and KoboToolbox: the same checklist as an XLSForm."""
        self._export(XLSFORM, self.tr("Export the checklist as XLSForm"))

    def _export(self, file_format: str, title: str) -> None:
        summary = self._summary()
        if summary is None:
            return
        name = localized(summary.name, self.language) or "checklist"
        suffix = " (XLSForm)" if file_format == XLSFORM else ""
        path = prompts.save_file(self, title, f"{name}{suffix}.xlsx", XLSX_FILTER)
        if not path:
            return

        def export() -> object:
            return export_checklist(
                self.context.db, summary.id, path, file_format=file_format, language=self.language
            )

        try:
            write_file(self, title, export, path)
        except UserError as problem:
            prompts.show_user_error(self, title, problem)

    def reject(self) -> None:
        if self._keep_or_drop():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._keep_or_drop():
            event.accept()
        else:
            event.ignore()
