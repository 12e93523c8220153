"""The time limit of one incoming file, over the whole of its import: from the first look at
the file (its size, its zip, its XML) through opening, reading and validating it, up to the
write.

A service holds each file it imports to it::

    deadline = file_deadline(path)           # started now: FileLimits.max_seconds in force
    with deadline:                           # in force for everything below
        rows = read_table(path, …)           # the file guard and the readers check it
        validate(rows, deadline.watching(progress))   # every progress.check() checks it too
        deadline.check()                     # and so may any loop of one's own
    write(…)                                 # the write itself is not timed

Or, for work done in one go, ``plan = timed(path, lambda: read_and_check(path))``.
The block may be entered more than once (reading outside a transaction, validating inside),
and the same file's deadline is found again when a service deep down opens it once more.
Everything checks the deadline in force (:func:`check_deadline`); without one, the file guard
starts one for the file it checks (then only the reading is timed).

The clock is the monotonic one; a test passes time without waiting (:func:`using_clock`).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar, Token
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from eduqa_desktop.exchange.file_limits import FileLimits, FileRefused, current_limits
from eduqa_desktop.progress import Progress
from eduqa_desktop.text import QT_TRANSLATE_NOOP

Clock = Callable[[], float]
T = TypeVar("T")

TOO_SLOW = QT_TRANSLATE_NOOP(
    "Messages",
    "Reading “{file}” took longer than {limit} seconds, the limit for one file; it was "
    "stopped and nothing was written.",
)

_CLOCK: ContextVar[Clock] = ContextVar("file_deadline_clock", default=time.monotonic)
_IN_FORCE: ContextVar[Deadline | None] = ContextVar("file_deadline", default=None)


@contextlib.contextmanager
def using_clock(clock: Clock) -> Iterator[Clock]:
    """Deadlines started inside the block read `clock` (seconds) instead of the real one."""
    token = _CLOCK.set(clock)
    try:
        yield clock
    finally:
        _CLOCK.reset(token)


class Deadline:
    """One file's time limit: `check()` refuses once `seconds` have passed since the start."""

    def __init__(self, path: Path | str, seconds: float, clock: Clock | None = None) -> None:
        self.path = Path(path)
        self.seconds = seconds
        self.clock = clock or _CLOCK.get()
        self.ends = self.clock() + seconds
        self._tokens: list[Token[Deadline | None]] = []

    def check(self) -> None:
        if self.clock() > self.ends:
            raise FileRefused(
                TOO_SLOW, exceeded="max_seconds", file=self.path.name, limit=f"{self.seconds:g}"
            )

    def watching(self, progress: Progress) -> Progress:
        """`progress`, whose every check() also checks this deadline."""
        return _Watched(progress, self)

    def __enter__(self) -> Deadline:
        self._tokens.append(_IN_FORCE.set(self))
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        _IN_FORCE.reset(self._tokens.pop())


def deadline_in_force() -> Deadline | None:
    return _IN_FORCE.get()


def file_deadline(path: Path | str, limits: FileLimits | None = None) -> Deadline:
    """The deadline in force when it is this file's; else a new one, started now."""
    held = _IN_FORCE.get()
    if held is not None and _same_file(held.path, Path(path)):
        return held
    return Deadline(path, (limits or current_limits()).max_seconds)


def timed(path: Path | str, work: Callable[[], T], limits: FileLimits | None = None) -> T:
    """`work()` (reading and checking the file, not the write) held to the file's deadline,
    checked once more when it ends: a step with no check of its own is timed too."""
    with file_deadline(path, limits) as deadline:
        result = work()
        deadline.check()
        return result


def check_deadline() -> None:
    """Refuse (FileRefused, max_seconds) when the deadline in force has passed."""
    held = _IN_FORCE.get()
    if held is not None:
        held.check()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a == b or a.resolve() == b.resolve()
    except OSError:
        return False


class _Watched(Progress):
    """A progress that checks a deadline whenever the work checks for a cancel."""

    def __init__(self, inner: Progress, deadline: Deadline) -> None:
        super().__init__()
        self.inner, self.deadline = inner, deadline

    def report(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        self.inner.report(done, total)

    def cancel(self) -> None:
        self.inner.cancel()

    @property
    def cancelled(self) -> bool:
        return self.inner.cancelled

    def check(self) -> None:
        self.inner.check()
        self.deadline.check()
