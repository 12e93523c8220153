"""Accounts in the window: the login dialog (typed into, clicked, its message read), a viewer's
window without what a viewer may not do, the administrator's dialog adding an account, and
the controller asking to log in on a database with accounts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from eduqa_desktop.domain.roles import MAX_FAILED_LOGINS, Role
from eduqa_desktop.services import accounts
from eduqa_desktop.services.accounts import AccountFields
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.settings import Preferences
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.ui.accounts.account_editor import AccountEditor
from eduqa_desktop.ui.accounts.accounts_dialog import AccountsDialog
from eduqa_desktop.ui.accounts.login_dialog import LoginDialog
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.main_window import MainWindow

PASSWORD = "a good password"


@pytest.fixture
def with_accounts(demo_db: Database) -> Database:
    accounts.create_account(
        demo_db, AccountFields("admin", "Dilnoza Karimova", Role.ADMINISTRATOR), PASSWORD
    )
    accounts.create_account(demo_db, AccountFields("guest", "Guest", Role.VIEWER), PASSWORD)
    return demo_db


def _other(db: Database) -> Database:
    return open_database(db.engine.url.render_as_string(hide_password=False))


def _log_in(qtbot, dialog: LoginDialog, name: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, name)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def test_login_dialog_says_why_it_refuses_then_logs_in(qtbot, with_accounts: Database) -> None:  # type: ignore[no-untyped-def]
    db = _other(with_accounts)
    try:
        dialog = LoginDialog(db, place="demo.sqlite3")
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.login_button.isEnabled()  # nothing typed yet
        _log_in(qtbot, dialog, "admin", "wrong one")
        assert dialog.problem_label.text() == "The name or the password is wrong."
        assert dialog.password_edit.text() == "" and dialog.isVisible()
        assert db.principal is None
        _log_in(qtbot, dialog, "admin", PASSWORD)
        assert dialog.result() == LoginDialog.DialogCode.Accepted
        assert db.principal.login == "admin"
    finally:
        db.close()


def test_login_dialog_tells_of_a_lockout(qtbot, with_accounts: Database) -> None:  # type: ignore[no-untyped-def]
    db = _other(with_accounts)
    try:
        dialog = LoginDialog(db, login="guest")
        qtbot.addWidget(dialog)
        dialog.show()
        for _ in range(MAX_FAILED_LOGINS):
            _log_in(qtbot, dialog, "guest", "not the password")
        text = dialog.problem_label.text()
        assert "“guest” is locked after 5 wrong passwords" in text and "15 min" in text
        _log_in(qtbot, dialog, "guest", PASSWORD)  # locked: the right one is refused too
        assert "locked" in dialog.problem_label.text() and db.principal is None
    finally:
        db.close()


def _window(qtbot, db: Database, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    context = UiContext(db, list_schools(db)[0], Preferences(language="en"), tmp_path / "p.json")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_viewers_window_hides_what_a_viewer_may_not_do(
    qtbot, with_accounts: Database, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    db = _other(with_accounts)
    try:
        accounts.log_in(db, "guest", PASSWORD)
        window = _window(qtbot, db, tmp_path)
        assert "Logged in: Guest (viewer)" in window.user_label.text()
        assert window.user_label.isVisible()
        assert not window.new_observation_action.isVisible()
        assert not window.import_menu.menuAction().isVisible()
        assert not window.accounts_action.isVisible()
        assert window.switch_user_action.isVisible()
        teachers = window.teachers_tab
        window.show_tab("teachers")
        teachers.table.selectRow(0)  # a tab enables Edit… for a chosen row: not for a viewer
        assert not teachers.add_button.isEnabled() and not teachers.edit_button.isEnabled()
        assert teachers.edit_button.toolTip() == "Your account may not do this."
        observations = window.observations_tab
        assert not observations.new_button.isEnabled()
        observations.table.selectRow(0)
        observations.open_selected()  # a viewer reads an observation in the form …
        assert not observations.form.bar.save_button.isEnabled()  # … and cannot save it
        assert not observations.form.bar.finalize_button.isEnabled()
    finally:
        window.close()
        db.close()


def test_the_administrators_window_shows_everything(
    qtbot, with_accounts: Database, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, with_accounts, tmp_path)  # logged in as admin, its creator
    assert window.accounts_action.isVisible() and window.new_observation_action.isVisible()
    assert window.teachers_tab.add_button.isEnabled()
    assert "Logged in: Dilnoza Karimova (administrator)" in window.user_label.text()


def _when_modal(act: Callable[[QWidget], None]) -> None:
    """Act on the modal dialog the next click opens (it runs its own event loop)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        act(dialog)

    QTimer.singleShot(0, run)


