"""The preview of a checklist file before it is imported: what it becomes (a new checklist, a
new version, nothing new), its sections and criteria, its scale and languages, and — for an
XLSForm — every row that is not carried over, with why. Nothing is written until *Import*."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.checklist_files import XLSFORM, ChecklistImport
from eduqa_desktop.services.checklist_views import localized
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.observations.checklist_spec_editor import LANGUAGE_NAMES


class ChecklistImportPreview(QDialog):
    """Accepted (signal `accepted`) when the user chooses *Import*."""

    def __init__(self, preview: ChecklistImport, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        found, spec = preview.found, preview.found.spec
        self.setWindowTitle(self.tr("Import a checklist — {file}").format(file=found.file))
        self.summary = QLabel(self._summary(language))
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Sections and criteria")])
        for section in spec.sections:
            item = QTreeWidgetItem([localized(section.title, language)])
            for criterion in section.criteria:
                item.addChild(QTreeWidgetItem([localized(criterion.text, language)]))
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        self.skipped = QTableWidget(len(found.not_carried), 5)
        self.skipped.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Type"), self.tr("Name"), self.tr("Why")]
        )
        self.skipped.verticalHeader().setVisible(False)
        self.skipped.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, item in enumerate(found.not_carried):
            reason = prompts.translate_message(item.reason, **item.params)
            for column, value in enumerate((item.sheet, str(item.row), item.type, item.name,
                                            reason)):  # fmt: skip
                self.skipped.setItem(row, column, QTableWidgetItem(value))
        header = self.skipped.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.addTab(self.tree, self.tr("Sections: {n}").format(n=len(spec.sections)))
        if found.kind == XLSFORM:
            self.tabs.addTab(
                self.skipped, self.tr("Not carried over: {n}").format(n=len(found.not_carried))
            )
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(preview.action != "unchanged")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 600)

    def _summary(self, language: str) -> str:
        preview, found, spec = self.preview, self.preview.found, self.preview.found.spec
        name = localized(spec.name, language) or spec.code
        if preview.action == "create":
            outcome = self.tr("“{name}” will be added as a new checklist.").format(name=name)
        elif preview.action == "update":
            outcome = self.tr(
                "“{name}” will become version {version} of the checklist of that name; "
                "observations keep the version they were made with."
            ).format(name=name, version=preview.version)
        else:
            outcome = self.tr(
                "“{name}” is already here, unchanged (version {version}): nothing to import."
            ).format(name=name, version=preview.version)
        kind = (
            self.tr("XLSForm (KoboToolbox, ODK)")
            if found.kind == XLSFORM
            else self.tr("checklist workbook")
        )
        languages = ", ".join(LANGUAGE_NAMES.get(code, code) for code in found.languages)
        levels = " · ".join(f"{lv.value} {localized(lv.label, language)}" for lv in spec.scale)
        lines = [
            outcome,
            self.tr("File: {file} ({kind})").format(file=found.file, kind=kind),
            self.tr("Criteria: {criteria} in {sections} sections").format(
                criteria=len(spec.criteria), sections=len(spec.sections)
            ),
            self.tr("Scale: {levels}").format(levels=levels),
            self.tr("Languages: {languages}").format(languages=languages or "—"),
        ]
        if found.not_carried:
            lines.append(
                self.tr("{n} rows of the form are not carried over: see “Not carried over”.")
                .format(n=len(found.not_carried))
            )  # fmt: skip
        return "\n".join(lines)
