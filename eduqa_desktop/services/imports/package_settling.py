"""How one record of a school's package settles against the district's copy of it.

A record is found by UUID (or its natural key). Absent → created with the package's UUID and
time stamp. Identical → unchanged. Different → the time stamps decide, against the *base*:
when the district last received a package of this school (the newest ``made_at``).

- changed here since the base (the district edited it) and changed at school since too →
  a conflict, listed with both versions; the district's copy stays;
- changed here only → the district's copy stays;
- otherwise the later ``updated_at`` wins: a newer package updates, an older one changes
  nothing (same time but other content is a conflict too).

A conflict the user settled by taking the package's copy (``Choices``) is written as an
update would be, with an audit entry (``take_theirs``) holding both versions; it stays in
the list, with its choice, so that the report says what was chosen.

Merged records keep the package's ``updated_at``, so that the next package compares alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from eduqa_desktop.domain.merge_conflicts import KEEP_OURS, Choices, Conflict, shown_value
from eduqa_desktop.services import audit

__all__ = ["Choices", "Conflict", "Message", "Settler", "Tally", "shown_value"]

Message = tuple[str, dict[str, Any]]  # a QT_TRANSLATE_NOOP("Messages", …) template, params


@dataclass
class Tally:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    errors: list[Message] = field(default_factory=list)


@dataclass
class Settler:
    """Settles records of one package (see the module docstring)."""

    session: Session
    base: datetime | None
    tally: Tally = field(default_factory=Tally)
    choices: Choices = KEEP_OURS

    def settle(
        self,
        record: str,
        uuid_text: str,
        what: str,
        local: Any,
        wanted: dict[str, Any],
        updated_at: datetime,
        create: Callable[..., Any],
        extra: dict[str, tuple[Any, Any, Callable[[Any], None]]] | None = None,
    ) -> Any:
        """`local` (or a new record) after the rules; `extra` compares values the columns do
        not hold (name → (here, package, apply))."""
        if local is None:  # flushed by the caller, once per sheet
            local = create(**wanted)
            for _here, _package, apply in (extra or {}).values():
                apply(local)
            local.updated_at = updated_at
            self.session.add(local)
            self.tally.created += 1
            return local
        diffs = {name: (getattr(local, name), value) for name, value in wanted.items()
                 if getattr(local, name) != value}  # fmt: skip
        for name, (here, package, _apply) in (extra or {}).items():
            if here != package:
                diffs[name] = (here, package)
        if not diffs:
            self.tally.unchanged += 1
            return local
        decision = self.decide(local.updated_at, updated_at)
        if decision == "conflict":
            conflict = self.conflict(record, uuid_text, what, diffs)
            if self.choices.take_theirs(conflict):
                audit.record(self.session, "take_theirs", record, local.uuid,
                             before=conflict.here, after=conflict.package)  # fmt: skip
                decision = "update"
        if decision == "update":
            for name, value in wanted.items():
                setattr(local, name, value)
            for name, (_here, _package, apply) in (extra or {}).items():
                if name in diffs:
                    apply(local)
            local.updated_at = updated_at
            self.tally.updated += 1
        elif decision != "conflict":
            self.tally.unchanged += 1
        return local

    def decide(self, here: datetime, there: datetime) -> str:
        changed_here = self.base is not None and here > self.base
        if changed_here:
            return "conflict" if there > self.base else "keep"  # type: ignore[operator]
        if there > here:
            return "update"
        return "conflict" if there == here else "keep"

    def conflict(
        self,
        record: str,
        uuid_text: str,
        what: str,
        diffs: dict[str, tuple[Any, Any]],
        *,
        resolvable: bool = True,
        reason: str = "",
    ) -> Conflict:
        found = Conflict(
            record, uuid_text, what,
            {name: shown_value(here) for name, (here, _) in diffs.items()},
            {name: shown_value(there) for name, (_, there) in diffs.items()},
            resolvable=resolvable, reason=reason,
        )  # fmt: skip
        self.tally.conflicts.append(found)
        return found
