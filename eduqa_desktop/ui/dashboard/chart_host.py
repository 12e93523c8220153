"""The place of a dashboard chart, so that the window's first paint does not wait for pyqtgraph.

Until its chart exists a host is a quiet empty area of the chart's size; the ``show_*`` calls it
is given are kept (the last drawing and what followed it) and replayed on the chart once made.
The charts of every host are made together just after the first host has been painted (the
window is on screen by then), or at once when something needs the chart itself: its plotted
items, its table, a print or a PDF (:meth:`ensure_chart`).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from eduqa_desktop.ui.dashboard.chart_view import ChartView

LABEL_WIDTH = 250  # as chart_view.LABEL_WIDTH (not imported from there: it imports pyqtgraph)
DRAWINGS = (
    "show_hbars",
    "show_vbars",
    "show_grouped_hbars",
    "show_stacked",
    "show_lines",
    "show_histogram",
    "show_heatmap",
    "show_scatter",
)

Step = Callable[["ChartView"], None]
_waiting: weakref.WeakSet[ChartHost] = weakref.WeakSet()
_scheduled = False


def _make_waiting_charts() -> None:
    global _scheduled
    _scheduled = False
    for host in list(_waiting):
        if isValid(host):  # (a closed window's hosts may be gone on the C++ side)
            host.ensure_chart()
        else:
            _waiting.discard(host)


class ChartHost(QWidget):
    bar_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, label_width: int = LABEL_WIDTH) -> None:
        super().__init__(parent)
        self._view: ChartView | None = None
        self._label_width = label_width
        self._steps: list[Step] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(220)  # as a ChartView: the panel keeps its size when it comes
        _waiting.add(self)

    @property
    def view(self) -> ChartView:
        """The chart itself (made now if it was not yet)."""
        self.ensure_chart()
        assert self._view is not None
        return self._view

    @property
    def has_chart(self) -> bool:
        return self._view is not None

    def ensure_chart(self) -> None:
        if self._view is not None:
            return
        from eduqa_desktop.ui.dashboard.chart_view import ChartView

        _waiting.discard(self)
        view = ChartView(self, label_width=self._label_width)
        view.bar_clicked.connect(self.bar_clicked.emit)
        for step in self._steps:
            step(view)
        view.label_width = self._label_width
        self._steps = []
        self._view = view
        self._layout.addWidget(view)

    def paintEvent(self, event: QPaintEvent) -> None:
        global _scheduled
        super().paintEvent(event)
        if self._view is None and not _scheduled:
            _scheduled = True
            QTimer.singleShot(0, _make_waiting_charts)  # after this paint has been shown

    # --- what the panels call -----------------------------------------------------------------

    @property
    def label_width(self) -> int:
        return self._view.label_width if self._view is not None else self._label_width

    @label_width.setter
    def label_width(self, width: int) -> None:
        self._label_width = width
        if self._view is not None:
            self._view.label_width = width

    @property
    def table(self) -> tuple[list[str], list[list[str]]]:
        return self.view.table

    @table.setter
    def table(self, table: tuple[list[str], list[list[str]]]) -> None:
        self.then(lambda view: setattr(view, "table", table))

    @property
    def items(self) -> list[Any]:
        return self.view.items

    def clear_chart(self) -> None:
        if self._view is not None:
            self._view.clear_chart()
        else:
            self._steps = []

    def then(self, step: Step) -> None:
        """Do ``step`` on the chart now, or after the drawing kept when the chart is made."""
        if self._view is not None:
            step(self._view)
        else:
            self._steps.append(step)

    def _draw(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        if self._view is not None:
            getattr(self._view, name)(*args, **kwargs)
            return
        width = self._label_width

        def replay(view: ChartView) -> None:
            view.label_width = width
            getattr(view, name)(*args, **kwargs)

        self._steps = [replay]  # every drawing starts from a cleared chart

    def __getattr__(self, name: str) -> Any:
        if name in DRAWINGS:
            return lambda *args, **kwargs: self._draw(name, args, kwargs)
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.view, name)  # anything else of the chart (view_box, hit_at…)
