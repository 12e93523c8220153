"""Run inside the new process that bench_startup.py starts: the app (or a bare window) as a
user starts it, plus one event filter that says when the first tab is painted.

    python benchmarks/startup_probe.py app --db PATH [--lang en]
    python benchmarks/startup_probe.py bare

It prints `splash` when the start-up splash is first painted (the app shows it as soon as
its QApplication exists: the first sign of life a user sees), and `painted` once the current
tab of the first main window shown has been painted (for `bare`: the window's central
widget), then quits the event loop normally, so that the app lets go of its lock file and
database as on any close.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)


def _is_splash(widget: QObject) -> bool:
    """The app's start-up splash (a window of the splash-screen type)."""
    return isinstance(widget, QWidget) and widget.windowType() == Qt.WindowType.SplashScreen


class FirstPaint(QObject):
    """Watches paint events; reports once the page the user sees first has been drawn."""

    def __init__(self) -> None:
        super().__init__()
        self.reported = False
        self.splashed = False

    def _first_page(self, widget: QWidget) -> bool:
        window = widget.window()
        if not isinstance(window, QMainWindow) or not window.isVisible():
            return False
        central = window.centralWidget()
        page = central.currentWidget() if isinstance(central, QTabWidget) else central
        return page is not None and (widget is page or page.isAncestorOf(widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        splash_paint = event.type() == QEvent.Type.Paint and _is_splash(watched)
        if splash_paint and not self.splashed:
            self.splashed = True
            print("splash", flush=True)
        if (
            not self.reported
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and self._first_page(watched)
        ):
            self.reported = True
            QTimer.singleShot(0, self._report)  # after this paint has been handled
        return False

    def _report(self) -> None:
        print("painted", flush=True)
        QApplication.quit()


def main(argv: list[str]) -> int:
    mode, rest = argv[0], argv[1:]
    app = QApplication(sys.argv[:1])
    probe = FirstPaint()
    app.installEventFilter(probe)
    if mode == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("EduQA Desktop"))
        window.resize(1366, 768)
        window.show()
        return app.exec()
    from eduqa_desktop.app import main as app_main  # imported here: its cost is measured

    return app_main(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
