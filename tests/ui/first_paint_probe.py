"""Run in a new process by test_startup_charts.py: the app started on a database as a user
starts it; prints (JSON) whether the start-up splash was shown before the window and gone by
the Dashboard's first paint, whether pyqtgraph was imported by then and, once every chart of
the Dashboard is made and drawn, how many panels have plotted items."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from eduqa_desktop.ui.dashboard.chart_panel import ChartPanel
from eduqa_desktop.ui.dashboard.dashboard_tab import DashboardTab
from eduqa_desktop.ui.main_window import MainWindow

LIMIT_MS = 60_000


def _is_splash(widget: QObject) -> bool:
    """The app's start-up splash (a window of the splash-screen type)."""
    return isinstance(widget, QWidget) and widget.windowType() == Qt.WindowType.SplashScreen


class Watch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.result: dict[str, object] = {}
        self.clock = QElapsedTimer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and _is_splash(watched):
            self.result["splash_before_window"] = not any(
                isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
            )
        if "painted" not in self.result and event.type() == QEvent.Type.Paint:
            window = watched.window() if isinstance(watched, QWidget) else None
            if isinstance(window, MainWindow) and window.isVisible():
                tab = window.centralWidget().currentWidget()  # type: ignore[attr-defined]
                if isinstance(tab, DashboardTab) and (watched is tab or tab.isAncestorOf(watched)):
                    self.result["painted"] = True
                    self.result["splash_at_paint"] = any(
                        _is_splash(w) and w.isVisible() for w in QApplication.topLevelWidgets()
                    )
                    self.result["pyqtgraph_at_paint"] = "pyqtgraph" in sys.modules
                    self.result["charts_at_paint"] = sum(
                        panel.chart.has_chart for panel in tab.findChildren(ChartPanel)
                    )
                    self.clock.start()
                    QTimer.singleShot(0, lambda: self.poll(tab))
        return False

    def poll(self, tab: DashboardTab) -> None:
        panels = tab.findChildren(ChartPanel)
        if all(panel.chart.has_chart for panel in panels) or self.clock.elapsed() > LIMIT_MS:
            drawn = [p for p in panels if p.isVisibleTo(tab) and not p.showing_empty]
            self.result["panels"] = len(panels)
            self.result["charts_made"] = sum(panel.chart.has_chart for panel in panels)
            self.result["drawn_panels"] = len(drawn)
            self.result["drawn_with_items"] = sum(
                bool(panel.chart.has_chart and panel.chart.view.items) for panel in drawn
            )
            self.result["without_items"] = [
                p.objectName() for p in drawn if not (p.chart.has_chart and p.chart.view.items)
            ]
            print(json.dumps(self.result), flush=True)
            QApplication.quit()
            return
        QTimer.singleShot(20, lambda: self.poll(tab))


def main() -> int:
    app = QApplication(sys.argv[:1])
    watch = Watch()
    app.installEventFilter(watch)
    from eduqa_desktop.app import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
