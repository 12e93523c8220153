"""The open database and its main window: opening a file or a server (with the checks, the
login and the first start that come first), the window built anew for a new language, school or
account, and the demo school."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy.engine import make_url

from eduqa_desktop.credentials import remembered_password, with_password, without_password
from eduqa_desktop.paths import data_dir
from eduqa_desktop.services.access import has_accounts
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.schools import SchoolInfo, create_school, list_schools
from eduqa_desktop.settings import Preferences, save_preferences
from eduqa_desktop.storage.database import (
    BackupNeededError,
    Database,
    DatabaseError,
    DatabaseTooNewError,
    DriverMissingError,
    ServerUnreachableError,
    is_url,
    open_database,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.accounts.login_dialog import LoginDialog
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dashboard.query_runner import wait_for_running_queries
from eduqa_desktop.ui.dialogs.connect_dialog import ConnectDialog
from eduqa_desktop.ui.dialogs.first_start_dialog import FirstStartDialog
from eduqa_desktop.ui.integrity_prompt import intact_or_restored, warn_about_drive
from eduqa_desktop.ui.language import install_language
from eduqa_desktop.ui.main_window import MainWindow
from eduqa_desktop.ui.single_instance import InstanceGuard, bring_forward
from eduqa_desktop.ui.worker import run_in_background

log = logging.getLogger(__name__)


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite3"


class Controller(QObject):
    """Opens databases and builds the main window; rebuilds it for a new language or school."""

    def __init__(
        self,
        preferences: Preferences,
        preferences_path: Path | None = None,
        *,
        user: str | None = None,
    ) -> None:
        super().__init__()
        self.preferences = preferences
        self.user = user or ""  # --user: the name the login dialog starts with
        self.preferences_path = preferences_path
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.school: SchoolInfo | None = None
        self.guard = InstanceGuard(lambda: bring_forward(self.window))
        self.refused_as_open_elsewhere = False
        self.login_cancelled = False  # the last database opened had accounts, and no login
        prompts.on_login_required(self._log_in_again)

    # --- opening -------------------------------------------------------------------------------

    def open(self, path: str | Path, *, first_start: bool = True) -> bool:
        if is_url(path):
            return self._open_server(str(path), first_start=first_start)
        lock = self.guard.claim(path, self.window)
        if lock is None:  # another window has it open; the user was told
            self.refused_as_open_elsewhere = True
            return False
        if not self._open_locked(path, first_start=first_start):
            self.guard.drop(lock)
            return False
        self.guard.keep(lock)
        return True

    def _open_locked(self, path: str | Path, *, first_start: bool) -> bool:
        if not intact_or_restored(self.window, path):  # quick_check; offers the last good backup
            return False
        try:
            db = open_database(path, confirm_unbacked_upgrade=self._confirm_unbacked_upgrade)
        except DatabaseError as error:
            prompts.error(
                self.window,
                QCoreApplication.translate("Controller", "Cannot open the database"),
                self._why_not(path, error),
                str(error),
            )
            return False
        except OSError as error:
            prompts.error(
                self.window,
                QCoreApplication.translate("Controller", "Cannot open the database"),
                QCoreApplication.translate(
                    "Controller", "“{path}” cannot be read or written. Check the folder."
                ).format(path=path),
                str(error),
            )
            return False
        return self._adopt(db, first_start=first_start)

    def _why_not(self, path: str | Path, error: DatabaseError) -> str:
        """What the user is told when a database does not open, in their language."""
        shown = without_password(str(path)) if is_url(path) else str(path)
        if isinstance(error, ServerUnreachableError):
            return QCoreApplication.translate(
                "Controller", "Cannot connect to the server: {reason}"
            ).format(reason=error.reason)
        if isinstance(error, DriverMissingError):
            return QCoreApplication.translate(
                "Controller",
                "Server support is not installed. Install it with: "
                "pip install eduqa-desktop[server]",
            )
        if isinstance(error, BackupNeededError):
            return QCoreApplication.translate(
                "Controller",
                "“{path}” must be upgraded, and no backup could be made. "
                "Ask the administrator to back up the database first.",
            ).format(path=shown)
        if isinstance(error, DatabaseTooNewError):
            return QCoreApplication.translate(
                "Controller",
                "“{path}” was made by a newer version of EduQA Desktop. "
                "Install the newer version to open it.",
            ).format(path=shown)
        return QCoreApplication.translate(
            "Controller",
            "“{path}” cannot be opened as an EduQA database. "
            "Choose another file, or create a new one.",
        ).format(path=shown)

    def _confirm_unbacked_upgrade(self, revision: str, reason: str) -> bool:
        return prompts.question(
            self.window,
            QCoreApplication.translate("Controller", "Upgrade without a backup?"),
            QCoreApplication.translate(
                "Controller",
                "This version of EduQA Desktop must upgrade the server's database (now at "
                "schema {revision}), and cannot back it up first: {reason}.\n\n"
                "The administrator should back up the database before it is upgraded. "
                "Has that been done? Upgrade now?",
            ).format(revision=revision, reason=reason),
        )

    # --- a server --------------------------------------------------------------------------------

    def _open_server(self, url: str, *, first_start: bool) -> bool:
        """A server URL (from --db or the recent list): connect with the password it carries,
        the one remembered in the keyring, or none (libpq's ~/.pgpass); when that is refused,
        the Connect dialog asks, filled in."""
        if make_url(url).password is None:
            remembered = remembered_password(url)
            if remembered is not None:
                url = with_password(url, remembered)
        if self._try_server(url, first_start) is None:
            return True
        return self.connect_to_server(without_password(url), first_start=first_start)

    def connect_to_server(self, known: str | None = None, *, first_start: bool = True) -> bool:
        """File ▸ Connect to a server…; True once a server database is open."""
        dialog = ConnectDialog(
            lambda url: self._try_server(url, first_start), self.window, known=known
        )
        return bool(dialog.exec())

    def _try_server(self, url: str, first_start: bool) -> str | None:
        """None when `url` opened (and is shown), else what to tell the user."""
        try:
            db = open_database(url, confirm_unbacked_upgrade=self._confirm_unbacked_upgrade)
        except DatabaseError as error:
            log.warning("cannot open %s: %s", without_password(url), error)
            return self._why_not(url, error)
        if not self._adopt(db, first_start=first_start):
            if self.login_cancelled:
                return QCoreApplication.translate(
                    "Controller", "Nobody logged in to this database; nothing was opened."
                )
            return QCoreApplication.translate(
                "Controller", "The window kept its unsaved input; nothing was opened."
            )
        return None

    def _adopt(self, db: Database, *, first_start: bool) -> bool:
        """`db` becomes the open database (its window built), or is closed again."""
        self.login_cancelled = not self._log_in(db)
        if self.login_cancelled:
            db.close()
            return False
        schools = list_schools(db)
        previous_db, previous_school = self.db, self.school
        self.db, self.school = db, (schools[0] if schools else None)
        if self.school is None and first_start:
            opened = self._first_start()
        else:
            opened = self.build_window() is not None
        if not opened:  # the open window kept unsaved input: stay where we were
            self.db, self.school = previous_db, previous_school
            db.close()
            return False
        if previous_db is not None:
            previous_db.close()
        warn_about_drive(self.window, db.path or db.url)  # a network share, a USB stick
        if db.path is None:  # a server: the lock of the file left behind goes too
            self.guard.release()
        self.preferences.remember_file(str(db.path or db.url))  # never a password
        save_preferences(self.preferences, self.preferences_path)
        return True

    def _log_in(self, db: Database) -> bool:
        """A database with accounts asks who is there; True when logged in (or no accounts)."""
        if not has_accounts(db):
            return True
        place = db.path.name if db.path is not None else without_password(db.url)
        return bool(LoginDialog(db, self.window, login=self.user, place=place).exec())

    def _log_in_again(self) -> None:
        """A refusal said the account logged in is gone (disabled, removed): the login dialog,
        as File ▸ Log out / switch user… — cancelled, the window closes."""
        if self.db is not None and self.window is not None and self.window.isVisible():
            self.switch_user()

    def switch_user(self) -> None:
        """File ▸ Log out / switch user…: the login dialog again, and the window built anew
        for whoever logs in. Cancelled, that is a log out: the window closes."""
        assert self.db is not None
        window, previous = self.window, self.db.principal
        if LoginDialog(self.db, window).exec():
            schools = list_schools(self.db)
            if self.school is None or self.school.id not in {s.id for s in schools}:
                self.school = schools[0] if schools else None
            if self.build_window() is None:  # the window kept unsaved input
                self.db.principal = previous
            return
        if window is None or window.close():
            self.db.principal = None

    def _first_start(self) -> bool:
        dialog = FirstStartDialog(self.window)
        if not dialog.exec():
            # an empty database is still a valid place to be
            return self.build_window() is not None
        if dialog.choice == FirstStartDialog.DEMO:
            self.open_demo()
            return True
        assert self.db is not None
        try:
            administrator = dialog.administrator()
            if administrator is not None:  # first, so that the school is made by the account
                from eduqa_desktop.services.accounts import create_first_administrator

                create_first_administrator(self.db, *administrator)
            self.school = create_school(self.db, **dialog.school_fields())
        except UserError as problem:
            prompts.show_user_error(
                self.window, QCoreApplication.translate("Controller", "Set up my school"), problem
            )
            return self._first_start()
        return self.build_window() is not None

    def open_demo(self) -> None:
        from eduqa_desktop.services.demo import generate_demo

        path = demo_database_path()
        if path.exists():
            self.open(path, first_start=False)
            if self.school is not None:
                return
        db = open_database(path)

        def done(_summary: object) -> None:
            db.close()
            self.open(path, first_start=False)

        run_in_background(
            self.window,
            generate_demo,
            db,
            title=QCoreApplication.translate("Controller", "Preparing the demo school…"),
            on_done=done,
        )

    def new_database(self, path: str) -> None:
        target = Path(path)
        if target.exists():
            prompts.warning(
                self.window,
                QCoreApplication.translate("Controller", "New database"),
                QCoreApplication.translate(
                    "Controller", "“{path}” already exists. Choose a new file name."
                ).format(path=path),
            )
            return
        self.open(target)

    # --- the window ------------------------------------------------------------------------------

    def build_window(self) -> MainWindow | None:
        """A new main window in place of the open one — or None, with the open one left as it
        was, when that one refuses to close (the user keeps input that is not saved)."""
        assert self.db is not None
        context = UiContext(self.db, self.school, self.preferences, self.preferences_path)
        old = self.window
        window = MainWindow(context)
        window.open_database_requested.connect(lambda p: self.open(p))
        window.new_database_requested.connect(self.new_database)
        window.connect_server_requested.connect(lambda: self.connect_to_server())
        window.language_changed.connect(self.change_language)
        window.school_changed.connect(self.change_school)
        window.switch_user_requested.connect(self.switch_user)
        window.session_changed.connect(self.build_window)
        if old is not None:
            window.setGeometry(old.geometry())
            window.show_tab(old.current_tab_name())
            # Built before the old one closes, so its forms can take over unsaved input.
            if not old.close():
                window.deleteLater()
                return None
            wait_for_running_queries()
            old.deleteLater()
        self.window = window
        window.show()
        return window

    def change_language(self, language: str) -> None:
        previous = self.window.language_shown if self.window is not None else None
        install_language(language)
        if self.build_window() is None and previous is not None:
            install_language(previous)
            self.preferences.language = previous
            save_preferences(self.preferences, self.preferences_path)

    def close(self) -> None:
        """Let go of the database and its lock, the local socket with it. Done when the event
        loop ends, and by every test that made a controller: a socket notifier left to the
        garbage collector can fire on a closed descriptor."""
        self.guard.release()
        prompts.on_login_required(None)
        if self.db is not None:
            wait_for_running_queries()
            self.db.close()
            self.db = None

    def change_school(self, school_id: int) -> None:
        assert self.db is not None
        previous = self.school
        self.school = next((s for s in list_schools(self.db) if s.id == school_id), self.school)
        if self.build_window() is None:
            self.school = previous
            if self.window is not None:
                self.window.show_school(previous)
