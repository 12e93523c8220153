"""No traceback reaches a person: what the command line does with a failure it did not plan.

`run_safely(work, voice)` runs a whole command. A refusal (UserError, CommandRefused) is
already said by `run_command`; what is left here:

* a closed pipe (`eduqa indicators … | head`): the reader has what it wanted, so the command
  ends quietly — stdout is pointed at the null device so that Python's own flush at exit
  cannot complain either (the recipe of the `signal` module's documentation);
* Ctrl+C: "interrupted", exit 1;
* anything else: one sentence in the user's language — a full disk, a folder that cannot be
  written, a database that is locked or damaged, no memory, or "something went wrong" — plus
  the log file's path, where the traceback is written; exit 1.

`SystemExit` passes through (argparse's usage errors exit 2 themselves).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable

from eduqa_desktop.cli.translation import Voice
from eduqa_desktop.masked_text import hide_passwords
from eduqa_desktop.text import QT_TRANSLATE_NOOP

EXIT_OK, EXIT_FAILED = 0, 1

INTERRUPTED = QT_TRANSLATE_NOOP("Cli", "interrupted")
DISK_FULL = QT_TRANSLATE_NOOP(
    "Cli",
    "The disk is full: the command could not finish and nothing was saved. "
    "Free some space and try again.",
)
NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Cli",
    "A file or folder could not be written (read-only or no permission): {path}. "
    "Nothing was saved.",
)
LOCKED = QT_TRANSLATE_NOOP(
    "Cli",
    "The database is busy in another program (the app may be open with it). "
    "Close it and try again.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Cli",
    "The database file is damaged. Run “eduqa check” on it, "
    "or restore a backup with “eduqa restore”.",
)
NO_MEMORY = QT_TRANSLATE_NOOP(
    "Cli", "The computer ran out of memory: the command could not finish and nothing was saved."
)
UNEXPECTED = QT_TRANSLATE_NOOP(
    "Cli", "Something went wrong and the command could not finish; your saved data is safe."
)
SEE_LOG = QT_TRANSLATE_NOOP("Cli", "Details are in the log file: {path}")
NO_LOG = QT_TRANSLATE_NOOP("Cli", "(The log file could not be written either.)")

_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}


def _cause_chain(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def sentence_for(error: BaseException) -> tuple[str, dict[str, object]]:
    """The sentence (a "Cli" template and its params) that says what went wrong."""
    for item in _cause_chain(error):
        if isinstance(item, MemoryError):
            return NO_MEMORY, {}
        if isinstance(item, OSError):
            if item.errno == errno.ENOSPC:
                return DISK_FULL, {}
            if item.errno in _READ_ONLY:
                return NOT_WRITABLE, {"path": item.filename or "?"}
        text = str(item).lower()
        if "database or disk is full" in text:
            return DISK_FULL, {}
        if "readonly database" in text or ("read-only" in text and "database" in text):
            return NOT_WRITABLE, {"path": "?"}
        if "database is locked" in text:
            return LOCKED, {}
        if "malformed" in text or "not a database" in text or "disk i/o error" in text:
            return DAMAGED, {}
    return UNEXPECTED, {}


def _quiet_stdout() -> None:
    """After a closed pipe: whatever Python still flushes at exit goes nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout is not a real file (a test)
        pass


def _tell(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):  # stderr closed too: nothing more to say
        print(hide_passwords(text), file=sys.stderr)


def explain(error: BaseException, voice: Voice) -> None:
    """Log the traceback and say in one sentence (plus the log's path) what happened."""
    import logging  # with logging.handlers: only on a failure

    from eduqa_desktop.log_file import attach_log_file

    template, params = sentence_for(error)
    path = attach_log_file(logging.WARNING)
    logging.getLogger("eduqa_desktop.cli").error("command failed: %r", error, exc_info=error)
    where = voice.cli(SEE_LOG, path=path) if path else voice.cli(NO_LOG)
    _tell(f"{voice.cli(template, **params)} {where}")


def run_safely(work: Callable[[], int], voice: Callable[[], Voice]) -> int:
    """`work()`'s exit code; any failure becomes a sentence (see the module docstring).

    `voice` is asked only when there is something to say (it may load a catalogue)."""
    try:
        code = work()
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        _tell(voice().cli(INTERRUPTED))
        return EXIT_FAILED
    except SystemExit:
        raise
    except BaseException as error:  # the last net: nothing gets past it
        try:
            explain(error, voice())
        except Exception:  # even the explaining failed: say it in English, never a traceback
            _tell(UNEXPECTED)
        return EXIT_FAILED
