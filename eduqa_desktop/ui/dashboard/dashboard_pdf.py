"""The Dashboard printed as an A4 handout for a staff meeting.

Landscape A4 (charts are wider than tall, and two fit side by side at almost their screen
size). The first page answers the meeting's question on its own: a title that says what is
shown (school, quarter, every filter, the date it was made), the eight indicator cards and the
two main charts (the trend and quality by subject). The other pages hold two rows of charts
each; a chart with long names (criteria, schools) takes a whole row. Every page repeats the
title and says "page 2 of 3", so that loose sheets still make sense.

The charts are the panels of the screen (title, chart, legend — not their buttons), laid out at
the print size and drawn at ``CHART_SCALE`` of their screen size, so that their smallest text
(axis and value labels, 8.5 pt on screen) prints at 7.4 pt. Titles and cards are drawn
here as text at print sizes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from eduqa_desktop.text import QT_TRANSLATE_NOOP
from eduqa_desktop.ui.dashboard.chart_panel import ChartPanel
from eduqa_desktop.ui.dashboard.palette import MUTED, TEXT
from eduqa_desktop.ui.look import register_fonts

CONTEXT = "DashboardPdf"
MADE = QT_TRANSLATE_NOOP("DashboardPdf", "Dashboard · made {date}")
PAGE = QT_TRANSLATE_NOOP("DashboardPdf", "Page {page} of {pages}")
COMPARED = QT_TRANSLATE_NOOP("DashboardPdf", "compared with {period}")

RESOLUTION = 300  # dots per inch of the PDF's coordinates
MM = RESOLUTION / 25.4  # PDF units per millimetre
SCREEN_DPI = 96  # widget pixels per inch on screen
# A chart on paper is 90 % of its size on a screen: the 8.5 pt axis and value labels print at
# 7.4 pt (11 screen pixels), the chart titles at 9.5 pt. (At 95 % the heat map's last row and
# the mechanisms' axis title are cut in Russian: the charts need that room.)
CHART_SCALE = 0.9
MARGIN_MM = 10
GAP_MM = 4
FOOTER_MM = 6
HEADING = "#1f4e79"
FRAME = "#c9d3de"

# Points of the text drawn here (not part of a chart).
TITLE_PT = 16
RUNNING_TITLE_PT = 11
CONTEXT_PT = 9.5
CARD_TITLE_PT = 9
CARD_VALUE_PT = 17
CARD_CHANGE_PT = 9.5
CARD_DETAIL_PT = 8.5
FOOTER_PT = 8

ROWS_PER_PAGE = 2  # of charts, on the pages after the first
COLUMNS = 2

Row = Sequence[tuple[ChartPanel, int]]  # (panel, columns spanned)


@dataclass(frozen=True, slots=True)
class CardText:
    """What an indicator card shows, in words."""

    title: str
    value: str
    change: str
    change_colour: str = MUTED
    change_bold: bool = False
    detail: str = ""


@dataclass(frozen=True, slots=True)
class DashboardSheet:
    """Everything printed: ``rows`` of (chart panel, columns spanned out of two); the first
    row goes on the first page under the cards, the others two per page."""

    title: str
    context: str  # the filters and the comparison, one line (wrapped if long)
    note: str  # the empty-state sentence shown on screen, "" if none
    made: str  # the date, as the language writes it
    cards: Sequence[CardText]
    rows: Sequence[Row]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def compared_with(period: str) -> str:
    return _tr(COMPARED).format(period=period)


def pages_of(rows: Sequence[Row]) -> list[list[Row]]:
    """The rows of each page: one under the cards on the first, then two per page."""
    rows = [row for row in rows if row]
    pages: list[list[Row]] = [rows[:1]]
    pages += [rows[index : index + ROWS_PER_PAGE] for index in range(1, len(rows), ROWS_PER_PAGE)]
    return pages


class _Page:
    """Drawing on one page: fonts in points, lengths in PDF units (1/300 inch)."""

    def __init__(self, painter: QPainter, family: str, width: float) -> None:
        self.painter = painter
        self.family = family
        self.width = width

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def measure(self, text: str, font: QFont, width: float) -> float:
        """The height of ``text`` wrapped to ``width``."""
        if not text:
            return 0.0
        self.painter.setFont(font)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        return self.painter.boundingRect(QRectF(0, 0, width, 100 * MM), flags, text).height()

    def text(
        self,
        rect: QRectF,
        text: str,
        font: QFont,
        colour: str = TEXT,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> float:
        """Draw ``text`` wrapped in ``rect`` (top-aligned); returns the height used."""
        if not text:
            return 0.0
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        flags = int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        used = self.painter.boundingRect(rect, flags, text)
        self.painter.drawText(rect, flags, text)
        return used.height()

    def frame(self, rect: QRectF) -> None:
        self.painter.save()
        self.painter.setPen(QPen(QColor(FRAME), 0.25 * MM))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRoundedRect(rect, 1.2 * MM, 1.2 * MM)
        self.painter.restore()


def write_dashboard_pdf(path: str | Path, sheet: DashboardSheet) -> Path:
    """Write ``sheet`` as landscape A4 pages at ``path``; returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setTitle(sheet.title)
    writer.setCreator("EduQA Desktop")
    writer.setPageLayout(dashboard_page_layout())
    paint_dashboard(writer, sheet)
    return target


