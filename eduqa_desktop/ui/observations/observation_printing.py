"""Printing observations: a PDF of one or several observations (one per page)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from eduqa_desktop.exchange.observation_report import observation_report_html
from eduqa_desktop.services.observation_records import load_report_items
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.observations.file_output import write_file
from eduqa_desktop.ui.observations.labels import translate
from eduqa_desktop.ui.pdf_rendering import html_to_pdf
from eduqa_desktop.ui.printing import print_html

PDF_FILTER = "PDF (*.pdf)"


def suggested_name(teacher: str, day: str) -> str:
    words = re.sub(r"[^\w]+", "-", f"{teacher} {day}".strip(), flags=re.UNICODE).strip("-")
    return f"{words or 'observation'}.pdf"


def print_observations(
    parent: QWidget, context: UiContext, observation_ids: Sequence[int], *, paper: bool = False
) -> str | None:
    """Ask where, write the PDF, say so in the status bar; the path, or None if cancelled.
    With `paper`, the same pages go to a printer chosen in the print dialog ("printed")."""
    items = load_report_items(context.db, list(observation_ids))
    if not items:
        return None
    title = QCoreApplication.translate("ObservationPrinting", "Lesson observation")
    if paper:
        html = observation_report_html(
            items, context.language, translate, load_thresholds(context.db).bands
        )
        printed = print_html(parent, html, title=title, paginated=True)
        return "printed" if printed else None
    first = items[0].observation
    suggested = (
        suggested_name(first.teacher_name, first.data.observed_on.isoformat())
        if len(items) == 1
        else QCoreApplication.translate("ObservationPrinting", "observations.pdf")
    )
    path = prompts.save_file(
        parent,
        QCoreApplication.translate("ObservationPrinting", "Save the observation as PDF"),
        suggested,
        PDF_FILTER,
    )
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    html = observation_report_html(
        items, context.language, translate, load_thresholds(context.db).bands
    )

    def write() -> object:
        return html_to_pdf(html, path, title=title, paginated=True)

    if not write_file(parent, title, write, path):
        return None
    return path
