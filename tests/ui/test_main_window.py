"""The main window on the demo school: every tab, every menu action, the shell's dialogs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from eduqa_desktop.settings import Preferences
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.dialogs.about_dialog import AboutDialog
from eduqa_desktop.ui.dialogs.first_start_dialog import FirstStartDialog
from eduqa_desktop.ui.dialogs.settings_dialog import SettingsDialog
from eduqa_desktop.ui.main_window import TAB_NAMES


class Prompts:
    """Records what the user would have been shown instead of showing it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answers: dict[str, object] = {}
        for kind in ("information", "warning", "error"):
            monkeypatch.setattr(prompts, kind, self._recorder(kind))
        monkeypatch.setattr(prompts, "save_file", lambda *a, **k: self.answers.get("save_file"))
        monkeypatch.setattr(prompts, "open_file", lambda *a, **k: self.answers.get("open_file"))
        monkeypatch.setattr(prompts, "question", lambda *a, **k: bool(self.answers.get("question")))

    def _recorder(self, kind: str):  # type: ignore[no-untyped-def]
        def record(_parent, title, text, *rest):  # type: ignore[no-untyped-def]
            self.shown.append((kind, title, text))

        return record


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return Prompts(monkeypatch)


def test_every_tab_opens_at_1366x768(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert main_window.size().width() == 1366
    for index, name in enumerate(TAB_NAMES):
        main_window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: main_window.tabs.currentIndex() == i)
        assert main_window.current_tab_name() == name
        assert main_window.tabs.currentWidget().isVisible()
    titles = [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())]
    assert titles == ["Dashboard", "Teachers", "Observations", "Results"]
    assert (
        "Namuna" in main_window.windowTitle()
        or main_window.context.school.name in main_window.windowTitle()
    )


