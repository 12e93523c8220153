"""The visit plan to .xlsx and to HTML (for PDF), in the chosen language.

One row per planned visit: month, day, teacher, department, purpose, observer, status, the day
it was observed and the note; above them a title and the counts per status.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from eduqa_desktop.domain.observation_labels import (
    LABELS_CONTEXT,
    PURPOSE_NAMES,
    VISIT_STATUS_COLOURS,
    VISIT_STATUS_NAMES,
)
from eduqa_desktop.domain.visit_plan import VisitStatus
from eduqa_desktop.domain.visit_plan_lines import PlanLine, count_by_status
from eduqa_desktop.exchange.report_text import Translate, date_text, english, esc, month_text
from eduqa_desktop.exchange.safe_cells import (
    DATE_FORMAT,
    NOTE_FONT,
    TITLE_FONT,
    style_header_row,
    write_cell,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

CONTEXT = "VisitPlanExport"
HEADERS = (
    QT_TRANSLATE_NOOP("VisitPlanExport", "Month"),
    QT_TRANSLATE_NOOP("VisitPlanExport", "Day"),
    QT_TRANSLATE_NOOP("VisitPlanExport", "Teacher"),
    QT_TRANSLATE_NOOP("VisitPlanExport", "Department"),
    QT_TRANSLATE_NOOP("VisitPlanExport", "Purpose"),
    QT_TRANSLATE_NOOP("VisitPlanExport", "Observer"),
    QT_TRANSLATE_NOOP("VisitPlanExport", "Status"),
    QT_TRANSLATE_NOOP("VisitPlanExport", "Observed on"),
    QT_TRANSLATE_NOOP("VisitPlanExport", "Note"),
)
WIDTHS = (16, 12, 34, 22, 26, 24, 14, 14, 30)
SHEET = QT_TRANSLATE_NOOP("VisitPlanExport", "Visit plan")
TITLE = QT_TRANSLATE_NOOP("VisitPlanExport", "Visit plan — {school}, {period}")
STATUS_LINE = QT_TRANSLATE_NOOP("VisitPlanExport", "As of {date}: {counts}")
NO_VISITS = QT_TRANSLATE_NOOP("VisitPlanExport", "No visits are planned for this period.")
APPROVED = QT_TRANSLATE_NOOP("VisitPlanExport", "APPROVED")
DIRECTOR = QT_TRANSLATE_NOOP("VisitPlanExport", "School director")
PREPARED = QT_TRANSLATE_NOOP("VisitPlanExport", "Prepared by the deputy director")
SIGNATURE = QT_TRANSLATE_NOOP("VisitPlanExport", "signature")
NAME = QT_TRANSLATE_NOOP("VisitPlanExport", "name")
DATE = QT_TRANSLATE_NOOP("VisitPlanExport", "date")
# Shares of the page width (the PDF): words are never broken, so narrow ones widen as needed.
HTML_WIDTHS = (9, 8, 16, 11, 12, 11, 9, 8, 16)


def _status_counts(lines: Sequence[PlanLine], tr: Translate) -> str:
    counts = count_by_status(lines)
    return " · ".join(
        f"{tr(LABELS_CONTEXT, VISIT_STATUS_NAMES[status])}: {counts[status]}"
        for status in VisitStatus
    )


def _row(line: PlanLine, language: str, tr: Translate) -> list[object]:
    data = line.data
    return [
        month_text(data.year, data.month, tr),
        data.planned_on,
        line.teacher,
        line.department,
        tr(LABELS_CONTEXT, PURPOSE_NAMES[data.purpose]),
        data.observer,
        tr(LABELS_CONTEXT, VISIT_STATUS_NAMES[line.status]),
        line.observed_on,
        data.note,
    ]


def write_plan_workbook(
    lines: Sequence[PlanLine],
    path: str | Path,
    *,
    school: str,
    period: str,
    today: date,
    language: str,
    tr: Translate = english,
) -> Path:
    """Write the plan to `path` (.xlsx); returns the path."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = tr(CONTEXT, SHEET)[:31]
    write_cell(
        sheet, 1, 1, tr(CONTEXT, TITLE).format(school=school, period=period)
    ).font = TITLE_FONT
    status = tr(CONTEXT, STATUS_LINE).format(
        date=date_text(today, language), counts=_status_counts(lines, tr)
    )
    write_cell(sheet, 2, 1, status).font = NOTE_FONT
    header_row = 4
    for column, header in enumerate(HEADERS, start=1):
        write_cell(sheet, header_row, column, tr(CONTEXT, header))
        sheet.column_dimensions[get_column_letter(column)].width = WIDTHS[column - 1]
    style_header_row(sheet, header_row, len(HEADERS))
    for r, line in enumerate(lines, start=header_row + 1):
        for c, value in enumerate(_row(line, language, tr), start=1):
            write_cell(sheet, r, c, value, DATE_FORMAT if isinstance(value, date) else None)
    last = header_row + max(len(lines), 1)
    sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(len(HEADERS))}{last}"
    sheet.freeze_panes = f"A{header_row + 1}"
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(target)
    return target


