"""A log formatter that masks database passwords (:mod:`masked_text`) in every line and in
the tracebacks, for the log file and for the warnings a command prints."""

from __future__ import annotations

import logging

from eduqa_desktop.masked_text import hide_passwords

__all__ = ["MaskedFormatter"]


class MaskedFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return hide_passwords(super().format(record))
