"""What is on screen while the app starts: its name, version and "Opening…", until the first
window or dialog of the app shows.

On an old office PC the imports, the database checks and the first tab take seconds; with
nothing on screen users click the shortcut again. The splash is made right after the
QApplication (only Qt is loaded by then) and goes by itself as soon as any other top-level
window is shown: the main window, or a dialog that comes first (log in, first start, a
damaged database) — never in front of one.

It is a plain frameless window of the splash-screen type, not a QSplashScreen: that one waits
up to a second on show for the window system to report it exposed, which some platforms (the
offscreen one of the tests and benchmarks among them) never do — a second added to every
start for a picture.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QWidget

from eduqa_desktop import __version__
from eduqa_desktop.ui.look import icon

WIDTH, HEIGHT = 420, 160


def _picture() -> QPixmap:
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(round(WIDTH * ratio), round(HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    try:
        painter.setPen(QColor("#c8d0da"))
        painter.drawRect(0, 0, WIDTH - 1, HEIGHT - 1)
        icon("school").paint(painter, QRect(28, 44, 64, 64))
        text = QRect(112, 44, WIDTH - 132, 36)
        title = QFont(painter.font())
        title.setPointSizeF(title.pointSizeF() * 1.6)
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(QColor("#1f3b57"))
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft, "EduQA Desktop")
        painter.setFont(QFont())
        painter.setPen(QColor("#5b6b7b"))
        painter.drawText(text.translated(0, 40), Qt.AlignmentFlag.AlignLeft, __version__)
    finally:
        painter.end()
    return pixmap


class SplashWindow(QWidget):
    """The picture with a line of text in its lower right corner, centred on the screen; a
    click hides it (as QSplashScreen's does)."""

    MARGIN = 12

    def __init__(self, picture: QPixmap, message: str) -> None:
        flags = (
            Qt.WindowType.SplashScreen
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        super().__init__(None, flags)
        self.setObjectName("startSplash")
        self._picture, self._message = picture, message
        self.setFixedSize(WIDTH, HEIGHT)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            frame = self.frameGeometry()
            frame.moveCenter(screen.availableGeometry().center())
            self.move(frame.topLeft())

    def pixmap(self) -> QPixmap:
        return self._picture

    def message(self) -> str:
        return self._message

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.drawPixmap(0, 0, self._picture)
            painter.setPen(QColor("#5b6b7b"))
            inside = self.rect().adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
            alignment = Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight
            painter.drawText(inside, alignment, self._message)
        finally:
            painter.end()

    def mousePressEvent(self, _event: QMouseEvent) -> None:
        self.hide()


class StartSplash(QObject):
    """Shown when made; gone at :meth:`finish` or when another window of the app shows."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        message = QCoreApplication.translate("StartSplash", "Opening…")
        self.screen: SplashWindow | None = SplashWindow(_picture(), message)
        self.screen.show()
        app.processEvents()  # drawn now: what follows keeps the event loop busy for a while
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self.screen
        ):
            self.finish()
        return False

    def finish(self) -> None:
        if self.screen is None:
            return
        self._app.removeEventFilter(self)
        self.screen.close()
        self.screen.deleteLater()
        self.screen = None
