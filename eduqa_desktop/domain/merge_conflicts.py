"""A record changed on both sides of an exchange, and the user's choice for it.

A conflict is listed with both versions (the fields that differ); the user keeps this
computer's copy ("ours", the default) or takes the package's ("theirs"), one conflict at a
time or all at once. Some conflicts cannot be settled by taking the package's copy (two
people with one personnel number, a final observation a package would delete): they are
listed with ``resolvable`` False and always keep ours.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

OURS = "ours"
THEIRS = "theirs"
PREFERENCES = (OURS, THEIRS)


def shown_value(value: Any) -> Any:
    """A field's value as JSON and the preview show it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, set | frozenset | list | tuple):
        return sorted(str(v) for v in value)
    return value


@dataclass
class Conflict:
    record: str  # "teacher", "result", "observation", "school", "deletion" …
    uuid: str
    what: str
    here: dict[str, Any]
    package: dict[str, Any]
    resolvable: bool = True
    choice: str = OURS  # what was done: the copy kept
    reason: str = ""  # a Messages template saying why, when the fields do not

    @property
    def key(self) -> str:
        """Names the conflict across a preview and the import that follows it."""
        return f"{self.record}:{self.uuid or self.what}"

    def as_json(self) -> dict[str, Any]:
        return {"record": self.record, "uuid": self.uuid, "what": self.what,
                "here": self.here, "package": self.package, "choice": self.choice,
                "resolvable": self.resolvable}  # fmt: skip


@dataclass(frozen=True)
class Choices:
    """What to do with each conflict: the one picked for its key, else the preference."""

    prefer: str = OURS
    picked: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.prefer not in PREFERENCES:
            raise ValueError(f"prefer {self.prefer!r}")

    def of(self, conflict: Conflict) -> str:
        if not conflict.resolvable:
            return OURS
        return self.picked.get(conflict.key, self.prefer)

    def take_theirs(self, conflict: Conflict) -> bool:
        """Decide `conflict` (its ``choice`` is set); whether the package's copy is taken."""
        conflict.choice = self.of(conflict)
        return conflict.choice == THEIRS


KEEP_OURS = Choices()
