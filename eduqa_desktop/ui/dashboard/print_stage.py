"""Panels lent to an invisible window to be laid out at their print size and drawn on a page.

A chart panel is drawn to the rectangle it is given (its canvas: title, chart, legend — not
its buttons); a panel of tables and text is drawn whole at its own height. Either goes back
to its parent afterwards (a table panel back in its place in the parent's box layout).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QBoxLayout, QWidget

from eduqa_desktop.ui.dashboard.chart_panel import ChartPanel

RESOLUTION = 300  # dots per inch of the PDF's coordinates
SCREEN_DPI = 96  # widget pixels per inch on screen
# A chart on paper is 90 % of its size on a screen: the 8.5 pt axis and value labels print at
# 7.4 pt (11 screen pixels), the chart titles at 9.5 pt. (At 95 % the heat map's last row and
# the mechanisms' axis title are cut in Russian: the charts need that room.)
CHART_SCALE = 0.9
# The voices and graduates tables print at 80 %: their 9 pt text at 7.2 pt, the voices under
# the last row of charts and the graduates on one page after them.
TABLE_SCALE = 0.8


@dataclass(frozen=True, slots=True)
class _Kept:
    """Where a lent panel goes back to."""

    parent: QWidget | None
    minimum: QSize
    maximum: QSize
    index: int  # in the parent's box layout, -1 if it was not in one


class Stage:
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
        panel.chart.ensure_chart()  # a print just after start-up: the chart may not be made yet
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

    def _lend(self, panel: QWidget, width: int) -> _Kept:
        parent = panel.parentWidget()
        layout = parent.layout() if parent is not None else None
        index = layout.indexOf(panel) if isinstance(layout, QBoxLayout) else -1
        kept = _Kept(parent, panel.minimumSize(), panel.maximumSize(), index)
        panel.setParent(self.widget)
        panel.setFixedWidth(width)
        panel.show()
        self._settle()
        # Its tables fit their rows to the new width as they are laid out: until it holds still.
        for _ in range(4):
            height = panel.heightForWidth(width) if panel.hasHeightForWidth() else -1
            height = max(height, panel.sizeHint().height(), panel.minimumSizeHint().height())
            if height == panel.height():
                break
            panel.setFixedHeight(height)
            self._settle()
        return kept

    @staticmethod
    def _give_back(panel: QWidget, kept: _Kept) -> None:
        """Back in its parent, and in its place in the parent's layout (a box layout)."""
        panel.setMinimumSize(kept.minimum)
        panel.setMaximumSize(kept.maximum)
        panel.setParent(kept.parent)
        layout = kept.parent.layout() if kept.parent is not None else None
        if isinstance(layout, QBoxLayout) and kept.index >= 0:
            layout.insertWidget(kept.index, panel)
        panel.show()

    def height_of(self, panel: QWidget, width: float) -> float:
        """The height (PDF units) of a whole panel laid out at ``width`` (PDF units)."""
        scale = TABLE_SCALE * RESOLUTION / SCREEN_DPI
        kept = self._lend(panel, round(width / scale))
        try:
            return panel.height() * scale
        finally:
            self._give_back(panel, kept)

    def render_whole(self, painter: QPainter, panel: QWidget, rect: QRectF) -> None:
        """Draw a whole panel (tables and text, its own height) in ``rect``, smaller only
        when it is taller than the page."""
        scale = TABLE_SCALE * RESOLUTION / SCREEN_DPI
        kept = self._lend(panel, round(rect.width() / scale))
        try:
            fit = min(scale, rect.height() / max(1, panel.height()))
            painter.save()
            painter.translate(rect.topLeft())
            painter.scale(fit, fit)
            panel.render(painter, QPoint(0, 0))
            painter.restore()
        finally:
            self._give_back(panel, kept)

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()
