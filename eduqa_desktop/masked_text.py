"""Database passwords kept out of what is shown and logged.

The command line echoes what it was given (``--db`` in a refusal, in ``--json``), errors quote
connection strings, and the log file keeps tracebacks: a password in any of them would reach a
terminal, a script's log or a report pasted into a chat. Everything a command prints and every
line of the log file passes through :func:`hide_passwords` (no imports: the quickest commands
use it too)."""

from __future__ import annotations

import re

__all__ = ["hide_passwords"]

# scheme://user:password@host — the password runs to the last "@" before the host's path
_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s:/@]*):[^\s/]*@")


def hide_passwords(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    return _URL_PASSWORD.sub(r"\1:***@", text)
