"""The visit plan shown, to .xlsx or to PDF: ask where, write it, say so in the status bar."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from eduqa_desktop.exchange.visit_plan_export import plan_html, write_plan_workbook
from eduqa_desktop.services.visit_plan import PlanLine
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.observations.file_output import write_file
from eduqa_desktop.ui.observations.labels import translate
from eduqa_desktop.ui.pdf_rendering import html_to_pdf
from eduqa_desktop.ui.printing import print_html


def export_plan(
    parent: QWidget,
    context: UiContext,
    lines: Sequence[PlanLine],
    period: str,
    *,
    pdf: bool,
    paper: bool = False,
) -> None:
    """Ask for a file and write the plan's `lines` there (`period` names them in the title);
    with `paper`, print the PDF's pages on a printer chosen in the print dialog."""
    if paper:
        _print_plan(parent, context, lines, period)
        return
    if pdf:
        title = QCoreApplication.translate("VisitPlanFiles", "Visit plan as PDF")
        suggested = QCoreApplication.translate("VisitPlanFiles", "visit-plan.pdf")
        name_filter = "PDF (*.pdf)"
    else:
        title = QCoreApplication.translate("VisitPlanFiles", "Export the visit plan")
        suggested = QCoreApplication.translate("VisitPlanFiles", "visit-plan.xlsx")
        name_filter = "Excel (*.xlsx)"
    path = prompts.save_file(parent, title, suggested, name_filter)
    if not path:
        return
    school = context.school.name if context.school else ""
    arguments = {
        "school": school,
        "period": period,
        "today": date.today(),
        "language": context.language,
        "tr": translate,
    }
    if pdf:
        html = plan_html(lines, **arguments)  # type: ignore[arg-type]
        heading = QCoreApplication.translate("VisitPlanFiles", "Visit plan")
        write_file(
            parent,
            heading,
            lambda: html_to_pdf(html, path, title=heading, landscape=True, paginated=True),
            path,
        )
    else:
        write_file(parent, title, lambda: write_plan_workbook(lines, path, **arguments), path)  # type: ignore[arg-type]


def _print_plan(
    parent: QWidget, context: UiContext, lines: Sequence[PlanLine], period: str
) -> None:
    html = plan_html(
        lines,
        school=context.school.name if context.school else "",
        period=period,
        today=date.today(),
        language=context.language,
        tr=translate,  # type: ignore[arg-type]
    )
    heading = QCoreApplication.translate("VisitPlanFiles", "Visit plan")
    print_html(parent, html, title=heading, landscape=True, paginated=True)