def test_every_menu_action_runs_without_error(main_window, qtbot, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # every dialog is answered "Cancel"
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(AboutDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    requested: list[str] = []
    main_window.open_database_requested.connect(requested.append)
    main_window.new_database_requested.connect(requested.append)
    actions = [
        a
        for menu in main_window.menuBar().findChildren(type(main_window.file_menu))
        for a in menu.actions()
    ]
    triggered = 0
    for action in actions:
        if action.menu() is not None or action.isSeparator() or action is main_window.quit_action:
            continue
        action.trigger()  # dialogs answered "cancel": nothing may happen, nothing may break
        triggered += 1
    assert triggered >= 5
    assert requested == [] and [s for s in shown.shown if s[0] == "error"] == []
    main_window.quit_action.trigger()
    assert not main_window.isVisible()


def test_backup_writes_a_readable_copy(main_window, shown, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "копия школы.sqlite3"  # Cyrillic and a space in the path
    shown.answers["save_file"] = str(target)
    main_window.backup_action.trigger()
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT count(*) FROM teachers").fetchone()[0] > 30
    copy.close()
    assert str(target) in main_window.statusBar().currentMessage()


def test_backup_onto_the_database_itself_is_refused(main_window, shown) -> None:  # type: ignore[no-untyped-def]
    shown.answers["save_file"] = str(main_window.context.db.path)
    main_window.backup_action.trigger()
    assert shown.shown and shown.shown[-1][0] == "warning"
    assert "cannot replace the database" in shown.shown[-1][2]


def test_about_shows_version_and_paths(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(main_window.context, main_window)
    qtbot.addWidget(dialog)
    from eduqa_desktop import __version__

    assert dialog.version_label.text() == __version__
    assert dialog.database_label.text() == str(main_window.context.db.path)


def test_f5_and_ctrl_f_do_not_break(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for name in TAB_NAMES:
        main_window.show_tab(name)
        qtbot.keyClick(main_window, Qt.Key.Key_F5)
        qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)


# --- the controller: first start, language, schools, bad files ---------------------------------


def _answer_first_start(fill) -> None:  # type: ignore[no-untyped-def]
    def act() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstStartDialog) and w.isVisible()
        )
        fill(dialog)

    QTimer.singleShot(0, act)


def test_first_start_sets_up_my_school_by_typing(
    controller, qtbot, keyboard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: FirstStartDialog) -> None:
        assert not dialog.setup_button.isEnabled()  # nothing typed yet
        keyboard(dialog.name_edit, "Школа № 47 «Ziyo»")
        qtbot.keyClicks(dialog.district_edit, "Yunusobod tumani")
        dialog.year_edit.clear()
        qtbot.keyClicks(dialog.year_edit, "2026-27")
        assert dialog.setup_button.isEnabled()
        qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)

    _answer_first_start(fill)
    assert controller.open(tmp_path / "mine.sqlite3")
    window = controller.window
    assert window is not None and window.context.school is not None
    assert window.context.school.name == "Школа № 47 «Ziyo»"
    assert "Школа № 47" in window.windowTitle()
    from eduqa_desktop.services.calendar import list_years

    assert list_years(controller.db) == ["2026-2027"]


def test_first_start_explains_a_bad_year(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "47-maktab")
    dialog.year_edit.setText("2026")
    assert not dialog.setup_button.isEnabled()
    assert "2025-2026" in dialog.problem_label.text()


def test_first_start_opens_the_demo_school(controller, qtbot, monkeypatch, shown) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.services import demo

    real = demo.generate_demo
    monkeypatch.setattr(
        demo,
        "generate_demo",
        lambda db, progress=None: real(db, teachers_per_school=6, progress=progress),
    )
    _answer_first_start(lambda d: qtbot.mouseClick(d.demo_button, Qt.MouseButton.LeftButton))
    from eduqa_desktop.controller import demo_database_path

    controller.open(demo_database_path().with_name("empty.sqlite3"))
    qtbot.waitUntil(lambda: controller.school is not None, timeout=60_000)
    assert controller.db.path == demo_database_path()
    assert controller.window.context.school is not None


def test_language_change_rebuilds_the_window_translated(controller, qtbot, school_db) -> None:  # type: ignore[no-untyped-def]
    controller.open(school_db.path)
    controller.window.show_tab("observations")
    controller.change_language("ru")
    window = controller.window
    assert [window.tabs.tabText(i) for i in range(4)] == [
        "Сводка",
        "Учителя",
        "Наблюдения",
        "Результаты",
    ]
    assert window.current_tab_name() == "observations"  # where the user was
    assert window.file_menu.title() == "&Файл"
    controller.change_language("uz")
    assert controller.window.tabs.tabText(1) == "Oʻqituvchilar"


def test_settings_dialog_language_choice_is_applied(
    controller, qtbot, school_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    controller.open(school_db.path)

    def choose_russian(dialog: SettingsDialog) -> int:
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
        qtbot.keyClicks(dialog.user_name_edit, "Karimova D.")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose_russian)
    controller.window.settings_action.trigger()
    assert controller.window.tabs.tabText(1) == "Учителя"
    assert controller.preferences.language == "ru"
    assert controller.preferences.user_name == "Karimova D."
    assert Preferences().language == ""  # defaults untouched


def test_several_schools_offer_a_selector(controller, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.demo import generate_demo
    from eduqa_desktop.storage.database import open_database

    path = tmp_path / "district.sqlite3"
    db = open_database(path)
    generate_demo(db, schools=2, teachers_per_school=5)
    db.close()
    controller.open(path)
    selector = controller.window.school_selector
    assert selector.isVisibleTo(controller.window) and selector.count() == 2
    second = selector.itemText(1)
    selector.setCurrentIndex(1)
    assert controller.school.name == second
    assert second in controller.window.windowTitle()


def test_opening_a_foreign_file_says_so_and_keeps_the_current_database(
    controller, school_db, shown, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    controller.open(school_db.path)
    foreign = tmp_path / "report.docx"
    foreign.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    assert not controller.open(foreign)
    kind, _title, text = shown.shown[-1]
    assert kind == "error" and "report.docx" in text
    assert controller.db.path == school_db.path
    assert foreign.read_bytes().startswith(b"PK\x03\x04")


def test_an_unexpected_error_shows_a_dialog_not_a_traceback(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    import sys

    from eduqa_desktop.ui.error_reporting import install_exception_hook

    previous = sys.excepthook
    install_exception_hook()
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    kind, title, text = shown.shown[-1]
    assert kind == "error" and title == "Something went wrong"
    assert "saved data is safe" in text


def test_message_boxes_are_not_left_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_closing_with_unsaved_results_asks_first(main_window, qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    main_window.show_tab("results")
    tab = main_window.results_tab
    from eduqa_desktop.ui.results.results_grid_model import COLUMN

    n5 = tab.grid.index(0, COLUMN["n5"])
    assert tab.grid.setData(n5, str(int(tab.grid.data(n5) or 0) + 1), Qt.ItemDataRole.EditRole)
    assert main_window.unsaved_tabs() == ["Results"]
    shown.answers["question"] = False  # "No": keep the window and the typing
    main_window.close()
    assert main_window.isVisible() and tab.grid.is_dirty()
    shown.answers["question"] = True
    main_window.close()
    assert not main_window.isVisible()


def test_opening_another_database_asks_first_and_no_keeps_everything(
    controller, qtbot, school_db, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from observation_ui import Prompts

    from eduqa_desktop.services.demo import generate_demo
    from eduqa_desktop.services.schools import list_schools
    from eduqa_desktop.storage.database import open_database

    answers = Prompts(monkeypatch)
    district = tmp_path / "district.sqlite3"
    db = open_database(district)
    generate_demo(db, schools=1, teachers_per_school=5)
    db.close()
    assert controller.open(district)
    window = controller.window
    window.show_tab("observations")
    qtbot.mouseClick(window.observations_tab.new_button, Qt.MouseButton.LeftButton)
    form = window.observations_tab.form
    qtbot.keyClicks(form.header.topic, "Kasrlar")  # no teacher yet: it cannot be saved

    answers.answer = False  # "lose what you typed?" — No
    assert not controller.open(school_db.path)
    assert answers.questions and controller.window is window and window.isVisible()
    assert controller.db.path == district and list_schools(controller.db)  # still open
    assert form.isVisible() and form.header.topic.text() == "Kasrlar"

    answers.answer = True
    assert controller.open(school_db.path)
    assert controller.window is not window and controller.db.path == school_db.path


@pytest.mark.parametrize(
    ("language", "close", "cancel"),
    [("uz", "Yopish", "Bekor qilish"), ("ru", "Закрыть", "Отмена"), ("en", "Close", "Cancel")],
)
def test_standard_buttons_speak_the_interface_language(qtbot, language, close, cancel) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from eduqa_desktop.app import create_application
    from eduqa_desktop.ui.language import install_language

    create_application()
    install_language(language)
    try:
        Box = QDialogButtonBox.StandardButton
        box = QDialogButtonBox(Box.Close | Box.Cancel)
        qtbot.addWidget(box)
        assert box.button(Box.Close).text() == close  # Qt has no Uzbek of its own
        assert box.button(Box.Cancel).text() == cancel
    finally:
        install_language("en")


def test_first_start_can_protect_the_database_with_an_administrator(
    controller, qtbot, keyboard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: FirstStartDialog) -> None:
        assert not dialog.admin_login_edit.isVisible()  # optional: hidden until asked for
        keyboard(dialog.name_edit, "47-maktab")
        qtbot.mouseClick(dialog.protect_box, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
        assert dialog.admin_login_edit.isVisible() and not dialog.setup_button.isEnabled()
        assert dialog.problem_label.text() == "Write the administrator's login."
        keyboard(dialog.admin_login_edit, "Ахмедов")
        qtbot.keyClicks(dialog.admin_password_edit, "short")
        assert "at least 8 characters" in dialog.problem_label.text()
        qtbot.keyClicks(dialog.admin_password_edit, " and long")
        qtbot.keyClicks(dialog.admin_repeat_edit, "short and lonG")
        assert dialog.problem_label.text() == "The two passwords are not the same."
        dialog.admin_repeat_edit.clear()
        qtbot.keyClicks(dialog.admin_repeat_edit, "short and long")
        assert dialog.setup_button.isEnabled() and dialog.problem_label.text() == ""
        qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)

    _answer_first_start(fill)
    path = tmp_path / "protected.sqlite3"
    assert controller.open(path)
    assert controller.window.context.school.name == "47-maktab"
    assert controller.db.principal.login == "Ахмедов"  # logged in as the new administrator
    from eduqa_desktop.services import accounts
    from eduqa_desktop.storage.database import open_database

    other = open_database(path)
    try:
        assert accounts.log_in(other, "ахмедов", "short and long").role.value == "administrator"
    finally:
        other.close()


def test_first_start_without_the_step_makes_no_accounts(
    controller, qtbot, keyboard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: FirstStartDialog) -> None:
        keyboard(dialog.name_edit, "48-maktab")
        qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)

    _answer_first_start(fill)
    assert controller.open(tmp_path / "open.sqlite3")
    from eduqa_desktop.services.access import has_accounts

    assert not has_accounts(controller.db) and controller.db.principal is None