def plan_html(
    lines: Sequence[PlanLine],
    *,
    school: str,
    period: str,
    today: date,
    language: str,
    tr: Translate = english,
) -> str:
    """The plan as HTML for `html_to_pdf` (landscape suits it best)."""
    title = tr(CONTEXT, TITLE).format(school=school, period=period)
    status = tr(CONTEXT, STATUS_LINE).format(
        date=date_text(today, language), counts=_status_counts(lines, tr)
    )
    head = "".join(
        f"<th align='left' width='{width}%' style='background:#1f4e79; color:#ffffff;'>"
        f"{esc(tr(CONTEXT, h))}</th>"
        for h, width in zip(HEADERS, HTML_WIDTHS, strict=True)
    )
    rows = []
    for line in lines:
        cells = _row(line, language, tr)
        texts = [
            date_text(v, language) if isinstance(v, date) else esc(str(v or "")) for v in cells
        ]
        if cells[1] is None:
            texts[1] = "—"
        if cells[7] is None:
            texts[7] = "—"
        colour = VISIT_STATUS_COLOURS[line.status]
        texts[6] = f"<span style='color:{colour};'>■</span> {texts[6]}"
        rows.append("<tr>" + "".join(f"<td>{t}</td>" for t in texts) + "</tr>")
    body = (
        "<table width='100%' cellspacing='0' cellpadding='3' border='1' "
        "style='border-collapse:collapse; border-color:#b8c0cc;'>"
        f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
        if rows
        else f"<p>{esc(tr(CONTEXT, NO_VISITS))}</p>"
    )
    return (
        "<html><head><meta charset='utf-8'></head><body>"
        f"{_approval(tr)}"
        f"<h2 style='color:#1f4e79; margin-bottom:2px;'>{esc(title)}</h2>"
        f"<p style='color:#5a6470; margin-top:0;'>{esc(status)}</p>{body}"
        f"{_prepared(tr)}</body></html>"
    )


def _signature_line(tr: Translate) -> str:
    """A line to sign on, with what goes where under it (signature, name, date)."""
    hint = " / ".join(esc(tr(CONTEXT, w)) for w in (SIGNATURE, NAME, DATE))
    return (
        "<span>____________ / ____________________ / «___» __________ 20___</span><br>"
        f"<span style='color:#5a6470; font-size:small;'>{hint}</span>"
    )


def _approval(tr: Translate) -> str:
    """The director's approval, top right, as a school's plan carries it."""
    return (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='60%'></td>"
        f"<td><b>{esc(tr(CONTEXT, APPROVED))}</b><br>{esc(tr(CONTEXT, DIRECTOR))}<br>"
        f"{_signature_line(tr)}</td></tr></table>"
    )


def _prepared(tr: Translate) -> str:
    """Who drew the plan up, at its end: one table row, so it never stands alone on a page
    cut from the plan (the rows of the plan before it are whole too)."""
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:12px;'><tr>"
        f"<td>{esc(tr(CONTEXT, PREPARED))}:<br>{_signature_line(tr)}</td></tr></table>"
    )