def test_the_accounts_dialog_adds_an_inspector(qtbot, with_accounts: Database) -> None:  # type: ignore[no-untyped-def]
    school = list_schools(with_accounts)[0]
    context = UiContext(with_accounts, school, Preferences(language="en"))
    dialog = AccountsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2

    def fill(editor: QWidget) -> None:
        assert isinstance(editor, AccountEditor)
        qtbot.keyClicks(editor.login_edit, "inspector")
        qtbot.keyClicks(editor.name_edit, "Aziz Tursunov")
        editor.role_box.setCurrentIndex(editor.role_box.findData(Role.METHODOLOGIST.value))
        assert "Tick the schools" in editor.problem_label.text()
        editor.schools_list.item(0).setCheckState(Qt.CheckState.Checked)
        qtbot.keyClicks(editor.password_edit, PASSWORD)
        qtbot.keyClicks(editor.repeat_edit, "a different one")
        assert not editor.save_button.isEnabled()
        assert editor.problem_label.text() == "The two passwords are not the same."
        editor.repeat_edit.clear()
        qtbot.keyClicks(editor.repeat_edit, PASSWORD)
        assert editor.save_button.isEnabled()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    _when_modal(fill)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    logins = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert logins == ["admin", "guest", "inspector"]
    row = logins.index("inspector")
    assert dialog.table.item(row, 2).text() == "methodologist / inspector"
    assert dialog.table.item(row, 3).text() == school.name
    added = accounts.log_in(_other(with_accounts), "inspector", PASSWORD)
    assert added.role is Role.METHODOLOGIST and added.school_ids == {school.id}


def test_opening_a_database_with_accounts_asks_to_log_in(
    qtbot, controller, with_accounts: Database  # type: ignore[no-untyped-def]
) -> None:
    location = with_accounts.engine.url.render_as_string(hide_password=False)
    with_accounts.close()
    controller.user = "guest"

    def log_in(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        assert dialog.login_edit.text() == "guest"  # from --user
        qtbot.keyClicks(dialog.password_edit, PASSWORD)
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)

    _when_modal(log_in)
    path = with_accounts.path or location
    assert controller.open(path, first_start=False)
    assert controller.db.principal.login == "guest"
    assert not controller.window.new_observation_action.isVisible()


def test_file_accounts_makes_the_first_administrator_who_is_then_logged_in(
    qtbot, controller, school_db: Database  # type: ignore[no-untyped-def]
) -> None:
    assert school_db.path is not None
    assert controller.open(school_db.path, first_start=False)
    window = controller.window
    assert window.accounts_action.isVisible()  # the local user of a file without accounts
    assert not window.switch_user_action.isVisible() and not window.user_label.isVisible()

    def add_first(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountsDialog) and dialog.empty_label.isVisible()

        def fill(editor: QWidget) -> None:
            assert isinstance(editor, AccountEditor)
            assert editor.role_box.count() == 1  # the first account: an administrator
            qtbot.keyClicks(editor.login_edit, "director")
            qtbot.keyClicks(editor.name_edit, "Nodira Aliyeva")
            qtbot.keyClicks(editor.password_edit, PASSWORD)
            qtbot.keyClicks(editor.repeat_edit, PASSWORD)
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

        _when_modal(fill)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.table.isVisible() and dialog.table.item(0, 0).text() == "director"
        dialog.reject()

    _when_modal(add_first)
    window.accounts_action.trigger()
    qtbot.waitUntil(lambda: controller.window is not window)
    assert "Logged in: Nodira Aliyeva (administrator)" in controller.window.user_label.text()
    assert controller.window.switch_user_action.isVisible()


def test_log_out_and_switch_to_another_user(qtbot, controller, with_accounts: Database) -> None:  # type: ignore[no-untyped-def]
    path = with_accounts.path
    assert path is not None
    with_accounts.close()

    def log_in_as(name: str) -> Callable[[QWidget], None]:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, LoginDialog)
            _log_in(qtbot, dialog, name, PASSWORD)

        return act

    _when_modal(log_in_as("admin"))
    assert controller.open(path, first_start=False)
    first = controller.window
    assert first.accounts_action.isVisible()
    _when_modal(log_in_as("guest"))
    first.switch_user_action.trigger()
    assert controller.window is not first and controller.db.principal.login == "guest"
    assert "Logged in: Guest (viewer)" in controller.window.user_label.text()
    assert not controller.window.accounts_action.isVisible()
    teachers = controller.window.teachers_tab
    assert not teachers.add_button.isEnabled() and not teachers.empty_add.isEnabled()

    # cancelled, Log out / switch user… is a log out: the window closes, nobody stays in
    second = controller.window
    _when_modal(lambda dialog: dialog.reject())
    second.switch_user_action.trigger()
    assert not second.isVisible() and controller.db.principal is None


