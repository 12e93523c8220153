"""Errors a user can act on, carrying a translatable message.

Below every layer, like text.py: domain, storage, exchange and services all raise them
(services/errors.py re-exports them for the code that imports them from there).
"""

from __future__ import annotations

TYPE_CHECKING = False  # as typing's: not importing typing saves `eduqa info` a few ms
if TYPE_CHECKING:
    from typing import Any

MESSAGES_CONTEXT = "Messages"


class UserError(Exception):
    """Refused input or an impossible request.

    `template` is English text marked with QT_TRANSLATE_NOOP("Messages", …); `params` fill its
    `{placeholders}`. `str(error)` is the English message (for logs and the command line);
    the UI shows the template translated, then formatted.
    """

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.format(template))

    def format(self, template: str) -> str:
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


class NotFoundError(UserError):
    """A record the request names does not exist (any more)."""
