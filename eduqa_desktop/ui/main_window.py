"""The main window: tabs, menus, the status bar and the school selector.

Opening another database, changing the language or the school is done by the application
controller (app.py), which builds a fresh window; this window only asks for it by signals.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QTabWidget, QWidget
from sqlalchemy.engine import make_url

from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.school_calendar import quarter_for, year_name_for
from eduqa_desktop.services import backups
from eduqa_desktop.services.access import principal_of
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.schools import SchoolInfo, list_schools
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.accounts.menus import install_account_menus
from eduqa_desktop.ui.accounts.role_view import restrict_tab
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dialogs.about_dialog import AboutDialog
from eduqa_desktop.ui.dialogs.file_limits_page import FileLimitsPage
from eduqa_desktop.ui.dialogs.settings_dialog import SettingsDialog
from eduqa_desktop.ui.dialogs.thresholds_page import ThresholdsPage
from eduqa_desktop.ui.exchange_menus import populate_export_menu, populate_import_menu
from eduqa_desktop.ui.file_drop import install_file_drop
from eduqa_desktop.ui.look import icon
from eduqa_desktop.ui.network.menus import install_network_menu
from eduqa_desktop.ui.safety_menus import install_safety_menus
from eduqa_desktop.ui.voices.menus import install_voices_menu
from eduqa_desktop.ui.voices.settings_page import SurveySettingsPage

if TYPE_CHECKING:
    from eduqa_desktop.ui.dashboard.dashboard_tab import DashboardTab
    from eduqa_desktop.ui.dialogs.help_dialog import HelpDialog
    from eduqa_desktop.ui.observations.observations_tab import ObservationsTab
    from eduqa_desktop.ui.results.results_tab import ResultsTab
    from eduqa_desktop.ui.teachers.teachers_tab import TeachersTab

DB_FILTER = "EduQA (*.sqlite3 *.db);;*"
TAB_NAMES = ("dashboard", "teachers", "observations", "results")


def _tab_class(module: str, name: str) -> Callable[[], type[QWidget]]:
    def load() -> type[QWidget]:
        return getattr(importlib.import_module(f"eduqa_desktop.ui.{module}"), name)

    return load


# imported on first use, like the tabs themselves
_TAB_CLASSES = {
    "dashboard": _tab_class("dashboard.dashboard_tab", "DashboardTab"),
    "teachers": _tab_class("teachers.teachers_tab", "TeachersTab"),
    "observations": _tab_class("observations.observations_tab", "ObservationsTab"),
    "results": _tab_class("results.results_tab", "ResultsTab"),
}


class MainWindow(QMainWindow):
    open_database_requested = Signal(str)
    new_database_requested = Signal(str)
    connect_server_requested = Signal()
    language_changed = Signal(str)
    school_changed = Signal(int)
    switch_user_requested = Signal()
    session_changed = Signal()  # the first account was made: the window is built anew

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language_shown = context.language  # the preference may change before a rebuild
        self.help_dialog: HelpDialog | None = None
        self.setWindowIcon(icon("school"))
        self.setMinimumSize(1024, 640)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        # Each tab is built when first shown (or first asked for): the window paints its
        # first tab without paying for the three the user has not opened yet.
        self._built: dict[str, QWidget] = {}
        titles = (
            self.tr("Dashboard"), self.tr("Teachers"), self.tr("Observations"), self.tr("Results")
        )  # fmt: skip
        for name, title in zip(TAB_NAMES, titles, strict=True):
            self.tabs.addTab(QWidget(), icon(name), title)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._build_status_bar()
        install_account_menus(self)  # and hides what the account may not do
        self._update_title()
        app_signals().data_changed.connect(self._on_data_changed)
        self._restore_geometry()
        self._tab(self.current_tab_name())
        self.tabs.currentChanged.connect(lambda index: self._tab(TAB_NAMES[index]))
        install_file_drop(self)

    # --- tabs, built on first use ----------------------------------------------------------

    def _tab(self, name: str) -> QWidget:
        built = self._built.get(name)
        if built is not None:
            return built
        widget = _TAB_CLASSES[name]()(self.context)
        restrict_tab(self.context, name, widget)
        self._built[name] = widget
        index = TAB_NAMES.index(name)
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)  # the same tab stays current: nothing changed for a user
        try:
            text, tab_icon = self.tabs.tabText(index), self.tabs.tabIcon(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, tab_icon, text)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        placeholder.deleteLater()
        return widget

    @property
    def dashboard_tab(self) -> DashboardTab:
        return self._tab("dashboard")  # type: ignore[return-value]

    @property
    def teachers_tab(self) -> TeachersTab:
        return self._tab("teachers")  # type: ignore[return-value]

    @property
    def observations_tab(self) -> ObservationsTab:
        return self._tab("observations")  # type: ignore[return-value]

    @property
    def results_tab(self) -> ResultsTab:
        return self._tab("results")  # type: ignore[return-value]

    # --- menus ---------------------------------------------------------------------------

    def _action(
        self, text: str, slot: object, icon_name: str = "", shortcut: object = None
    ) -> QAction:
        action = QAction(icon(icon_name), text, self) if icon_name else QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_db_action = self._action(self.tr("New database…"), self._on_new_database, "new")
        self.open_db_action = self._action(
            self.tr("Open database…"), self._on_open_database, "open", QKeySequence.StandardKey.Open
        )
        self.connect_action = self._action(
            self.tr("Connect to a server…"), self.connect_server_requested.emit, "open"
        )
        self.file_menu.addAction(self.new_db_action)
        self.file_menu.addAction(self.open_db_action)
        self.file_menu.addAction(self.connect_action)
        self.recent_menu = self.file_menu.addMenu(self.tr("Recent files"))
        self._fill_recent_menu()
        self.backup_action = self._action(self.tr("Backup…"), self._on_backup, "backup")
        self.file_menu.addAction(self.backup_action)
        if self.context.db.path is None:  # a server is backed up by its administrator
            self.backup_action.setEnabled(False)
        self.file_menu.addSeparator()
        self.import_menu = QMenu(self.tr("Import"), self)
        self.import_menu.setIcon(icon("import"))
        self.export_menu = QMenu(self.tr("Export"), self)
        self.export_menu.setIcon(icon("export"))
        populate_import_menu(self.import_menu, self)
        populate_export_menu(self.export_menu, self)
        self.file_menu.addMenu(self.import_menu)
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addSeparator()
        self.quit_action = self._action(
            self.tr("Quit"), self.close, "quit", QKeySequence.StandardKey.Quit
        )
        self.file_menu.addAction(self.quit_action)
        install_voices_menu(self)
        install_network_menu(self)

        self.settings_action = self._action(self.tr("Settings…"), self._on_settings, "settings")
        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.settings_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            self.tr("User guide"), self._on_guide, "", QKeySequence.StandardKey.HelpContents
        )
        help_menu.addAction(self.guide_action)
        self.addAction(self.guide_action)  # F1 also while the menu bar is hidden or unfocused
        self.about_action = self._action(self.tr("About EduQA Desktop"), self._on_about, "about")
        help_menu.addAction(self.about_action)
        install_safety_menus(self)  # File ▸ Restore…, Help ▸ Verify the record of changes

        self.refresh_action = self._action(self.tr("Refresh"), self._on_refresh, "refresh", "F5")
        self.find_action = self._action(
            self.tr("Find"), self._on_find, "search", QKeySequence.StandardKey.Find
        )
        self.paper_action = self._action(
            self.tr("Print…"), self._on_print_paper, "print", QKeySequence.StandardKey.Print
        )
        self.print_action = self._action(
            self.tr("Save as PDF…"), self._on_print, "export", "Ctrl+Shift+P"
        )
        self.new_observation_action = self._action(
            self.tr("New observation"),
            lambda: self.observations_tab.new_observation(),
            "new",
            "Ctrl+N",
        )
        self.file_menu.insertAction(self.quit_action, self.paper_action)
        self.file_menu.insertAction(self.quit_action, self.print_action)
        self.file_menu.insertSeparator(self.quit_action)
        for action in (
            self.refresh_action, self.find_action, self.paper_action, self.print_action
        ):  # fmt: skip
            self.addAction(action)
        self.addAction(self.new_observation_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = [p for p in self.context.preferences.recent_files if p]
        for path in files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(
                lambda _checked=False, p=path: self.open_database_requested.emit(p)
            )
        self.recent_menu.setEnabled(bool(files))

    # --- status bar and schools --------------------------------------------------------------

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.db_label = QLabel()
        self.school_selector = QComboBox()
        self.school_selector.setAccessibleName(self.tr("School"))
        self.school_selector.setMinimumContentsLength(24)
        self.school_label = QLabel()
        self.term_label = QLabel(self._current_term_text())
        status.addPermanentWidget(self.school_label)
        status.addPermanentWidget(self.term_label)
        status.addPermanentWidget(self.school_selector)
        status.addPermanentWidget(self.db_label)
        self._fill_school_selector()
        self.school_selector.currentIndexChanged.connect(self._on_school_selected)
        path = self.context.db.path
        if path is None:  # a server: its database and host, the whole URL in the tooltip
            server = make_url(self.context.db.url)
            name = f"{server.database} @ {server.host or 'localhost'}"
        else:
            name = path.name
        self.db_label.setText(self.tr("Database: {name}").format(name=name))
        self.db_label.setToolTip(str(path) if path else self.context.db.url)

    def _current_term_text(self) -> str:
        today = date.today()
        year = year_name_for(today)
        return self.tr("{year}, quarter {number}").format(
            year=year, number=quarter_for(today, year)
        )

    def _fill_school_selector(self) -> None:
        schools = list_schools(self.context.db)
        self.school_selector.blockSignals(True)
        self.school_selector.clear()
        for school in schools:
            self.school_selector.addItem(school.name, school.id)
        if self.context.school is not None:
            self.school_selector.setCurrentIndex(
                max(0, self.school_selector.findData(self.context.school.id))
            )
        self.school_selector.blockSignals(False)
        several = len(schools) > 1
        self.school_selector.setVisible(several)
        self.school_label.setVisible(not several)
        self.school_label.setText(self.context.school.name if self.context.school else "")

    def show_school(self, school: SchoolInfo | None) -> None:
        """Point the school selector back at `school` (a change of school was not made)."""
        self.school_selector.blockSignals(True)
        if school is not None:
            self.school_selector.setCurrentIndex(self.school_selector.findData(school.id))
        self.school_selector.blockSignals(False)

    def _on_school_selected(self, index: int) -> None:
        school_id = self.school_selector.itemData(index)
        if school_id is not None and school_id != self.context.school_id:
            self.school_changed.emit(int(school_id))

    def _update_title(self) -> None:
        school = self.context.school.name if self.context.school else ""
        self.setWindowTitle(f"EduQA Desktop — {school}" if school else "EduQA Desktop")

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # --- actions -------------------------------------------------------------------------------

    def _on_new_database(self) -> None:
        path = prompts.save_file(self, self.tr("New database"), "school.sqlite3", DB_FILTER)
        if path:
            self.new_database_requested.emit(path)

    def _on_open_database(self) -> None:
        path = prompts.open_file(self, self.tr("Open database"), DB_FILTER)
        if path:
            self.open_database_requested.emit(path)

    def _on_backup(self) -> None:
        source = self.context.db.path
        if source is None:
            return
        target = prompts.save_file(
            self, self.tr("Back up the database"), backups.suggested_name(source), DB_FILTER
        )
        if not target:
            return
        if Path(target).resolve() == source.resolve():
            prompts.warning(
                self,
                self.tr("Backup"),
                self.tr("Choose another file: a backup cannot replace the database itself."),
            )
            return
        try:
            backups.backup_to(source, Path(target), by=principal_of(self.context.db))
        except UserError as problem:  # read-only folder, full disk: said in the user's words
            prompts.show_user_error(self, self.tr("Backup"), problem)
            return
        except OSError as error:
            prompts.error(
                self,
                self.tr("Backup"),
                self.tr("The backup could not be written. Choose another folder."),
                str(error),
            )
            return
        self.show_message(self.tr("Backup saved to {path}").format(path=target))

    def _on_settings(self) -> None:
        dialog = SettingsDialog(self.context, self)
        if self.context.may(Action.SETTINGS):  # else only the user's own language and name
            dialog.add_page(ThresholdsPage(self.context), self.tr("Analysis"))
            dialog.add_page(SurveySettingsPage(self.context), self.tr("Surveys"))
            dialog.add_page(FileLimitsPage(self.context), self.tr("Files and backups"))
        if dialog.exec() and dialog.chosen_language() != self.context.preferences.language:
            self.context.preferences.language = dialog.chosen_language()
            self.context.save_preferences()
            self.language_changed.emit(self.context.language)

    def _on_guide(self) -> None:
        """F1: the user guide beside the window (one at a time; F1 again brings it forward)."""
        from eduqa_desktop.ui.dialogs.help_dialog import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self.language_shown, self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def _on_about(self) -> None:
        AboutDialog(self.context, self).exec()

    def _on_find(self) -> None:
        """Ctrl+F: the current tab's search field (tabs that have one define focus_search)."""
        focus_search = getattr(self.tabs.currentWidget(), "focus_search", None)
        if focus_search is not None:
            focus_search()

    def _on_print_paper(self) -> None:
        """Ctrl+P: what the current tab shows, on a printer (tabs define print_on_paper; the
        others save it as PDF)."""
        tab = self.tabs.currentWidget()
        print_on_paper = getattr(tab, "print_on_paper", None)
        if print_on_paper is not None:
            print_on_paper()
        else:
            self._on_print()

    def _on_print(self) -> None:
        """Ctrl+Shift+P: a PDF of what the current tab shows (tabs define print_current)."""
        print_current = getattr(self.tabs.currentWidget(), "print_current", None)
        if print_current is not None:
            print_current()

    def _on_refresh(self) -> None:
        app_signals().data_changed.emit("database")

    def _on_data_changed(self, what: str) -> None:
        if what in ("school", "database"):
            self._fill_school_selector()

    # --- window state ----------------------------------------------------------------------------

    def current_tab_name(self) -> str:
        return TAB_NAMES[self.tabs.currentIndex()]

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1366, 768)
        tab = settings.value("main_window/tab", "dashboard")
        if tab in TAB_NAMES:
            self.show_tab(str(tab))

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/tab", self.current_tab_name())

    def unsaved_tabs(self) -> list[str]:
        """Tabs holding input not yet saved (tabs say so with has_unsaved_changes)."""
        names = []
        for index in range(self.tabs.count()):
            has_unsaved = getattr(self.tabs.widget(index), "has_unsaved_changes", None)
            if has_unsaved is not None and has_unsaved():
                names.append(self.tabs.tabText(index))
        return names

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self.unsaved_tabs()
        if unsaved and not prompts.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("{tabs}: some changes are not saved yet. Close and lose them?").format(
                tabs=", ".join(unsaved)
            ),
        ):
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
