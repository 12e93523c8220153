"""The start-up splash: on screen while the app starts, in the user's language, gone as soon
as the first window or dialog shows — never in front of a login or a first-start dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from eduqa_desktop import __version__
from eduqa_desktop.ui.language import install_language
from eduqa_desktop.ui.start_splash import StartSplash


@pytest.fixture
def splash(qapp: QApplication):  # type: ignore[no-untyped-def]
    made: list[StartSplash] = []
    yield lambda: made.append(StartSplash(qapp)) or made[-1]
    for each in made:
        each.finish()
    install_language("en")


@pytest.mark.parametrize(
    ("language", "message"), [("en", "Opening…"), ("ru", "Открывается…"), ("uz", "Ochilmoqda…")]
)
def test_the_splash_says_it_is_opening_in_the_users_language(splash, language, message) -> None:  # type: ignore[no-untyped-def]
    install_language(language)
    shown = splash()
    assert shown.screen is not None and shown.screen.isVisible()
    assert shown.screen.message() == message
    picture = shown.screen.pixmap().toImage()
    assert not picture.isNull() and picture.width() >= 400
    # the name and version are drawn: the picture is not one plain colour
    assert len({picture.pixel(x, 84) for x in range(0, picture.width(), 3)}) > 2
    assert __version__


def test_the_first_dialog_takes_the_splash_away(qtbot, splash) -> None:  # type: ignore[no-untyped-def]
    shown = splash()
    screen = shown.screen
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Log in")
    dialog.show()  # e.g. the login dialog of a database with accounts
    assert shown.screen is None
    assert screen is not None and not screen.isVisible()
    shown.finish()  # a second time: nothing happens
    assert shown.screen is None


def test_a_widget_inside_a_window_does_not_take_the_splash_away(qtbot, splash) -> None:  # type: ignore[no-untyped-def]
    shown = splash()
    parent = QWidget()  # not shown itself
    qtbot.addWidget(parent)
    label = QLabel("inside", parent)
    label.show()  # shown, but not a window: the splash stays
    assert shown.screen is not None and shown.screen.isVisible()
    shown.finish()
    assert shown.screen is None


def test_a_click_on_the_splash_hides_it_and_it_sits_on_the_screen(qtbot, splash) -> None:  # type: ignore[no-untyped-def]
    shown = splash()
    screen = shown.screen
    assert screen is not None
    area = QApplication.primaryScreen().availableGeometry()
    assert area.contains(screen.frameGeometry())
    assert screen.windowType() == Qt.WindowType.SplashScreen
    qtbot.mouseClick(screen, Qt.MouseButton.LeftButton)
    assert not screen.isVisible()