def dashboard_page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def paint_dashboard(device: QPagedPaintDevice, sheet: DashboardSheet) -> None:
    """Paint ``sheet`` on ``device``'s pages (a QPdfWriter, or a QPrinter for Print…).

    The drawing is in units of RESOLUTION dots per inch: the device is set to it (a printer
    prints a 300-dpi page at its own resolution). The panels are lent to an invisible stage
    to be laid out at the print size, and handed back to their parent (not to its layout:
    the caller puts them back in place).
    """
    family = register_fonts()
    if isinstance(device, QPdfWriter | QPrinter):
        device.setResolution(RESOLUTION)
    area = device.pageLayout().paintRectPixels(RESOLUTION)
    width, height = area.width(), area.height()
    pages = pages_of(sheet.rows)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(f"cannot paint the dashboard on {type(device).__name__}")
    stage = _Stage()
    try:
        for number, rows in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            page = _Page(painter, family, width)
            top = _heading(page, sheet, first=number == 1)
            if number == 1:
                top = _cards(page, sheet.cards, top) + GAP_MM * MM
            bottom = height - FOOTER_MM * MM
            _footer(page, sheet, number, len(pages), bottom, height)
            _charts(page, stage, rows, top, bottom - GAP_MM * MM, first=number == 1)
    finally:
        painter.end()
        stage.close()


def _heading(page: _Page, sheet: DashboardSheet, *, first: bool) -> float:
    """The title (large on the first page, a running title on the others), the date made on
    the right, the filters below; returns the y under it."""
    made_font = page.font(CONTEXT_PT)
    made = _tr(MADE).format(date=sheet.made)
    page.painter.setFont(made_font)
    made_width = page.painter.boundingRect(QRectF(0, 0, page.width, 50 * MM), 0, made).width()
    title_font = page.font(TITLE_PT if first else RUNNING_TITLE_PT, bold=True)
    title_width = page.width - made_width - GAP_MM * MM
    y = page.text(QRectF(0, 0, title_width, 40 * MM), sheet.title, title_font, HEADING)
    page.text(
        QRectF(page.width - made_width, 0, made_width, 20 * MM),
        made,
        made_font,
        MUTED,
        Qt.AlignmentFlag.AlignRight,
    )
    y += 0.8 * MM
    context = page.font(CONTEXT_PT if first else FOOTER_PT)
    y += page.text(QRectF(0, y, page.width, 30 * MM), sheet.context, context, TEXT)
    if first and sheet.note:
        y += 0.8 * MM
        y += page.text(QRectF(0, y, page.width, 30 * MM), sheet.note, context, MUTED)
    return y + (GAP_MM if first else GAP_MM / 2) * MM


