"""One window per database: a lock file beside it (QLockFile) and a local socket to bring the
window that holds it forward.

The lock file is `<database>.lock`. A lock left by a process that no longer runs (a crash, a
power cut) is taken over by QLockFile itself: it records the process id and host, and a lock
whose process is gone is stale. A folder where no lock file can be written (read-only media)
does not stop the user: the database opens without the guard, and the log says so.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from eduqa_desktop.ui import prompts

log = logging.getLogger(__name__)

RAISE_REQUEST = b"raise\n"
CONNECT_TIMEOUT_MS = 500


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def server_name(database: Path) -> str:
    """The local socket of the window that holds `database` (one name per file)."""
    digest = hashlib.sha1(str(database).encode("utf-8")).hexdigest()[:20]
    return f"eduqa-{digest}"


class DatabaseLock(QObject):
    """The lock on one database file, and the socket others use to ask for our window."""

    def __init__(self, database: Path, on_raise: Callable[[], None]) -> None:
        super().__init__()
        self.database = database
        self.file = QLockFile(str(lock_path(database)))
        self.file.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: QLocalServer | None = None
        self._on_raise = on_raise

    def acquire(self) -> bool:
        """True when this process may open the database (the lock is ours, or cannot exist)."""
        if self.file.tryLock(0):
            self._listen()
            return True
        if self.file.error() == QLockFile.LockError.LockFailedError:
            return False
        log.warning("no lock file beside %s (%s): opened unguarded", self.database,
                    self.file.error().name)  # fmt: skip
        return True

    def _listen(self) -> None:
        name = server_name(self.database)
        QLocalServer.removeServer(name)  # a socket file left by a crashed process
        server = QLocalServer(self)
        if not server.listen(name):
            log.warning("cannot listen on %s: %s", name, server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_request(socket)

    def _on_request(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_REQUEST.strip()):
            self._on_raise()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.file.isLocked():
            self.file.unlock()


def ask_holder_to_raise(database: Path) -> bool:
    """Ask the window that holds `database` to come forward; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(database))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE_REQUEST)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


def bring_forward(window: QWidget | None) -> None:
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class InstanceGuard:
    """The lock of the database the application has open; a new one is claimed before
    another database opens and kept only when the opening succeeds."""

    def __init__(self, on_raise: Callable[[], None]) -> None:
        self.current: DatabaseLock | None = None
        self._on_raise = on_raise

    def claim(self, path: str | Path, parent: QWidget | None) -> DatabaseLock | None:
        """The lock for `path` (ours already, or newly taken) — or None when another window
        holds it; the user has then been told, and offered that window."""
        database = Path(path).resolve()
        if self.current is not None and self.current.database == database:
            return self.current
        lock = DatabaseLock(database, self._on_raise)
        if lock.acquire():
            return lock
        title = QCoreApplication.translate("SingleInstance", "The database is already open")
        if prompts.question(
            parent,
            title,
            QCoreApplication.translate(
                "SingleInstance",
                "“{name}” is already open in another EduQA Desktop window. A database is "
                "opened in one window at a time, so that no change is lost.\n\n"
                "Bring that window forward?",
            ).format(name=database.name),
        ) and not ask_holder_to_raise(database):
            prompts.warning(
                parent,
                title,
                QCoreApplication.translate(
                    "SingleInstance",
                    "The other window did not answer. Switch to it from the taskbar.",
                ),
            )
        return None

    def keep(self, lock: DatabaseLock) -> None:
        """`lock`'s database is now the open one: the previous lock is let go."""
        if lock is self.current:
            return
        if self.current is not None:
            self.current.release()
        self.current = lock

    def drop(self, lock: DatabaseLock) -> None:
        """The database of `lock` did not open after all."""
        if lock is not self.current:
            lock.release()

    def release(self) -> None:
        if self.current is not None:
            self.current.release()
            self.current = None
