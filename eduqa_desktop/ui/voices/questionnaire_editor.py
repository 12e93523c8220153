"""File ▸ Surveys ▸ Questionnaires…: the four groups' questionnaires, their versions with the
survey rounds answered with each, and the editor of the chosen one.

Saving a questionnaire that rounds were answered with makes a new version (those rounds keep
theirs) — the dialog says so first. Export to and import from .xlsx; print the chosen one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.questionnaires import pick
from eduqa_desktop.exchange.questionnaire_workbook import write_questionnaire_workbook
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.questionnaire_editor import (
    QuestionnaireSummary,
    import_questionnaire_file,
    list_questionnaire_summaries,
    save_questionnaire,
)
from eduqa_desktop.services.questionnaires import questionnaire_by_id
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import number
from eduqa_desktop.ui.look import icon
from eduqa_desktop.ui.observations.file_output import write_file
from eduqa_desktop.ui.voices.labels import group_name
from eduqa_desktop.ui.voices.questionnaire_spec_editor import (
    LANGUAGE_NAMES,
    QuestionnaireSpecEditor,
)

XLSX_FILTER = "Excel (*.xlsx)"


class QuestionnaireEditor(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = context.language
        self.summaries: list[QuestionnaireSummary] = []
        self.current_id: int | None = None
        self.dirty = False
        self.print_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Questionnaires"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questionnaires"))
        self.list.currentItemChanged.connect(self._on_choose)
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 6 + 12)  # the four groups
        self.versions = QTreeWidget()
        self.versions.setHeaderLabels([self.tr("Version and survey rounds"), self.tr("Answered")])
        self.versions.setRootIsDecorated(True)
        self.versions.setColumnWidth(0, 200)
        grid = QGridLayout()
        self.import_button = QPushButton(icon("import"), self.tr("Import .xlsx…"))
        self.export_button = QPushButton(icon("export"), self.tr("Export .xlsx…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.import_button.clicked.connect(self.import_xlsx)
        self.export_button.clicked.connect(self.export_xlsx)
        self.print_button.clicked.connect(self.print_questionnaire)
        grid.addWidget(self.import_button, 0, 0)
        grid.addWidget(self.export_button, 0, 1)
        grid.addWidget(self.print_button, 1, 0, 1, 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addWidget(QLabel(self.tr("Versions")))
        left_layout.addWidget(self.versions, 1)
        left_layout.addLayout(grid)
        self.editor = QuestionnaireSpecEditor(self.language)
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
        splitter.setSizes([300, 900])
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
        self.summaries = list_questionnaire_summaries(self.context.db)
        self.list.blockSignals(True)
        self.list.clear()
        for summary in self.summaries:
            text = self.tr("{group} · version {version}").format(
                group=group_name(summary.stakeholder), version=summary.version
            )
            tooltip = pick(summary.name, self.language)
            if summary.stale_languages:
                languages = ", ".join(LANGUAGE_NAMES[c] for c in summary.stale_languages)
                text = f"⚠ {text}"
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

    def choose(self, group: str) -> None:
        """Show the questionnaire of `group` (parents, pupils, teachers, employers)."""
        row = next((i for i, s in enumerate(self.summaries) if s.stakeholder == group), None)
        if row is not None:
            self.list.setCurrentRow(row)

    def summary(self) -> QuestionnaireSummary | None:
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
            self, self.tr("Questionnaires"), self.tr("Save the changes to this questionnaire?")
        ):
            return self.save()
        self.dirty = False
        return True

    def _load(self, questionnaire_id: int | None) -> None:
        if questionnaire_id is None:
            return
        self.current_id = questionnaire_id
        summary = self.summary()
        self.editor.set_spec(
            questionnaire_by_id(self.context.db, questionnaire_id),
            summary.stale_languages if summary else (),
        )
        self._show_versions(summary)
        self.dirty = False
        self._update_info()

    def _show_versions(self, summary: QuestionnaireSummary | None) -> None:
        self.versions.clear()
        for version in summary.versions if summary else ():
            head = self.tr("Version {version}").format(version=version.version)
            if version.current:
                head = self.tr("{version} (in use)").format(version=head)
            top = QTreeWidgetItem([head, number(len(version.rounds))])
            top.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.versions.addTopLevelItem(top)
            if not version.rounds:
                top.addChild(QTreeWidgetItem([self.tr("No survey answered with it yet"), ""]))
            for use in version.rounds:
                text = self.tr("{year}, quarter {term} · {school}").format(
                    school=use.school, year=use.year, term=use.term
                )
                child = QTreeWidgetItem([text, number(use.respondents)])
                child.setToolTip(0, text)
                child.setToolTip(
                    1, self.tr("Respondents: {count}").format(count=number(use.respondents))
                )
                child.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                top.addChild(child)
        self.versions.expandAll()
        self.versions.resizeColumnToContents(1)

    def _update_info(self) -> None:
        summary = self.summary()
        if summary is not None and summary.used_by:
            text = self.tr(
                "Version {version}, surveys answered with it: {count}. Saving makes version "
                "{next}; those surveys keep version {version}."
            ).format(version=summary.version, count=summary.used_by, next=summary.version + 1)
        else:
            text = self.tr("Version {version}, no survey answered with it yet.").format(
                version=summary.version if summary else 1
            )
        self.info.setText(text)
        self.save_button.setEnabled(self.dirty)
        self.revert_button.setEnabled(self.dirty)

    def _on_changed(self) -> None:
        self.dirty = True
        self._update_info()

    # --- actions -------------------------------------------------------------------------------

    def save(self) -> bool:
        summary = self.summary()
        if summary is None:
            return False
        if summary.used_by and not prompts.question(
            self,
            self.tr("Save as a new version"),
            self.tr(
                "Surveys answered with this questionnaire: {count}. Save the changes as "
                "version {next}? Those surveys keep version {version}."
            ).format(count=summary.used_by, next=summary.version + 1, version=summary.version),
        ):
            return False
        try:
            new_id = save_questionnaire(
                self.context.db,
                summary.id,
                self.editor.spec(),
                who=self.context.preferences.user_name or None,
                stale_languages=self.editor.stale_languages(),
            )
        except UserError as problem:
            prompts.show_user_error(self, self.tr("Questionnaires"), problem)
            return False
        self.dirty = False
        app_signals().data_changed.emit("questionnaires")
        self.reload(new_id)
        return True

    def import_xlsx(self) -> None:
        if not self._keep_or_drop():
            return
        path = prompts.open_file(self, self.tr("Import a questionnaire"), XLSX_FILTER)
        if not path:
            return
        try:
            new_id = import_questionnaire_file(
                self.context.db, path, who=self.context.preferences.user_name or None
            )
        except UserError as problem:
            prompts.show_user_error(self, self.tr("Import a questionnaire"), problem)
            return
        app_signals().data_changed.emit("questionnaires")
        self.reload(new_id)

    def export_xlsx(self) -> None:
        summary = self.summary()
        if summary is None:
            return
        suggested = self.tr("questionnaire-{group}-v{version}.xlsx").format(
            group=summary.stakeholder, version=summary.version
        )
        path = prompts.save_file(self, self.tr("Export the questionnaire"), suggested, XLSX_FILTER)
        if not path:
            return
        spec = questionnaire_by_id(self.context.db, summary.id)
        write_file(
            self,
            self.tr("Export the questionnaire"),
            lambda: write_questionnaire_workbook(spec, path, self.language),
            path,
        )

    def print_questionnaire(self) -> None:
        summary = self.summary()
        if summary is None or not self._keep_or_drop():
            return
        from eduqa_desktop.ui.voices.questionnaire_print_dialog import QuestionnairePrintDialog

        dialog = QuestionnairePrintDialog(self.context, self)
        dialog.choose(str(summary.stakeholder), self.language)
        self.print_dialog = dialog
        dialog.open()

    def reject(self) -> None:
        if self._keep_or_drop():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._keep_or_drop():
            event.accept()
        else:
            event.ignore()
