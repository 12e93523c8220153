"""Progress and cancellation for long work, without Qt (the UI wraps it, the CLI ignores it)."""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """The user cancelled; the work stops and writes nothing."""


class Progress:
    """Passed to long-running functions: report how far they are, check for cancel."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0

    def report(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def __call__(self, done: int, total: int) -> None:
        """A Progress is also a plain `progress(done, total)` callback."""
        self.report(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled when the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()


NO_PROGRESS = Progress()
