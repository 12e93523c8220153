"""File ▸ Surveys ▸ Import survey…: choose the filled template, see what it will write, import.

The preview runs the service's own import and rolls it back, so it shows exactly what *Import*
will write: the group, school, quarter, respondents and the index per dimension — or every
problem with its sheet, row and column, and then *Import* stays disabled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QWidget

from eduqa_desktop.services.survey_import import (
    SurveyImportPlan,
    SurveyImportRequest,
    apply_survey_import,
    preview_survey_import,
)
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import average, number, percent
from eduqa_desktop.ui.voices.labels import dimension_name, group_name
from eduqa_desktop.ui.voices.template_import_dialog import TemplateImportDialog


class SurveyImportDialog(TemplateImportDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            parent,
            preview=preview_survey_import,
            apply=apply_survey_import,
            changed="surveys",
        )
        self.setWindowTitle(self.tr("Import a survey"))
        self.file_edit.setPlaceholderText(self.tr("The filled survey template (.xlsx)"))
        self.summary.setText(self.tr("Choose the filled survey template."))
        self.resize(760, 560)
        self.year_box = self.year_choice()
        self.term_box = QComboBox()
        self.term_box.addItem(self.tr("As written in the file"), None)
        for term in range(1, 5):
            self.term_box.addItem(self.tr("Quarter {number}").format(number=term), term)
        self.term_box.currentIndexChanged.connect(self.check)
        self.form.addRow(self.tr("Academic year:"), self.year_box)
        self.form.addRow(self.tr("Quarter:"), self.term_box)

    def request(self) -> SurveyImportRequest | None:
        path = self.file_edit.text().strip()
        if not path or self.context.school_id is None:
            return None
        return SurveyImportRequest(
            Path(path),
            self.context.school_id,
            self.year_box.currentData(),
            self.term_box.currentData(),
        )

    def show_plan(self, plan: SurveyImportPlan) -> None:
        text = self.tr(
            "{group}, {school}, {year}, quarter {term}: {respondents} respondents, "
            "{statements} statements answered."
        ).format(
            group=group_name(plan.group),
            school=plan.school,
            year=plan.year,
            term=plan.term,
            respondents=number(plan.respondents),
            statements=number(plan.statements),
        )
        if plan.unchanged:
            text += " " + self.tr("The same answers are already in the database.")
        elif plan.replaces:
            text += " " + self.tr("It replaces this group's survey of that quarter.")
        if plan.withheld:
            text += " " + self.tr(
                "Fewer than {minimum} answered: the results will be kept but not shown."
            ).format(minimum=plan.min_respondents)
        self.summary.setText(text)
        rows = [
            [dimension_name(str(d)), number(i.answers), percent(i.share_agreeing), average(i.mean)]
            for d, i in plan.dimensions.items()
        ]
        if plan.overall is not None:
            o = plan.overall
            rows.append(
                [self.tr("All statements"), number(o.answers), percent(o.share_agreeing),
                 average(o.mean)]
            )  # fmt: skip
        headers = [
            self.tr("Dimension"),
            self.tr("Answers"),
            self.tr("Agree (4–5)"),
            self.tr("Mean (1–5)"),
        ]
        self.set_rows(headers, rows)
