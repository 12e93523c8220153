"""Errors a user can act on (defined in eduqa_desktop/errors.py, below every layer)."""

from __future__ import annotations

from eduqa_desktop.errors import MESSAGES_CONTEXT, NotFoundError, UserError

__all__ = ["MESSAGES_CONTEXT", "NotFoundError", "UserError"]
