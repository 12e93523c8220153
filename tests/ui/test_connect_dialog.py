"""File ▸ Connect to a server…: the dialog asks, stays open on a refusal, keeps a password only
in the keyring when Remember is ticked; the controller opens a server from the dialog and from
the recent list (those two need EDUQA_TEST_DATABASE_URL: a PostgreSQL server)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from engines import ON_SERVER, SERVER_URL, new_location
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from eduqa_desktop import credentials
from eduqa_desktop.settings import Preferences
from eduqa_desktop.ui.dialogs.connect_dialog import ConnectDialog

on_server = pytest.mark.skipif(not ON_SERVER, reason="needs EDUQA_TEST_DATABASE_URL")


class FakeKeyring:
    """The system keyring, in memory."""

    priority = 5

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def module(self) -> SimpleNamespace:
        return SimpleNamespace(
            get_keyring=lambda: self,
            get_password=lambda service, key: self.kept.get((service, key)),
            set_password=lambda service, key, value: self.kept.__setitem__((service, key), value),
            delete_password=lambda service, key: self.kept.pop((service, key)),
        )


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> FakeKeyring:
    fake = FakeKeyring()
    monkeypatch.setattr(credentials, "_keyring", fake.module)
    return fake


def _fill(dialog: ConnectDialog, keyboard, host: str, port: int, database: str, user: str, password: str) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    dialog.host_edit.clear()
    keyboard(dialog.host_edit, host)
    dialog.port_spin.setValue(port)
    keyboard(dialog.database_edit, database)
    keyboard(dialog.user_edit, user)
    keyboard(dialog.password_edit, password)


def test_a_refusal_is_shown_in_the_dialog_and_the_next_try_connects(qtbot, keyboard, keyring) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    tried: list[str] = []

    def attempt(url: str) -> str | None:
        tried.append(url)
        refused = "Cannot connect to the server: password authentication failed"
        return refused if len(tried) == 1 else None

    dialog = ConnectDialog(attempt)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.connect_button.isEnabled()  # nothing typed yet
    _fill(dialog, keyboard, "db.tuman.uz", 6432, "district", "inspector", "wrong")
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "password authentication failed" in dialog.problem_label.text()
    sent = make_url(tried[0])
    assert (sent.host, sent.port, sent.database, sent.username, sent.password) == (
        "db.tuman.uz", 6432, "district", "inspector", "wrong"
    )  # fmt: skip

    dialog.password_edit.clear()
    keyboard(dialog.password_edit, "right")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ConnectDialog.DialogCode.Accepted
    assert make_url(tried[1]).password == "right"
    assert dialog.connected_url == "postgresql+psycopg://inspector@db.tuman.uz:6432/district"
    assert keyring.kept == {}  # Remember was not ticked


def test_remember_keeps_the_password_in_the_keyring_only(qtbot, keyboard, keyring) -> None:  # type: ignore[no-untyped-def]
    dialog = ConnectDialog(lambda _url: None)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, keyboard, "localhost", 5432, "district", "metodist", "s3cret")
    assert dialog.remember_box.isEnabled()
    qtbot.mouseClick(dialog.remember_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert keyring.kept == {
        (credentials.SERVICE, "metodist@localhost:5432/district"): "s3cret"
    }
    # next time the dialog comes back filled in, password included
    again = ConnectDialog(lambda _url: None, known=dialog.connected_url)
    qtbot.addWidget(again)
    assert again.user_edit.text() == "metodist"
    assert again.password_edit.text() == "s3cret"
    assert again.remember_box.isChecked()


def test_without_a_keyring_remember_cannot_be_ticked(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(credentials, "_keyring", lambda: None)
    dialog = ConnectDialog(lambda _url: None)
    qtbot.addWidget(dialog)
    assert not dialog.remember_box.isEnabled()
    assert "asked each time" in dialog.remember_box.toolTip()


@pytest.fixture
def controller(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from eduqa_desktop.app import create_application
    from eduqa_desktop.controller import Controller
    from eduqa_desktop.ui.language import install_language

    create_application()
    install_language("en")
    made = Controller(Preferences(language="en"), tmp_path / "prefs.json")
    yield made
    if made.window is not None:
        made.window.close()
    made.close()  # the lock, the local socket and the database


@on_server
def test_a_server_opens_from_the_dialog_and_no_password_reaches_the_preferences(  # type: ignore[no-untyped-def]
    controller, qtbot, keyboard, keyring, tmp_path: Path, monkeypatch
) -> None:
    from eduqa_desktop.services.schools import create_school
    from eduqa_desktop.storage.database import open_database

    location = str(new_location(tmp_path, "district"))
    database = open_database(location)
    create_school(database, "Test maktab", year="2025-2026")
    database.close()
    server = make_url(location)

    def answer(dialog: ConnectDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.user_edit.text() == server.username
        keyboard(dialog.password_edit, "wrong")
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert "password authentication failed" in dialog.problem_label.text()
        assert controller.db is None
        dialog.password_edit.clear()
        keyboard(dialog.password_edit, server.password)
        qtbot.mouseClick(dialog.remember_box, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ConnectDialog, "exec", answer)
    # known: the test schema's search path travels in the URL's query, which is kept
    assert controller.connect_to_server(credentials.without_password(server))
    assert controller.db is not None and controller.db.on_server
    assert controller.window.windowTitle() == "EduQA Desktop — Test maktab"
    assert not controller.window.backup_action.isEnabled()
    saved = (tmp_path / "prefs.json").read_text(encoding="utf-8")
    assert str(server.password) not in saved
    assert json.loads(saved)["last_database"].startswith(f"postgresql+psycopg://{server.username}@")
    assert list(keyring.kept.values()) == [server.password]

    # from the recent list: the remembered password is used, no dialog
    monkeypatch.setattr(ConnectDialog, "exec", lambda _self: pytest.fail("asked again"))
    controller.db.close()
    controller.db = None
    assert controller.open(json.loads(saved)["last_database"])
    assert controller.db is not None and controller.db.on_server


assert SERVER_URL is None or make_url(SERVER_URL).password, "the test server has a password"