def _cards(page: _Page, cards: Sequence[CardText], top: float) -> float:
    """The indicator cards, four to a row; returns the y under them."""
    per_row = 4
    gap, pad = 3 * MM, 2.5 * MM
    width = (page.width - gap * (per_row - 1)) / per_row
    inner = width - 2 * pad
    title_font = page.font(CARD_TITLE_PT)
    value_font = page.font(CARD_VALUE_PT, bold=True)
    detail_font = page.font(CARD_DETAIL_PT)

    def change_font(card: CardText) -> QFont:
        return page.font(CARD_CHANGE_PT, bold=card.change_bold)

    y = top
    for start in range(0, len(cards), per_row):
        row = cards[start : start + per_row]
        # Every card of a row as high as the tallest, their values on one line.
        title_height = max(page.measure(card.title, title_font, inner) for card in row)
        value_height = max(page.measure(card.value or "—", value_font, inner) for card in row)
        rest = max(
            page.measure(card.change, change_font(card), inner)
            + page.measure(card.detail, detail_font, inner)
            for card in row
        )
        height = 2 * pad + title_height + value_height + rest + 0.5 * MM
        for index, card in enumerate(row):
            x = index * (width + gap)
            page.frame(QRectF(x, y, width, height))
            inside = x + pad
            line = y + pad
            page.text(QRectF(inside, line, inner, title_height), card.title, title_font, MUTED)
            line += title_height
            page.text(QRectF(inside, line, inner, value_height), card.value, value_font, HEADING)
            line += value_height + 0.5 * MM
            line += page.text(
                QRectF(inside, line, inner, height),
                card.change,
                change_font(card),
                card.change_colour,
            )
            page.text(QRectF(inside, line, inner, height), card.detail, detail_font, MUTED)
        y += height + gap
    return y - gap


def _footer(
    page: _Page, sheet: DashboardSheet, number: int, pages: int, top: float, bottom: float
) -> None:
    font = page.font(FOOTER_PT)
    rect = QRectF(0, top, page.width, bottom - top)
    page.painter.save()
    page.painter.setPen(QPen(QColor(FRAME), 0.2 * MM))
    page.painter.drawLine(QRectF(rect).topLeft(), QRectF(rect).topRight())
    page.painter.restore()
    text_rect = rect.adjusted(0, 1 * MM, 0, 0)
    page.text(text_rect, f"EduQA Desktop — {sheet.title}", font, MUTED)
    page.text(
        text_rect,
        _tr(PAGE).format(page=number, pages=pages),
        font,
        MUTED,
        Qt.AlignmentFlag.AlignRight,
    )


def _charts(
    page: _Page, stage: _Stage, rows: Sequence[Row], top: float, bottom: float, *, first: bool
) -> None:
    """``rows`` of charts from ``top`` down: the first page's row fills the room under the
    cards; on the other pages every row is half of the room (a lone row stays at the top)."""
    if not rows:
        return
    gap = GAP_MM * MM
    count = 1 if first else ROWS_PER_PAGE
    height = (bottom - top - gap * (count - 1)) / count
    width = (page.width - gap * (COLUMNS - 1)) / COLUMNS
    for index, row in enumerate(rows):
        y = top + index * (height + gap)
        column = 0
        for panel, span in row:
            rect = QRectF(column * (width + gap), y, width * span + gap * (span - 1), height)
            page.frame(rect)
            inset = 0.8 * MM
            stage.render(page.painter, panel, rect.adjusted(inset, inset, -inset, -inset))
            column += span


class _Stage:
    """An invisible window where a panel is laid out at its print size, then given back."""

    def __init__(self) -> None:
        self.widget = QWidget()
        self.widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.widget.resize(4000, 3000)
        self.widget.show()

    @staticmethod
    def _settle() -> None:
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, int(QEvent.Type.LayoutRequest))

    def render(self, painter: QPainter, panel: ChartPanel, rect: QRectF) -> None:
        """Draw the panel's canvas (title, chart, legend) filling ``rect`` (PDF units)."""
        scale = CHART_SCALE * RESOLUTION / SCREEN_DPI  # PDF units per screen pixel
        size = QSize(round(rect.width() / scale), round(rect.height() / scale))
        parent = panel.parentWidget()
        minimum, maximum = panel.minimumSize(), panel.maximumSize()
        panel.setParent(self.widget)
        try:
            # The panel's tools (not printed) stand above its canvas: give them their room.
            panel.setFixedSize(size.width(), size.height() + 40)
            panel.show()
            self._settle()
            extra = panel.height() - panel.canvas.height()
            panel.setFixedSize(size.width(), size.height() + extra)
            self._settle()
            painter.save()
            painter.translate(rect.topLeft())
            painter.scale(scale, scale)
            panel.canvas.render(painter, QPoint(0, 0))
            painter.restore()
        finally:
            panel.setMinimumSize(minimum)
            panel.setMaximumSize(maximum)
            panel.setParent(parent)
            panel.show()  # (a new parent hides a widget; it was shown: it is printed)

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()