def test_a_cancelled_login_opens_nothing(qtbot, controller, with_accounts: Database) -> None:  # type: ignore[no-untyped-def]
    path = with_accounts.path
    assert path is not None
    with_accounts.close()
    _when_modal(lambda dialog: dialog.reject())
    assert not controller.open(path, first_start=False)
    assert controller.login_cancelled and controller.db is None and controller.window is None


def test_an_inspectors_all_schools_is_its_schools(
    qtbot, with_accounts: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from eduqa_desktop.services.schools import create_school
    from eduqa_desktop.ui import error_reporting

    demo = list_schools(with_accounts)[0]
    second = create_school(with_accounts, "2-son maktab", year="2026-2027")
    create_school(with_accounts, "Not assigned", year="2026-2027")
    accounts.create_account(
        with_accounts,
        AccountFields("inspector", "Insp", Role.METHODOLOGIST, school_ids=(demo.id, second.id)),
        PASSWORD,
    )
    reported: list[Exception] = []
    monkeypatch.setattr(error_reporting, "report_exception", lambda e, *_a: reported.append(e))
    db = _other(with_accounts)
    try:
        accounts.log_in(db, "inspector", PASSWORD)
        window = _window(qtbot, db, tmp_path)
        tab = window.dashboard_tab
        box = tab.filter_bar.school_box
        qtbot.waitUntil(lambda: box.count() == 3, timeout=30_000)
        assert box.itemText(0) == "All schools (2)"
        assert {box.itemText(1), box.itemText(2)} == {demo.name, "2-son maktab"}
        tab.filter_bar.select(box, None)
        def all_shown() -> bool:
            return tab.data is not None and tab.data.filter.school_id is None
        qtbot.waitUntil(lambda: all_shown() and not tab.runner.busy, timeout=30_000)
        assert reported == []
        assert tab.data.school_count == 2 and tab.data.cards is not None
        assert {bar.label for bar in tab.data.schools} <= {demo.name, "2-son maktab"}
    finally:
        window.close()
        db.close()


def test_an_account_disabled_while_its_window_is_open_is_asked_to_log_in_again(
    qtbot, controller, with_accounts: Database, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from eduqa_desktop.services import access
    from eduqa_desktop.ui import prompts

    path = with_accounts.path
    assert path is not None
    guest = next(a for a in accounts.list_accounts(with_accounts) if a.login == "guest")
    _when_modal(lambda dialog: _log_in(qtbot, dialog, "guest", PASSWORD))
    assert controller.open(path, first_start=False)
    first = controller.window
    assert controller.db.principal.login == "guest"

    # the administrator, at another PC, disables the guest's account
    accounts.update_account(
        with_accounts, guest.id, AccountFields("guest", "Guest", Role.VIEWER, active=False)
    )
    monkeypatch.setattr(access, "REFRESH_SECONDS", 0.0)  # the account is read again at once
    warnings: list[str] = []
    monkeypatch.setattr(prompts, "warning", lambda _p, _t, text: warnings.append(text))
    asked: list[str] = []

    def log_in_as_admin(dialog: QWidget) -> None:
        asked.append(type(dialog).__name__)
        _log_in(qtbot, dialog, "admin", PASSWORD)

    _when_modal(log_in_as_admin)
    first.dashboard_tab.refresh()  # the next thing the guest's window asks of the database
    qtbot.waitUntil(lambda: controller.window is not first, timeout=30_000)
    assert warnings[:1] == ["The account “guest” has been disabled or removed: log in again."]
    assert asked == ["LoginDialog"]
    assert controller.db.principal.login == "admin"
    assert "Logged in: Dilnoza Karimova (administrator)" in controller.window.user_label.text()


def test_login_dialog_takes_the_login_in_any_case(qtbot, with_accounts: Database) -> None:  # type: ignore[no-untyped-def]
    db = _other(with_accounts)
    try:
        dialog = LoginDialog(db, place="demo.sqlite3")
        qtbot.addWidget(dialog)
        dialog.show()
        _log_in(qtbot, dialog, "ADMIN", PASSWORD)
        assert dialog.result() == LoginDialog.DialogCode.Accepted
        assert db.principal.login == "admin"
    finally:
        db.close()
