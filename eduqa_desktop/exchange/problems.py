"""A problem found in a file: where (sheet, row, column), what was there, and why it is wrong."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eduqa_desktop.errors import UserError


@dataclass(frozen=True)
class Problem:
    """One row-level problem. `template` is an English text marked with
    QT_TRANSLATE_NOOP("Messages", …); the UI translates it, then fills `params`."""

    sheet: str
    row: int | None
    column: str  # the column letter ("C"), "" for the whole row or file
    value: str  # the value found, as text
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template

    def as_json(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "message": self.message,
        }

    @classmethod
    def from_error(cls, error: UserError, sheet: str = "") -> Problem:
        return cls(sheet, None, "", "", error.template, dict(error.params))


def shown(value: object, limit: int = 80) -> str:
    """A found value as text for a problem report (shortened)."""
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"
