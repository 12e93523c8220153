"""The one helper for long work: run a core function on the thread pool with progress and cancel.

The function gets a `progress` keyword argument (a `Progress`) and runs with its own database
session. Results and errors come back on the GUI thread. The progress dialog appears only when
the work lasts longer than about half a second; *Cancel* sets `progress.cancelled`, and the
function raises `Cancelled`, so that it writes nothing.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from eduqa_desktop.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 500


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object, str)  # the exception, its traceback text
    cancelled = Signal()


class _QtProgress(Progress):
    def __init__(self, signals: _Signals) -> None:
        super().__init__()
        self._signals = signals

    def report(self, done: int, total: int) -> None:
        super().report(done, total)
        self._signals.progress.emit(done, total)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.progress = _QtProgress(self.signals)
        self._fn, self._args, self._kwargs = fn, args, kwargs

    def run(self) -> None:
        try:
            result = self._fn(*self._args, progress=self.progress, **self._kwargs)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:
            self.signals.failed.emit(error, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)


class BackgroundTask(QObject):
    """A running job; `finished` fires once, after on_done/on_error/on_cancel ran."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        job: _Job,
        title: str,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[Exception, str], None] | None,
        on_cancel: Callable[[], None] | None,
    ) -> None:
        super().__init__(parent)
        self.job = job
        self.done = False
        self.result: Any = None
        self.error: Exception | None = None
        self._on_done, self._on_error, self._on_cancel = on_done, on_error, on_cancel
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        # QProgressDialog shows itself after minimumDuration only once a value is set.
        QTimer.singleShot(0, lambda: self.dialog.setValue(0) if not self.done else None)
        job.signals.progress.connect(self._on_progress)
        job.signals.succeeded.connect(self._succeeded)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)

    def cancel(self) -> None:
        self.job.progress.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if self.done:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    def _finish(self) -> None:
        self.done = True
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.finished.emit()

    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._finish()
        if self._on_done:
            self._on_done(result)

    def _failed(self, error: Exception, details: str) -> None:
        self.error = error
        log.error("background work failed: %s\n%s", error, details)
        self._finish()
        if self._on_error:
            self._on_error(error, details)
        else:
            from eduqa_desktop.ui.error_reporting import report_exception

            report_exception(error, details, self.parent())  # type: ignore[arg-type]

    def _cancelled(self) -> None:
        self._finish()
        if self._on_cancel:
            self._on_cancel()


_running: set[BackgroundTask] = set()
_lock = threading.Lock()


def run_in_background(
    parent: QWidget | None,
    fn: Callable[..., Any],
    *args: Any,
    title: str,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception, str], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    **kwargs: Any,
) -> BackgroundTask:
    job = _Job(fn, args, kwargs)
    task = BackgroundTask(parent, job, title, on_done, on_error, on_cancel)
    with _lock:
        _running.add(task)
    task.finished.connect(lambda: _running.discard(task))
    QThreadPool.globalInstance().start(job)
    return task
