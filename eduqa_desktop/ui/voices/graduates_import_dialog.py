"""File ▸ Surveys ▸ Import graduates…: choose the filled template, see what it will write, import.

The preview runs the service's own checks and writes nothing: per grade the graduates and
where they went — or every problem with its sheet, row and column, and *Import* stays off.
*Blank template…* saves the template to fill in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget

from eduqa_desktop.domain.graduates import DESTINATION_ORDER, GRADUATING_GRADES
from eduqa_desktop.services.calendar import list_years
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.graduates_import import (
    GraduatesImportPlan,
    GraduatesImportRequest,
    apply_graduates_import,
    graduates_template,
    preview_graduates_import,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import number
from eduqa_desktop.ui.voices.labels import destination_name
from eduqa_desktop.ui.voices.template_import_dialog import FILE_FILTER, TemplateImportDialog


class GraduatesImportDialog(TemplateImportDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            parent,
            preview=preview_graduates_import,
            apply=apply_graduates_import,
            changed="graduates",
        )
        self.setWindowTitle(self.tr("Import graduates"))
        self.file_edit.setPlaceholderText(self.tr("The filled graduates template (.xlsx)"))
        self.summary.setText(self.tr("Choose the filled graduates template."))
        self.resize(720, 520)
        self.template_button = QPushButton(self.tr("Blank template…"))
        self.template_button.clicked.connect(self._on_template)
        self.file_row.addWidget(self.template_button)
        self.year_box = self.year_choice()
        self.form.addRow(self.tr("Academic year:"), self.year_box)

    def request(self) -> GraduatesImportRequest | None:
        path = self.file_edit.text().strip()
        if not path:
            return None
        return GraduatesImportRequest(
            Path(path), self.context.school_id, self.year_box.currentData()
        )

    def _on_template(self) -> None:
        path = prompts.save_file(
            self, self.tr("Save the graduates template"), self.tr("graduates.xlsx"), FILE_FILTER
        )
        if not path:
            return
        years = list_years(self.context.db)
        try:
            graduates_template(
                self.context.db, path, language=self.context.language,
                school_id=self.context.school_id, year=years[-2] if len(years) > 1 else "",
            )  # fmt: skip
        except (UserError, OSError):
            prompts.error(
                self,
                self.windowTitle(),
                self.tr(
                    "The file could not be written. Close it in Excel or choose another folder."
                ),
            )
            return
        self.summary.setText(
            self.tr("Template saved to {path}. Fill it in, then choose it here.").format(path=path)
        )

    def show_plan(self, plan: GraduatesImportPlan) -> None:
        text = self.tr("{school}: graduates of {year}; {placed} placed with partners.").format(
            school=plan.school, year=plan.year, placed=number(plan.placements)
        )
        if plan.replaces:
            text += " " + self.tr("It replaces what was entered for grade {grades}.").format(
                grades=", ".join(str(g) for g in plan.replaces)
            )
        self.summary.setText(text)
        grades = [g for g in GRADUATING_GRADES if g in plan.cohorts]
        used = [d for d in DESTINATION_ORDER if any(plan.cohorts[g].count(d) for g in grades)]
        rows = [
            [destination_name(str(d)), *(number(plan.cohorts[g].count(d)) for g in grades)]
            for d in used
        ]
        rows.append([self.tr("Graduates"), *(number(plan.cohorts[g].graduates) for g in grades)])
        self.set_rows(
            [self.tr("Destination"), *(self.tr("Grade {grade}").format(grade=g) for g in grades)],
            rows,
        )
