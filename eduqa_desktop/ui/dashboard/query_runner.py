"""Sub-second queries off the GUI thread, the latest request winning.

``ui/worker.run_in_background`` is for long work: a window-modal progress dialog with *Cancel*.
A dashboard refresh takes a fraction of a second and the user may change three filters in a
row, so this lighter helper runs each query on the thread pool without a dialog and delivers
only the result of the latest request (an older one finishing late is dropped).
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object, str)


class _Query(QRunnable):
    def __init__(self, serial: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.serial = serial
        self.fn = fn
        self.finished = threading.Event()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:
            self.signals.failed.emit(self.serial, error, traceback.format_exc())
        else:
            self.signals.done.emit(self.serial, result)
        finally:
            self.finished.set()


# Every query stays referenced here until its thread has finished with it — not only by the
# runner, which may be deleted (its tab closed) while a query still runs on the pool. (A query
# whose runner is gone stays here: a rare, small leak rather than a runnable freed mid-run.)
_alive: set[_Query] = set()


def wait_for_running_queries(timeout: float = 10.0) -> bool:
    """Block until every query started on the pool has returned (at most `timeout` seconds);
    whether they all did. Called before a window holding runners is deleted (a new language,
    another school, the end of a test): a query still running while its window's objects and
    database are torn down on the GUI thread can deadlock the two threads. The wait holds
    neither the GIL nor any Qt lock, so the query runs on; its late result is delivered, or
    dropped with its runner, by the event loop afterwards."""
    deadline = time.monotonic() + timeout
    for query in list(_alive):
        if not query.finished.wait(max(0.0, deadline - time.monotonic())):
            log.warning("a dashboard query was still running after %.0f s", timeout)
            return False
    return True


def _release(query: _Query | None) -> None:
    """Drop a finished query a moment later (the pool reads it once run() has returned)."""
    if query is not None:
        QTimer.singleShot(1000, lambda: _alive.discard(query))


class QueryRunner(QObject):
    """``submit(fn, on_done)``; ``busy`` while the latest request runs."""

    busy_changed = Signal(bool)
    failed = Signal(object, str)  # the error and its traceback, of the latest request

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serial = 0
        self._callbacks: dict[int, Callable[[Any], None]] = {}
        self._queries: dict[int, _Query] = {}
        self.busy = False

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> int:
        self._serial += 1
        query = _Query(self._serial, fn)
        query.signals.done.connect(self._on_done)
        query.signals.failed.connect(self._on_failed)
        _alive.add(query)
        self._queries[self._serial] = query
        self._callbacks[self._serial] = on_done
        self._set_busy(True)
        QThreadPool.globalInstance().start(query)
        return self._serial

    def _finish(self, serial: int) -> bool:
        """Forget the request; whether it is the latest one (the runner is idle again)."""
        _release(self._queries.pop(serial, None))
        latest = serial == self._serial
        if latest:
            self._set_busy(False)
        return latest

    def _on_done(self, serial: int, result: Any) -> None:
        callback = self._callbacks.pop(serial, None)
        if self._finish(serial) and callback is not None:
            callback(result)

    def _on_failed(self, serial: int, error: Exception, details: str) -> None:
        self._callbacks.pop(serial, None)
        log.error("dashboard query failed: %s\n%s", error, details)
        if self._finish(serial):
            self.failed.emit(error, details)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)
