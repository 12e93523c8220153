"""What a tab needs to know: the open database, the chosen school, the user's preferences."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eduqa_desktop.domain.roles import Action
from eduqa_desktop.services.access import Principal, principal_of
from eduqa_desktop.services.database import Database
from eduqa_desktop.services.schools import SchoolInfo
from eduqa_desktop.settings import Preferences, save_preferences


@dataclass
class UiContext:
    db: Database
    school: SchoolInfo | None
    preferences: Preferences
    preferences_path: Path | None = None

    @property
    def language(self) -> str:
        return self.preferences.effective_language

    @property
    def school_id(self) -> int | None:
        return None if self.school is None else self.school.id

    @property
    def principal(self) -> Principal:
        """Who is logged in (the local user of a database without accounts)."""
        return principal_of(self.db)

    def may(self, action: Action) -> bool:
        """May the account logged in do `action` in the chosen school?"""
        return self.principal.may(action, self.school_id)

    def save_preferences(self) -> None:
        save_preferences(self.preferences, self.preferences_path)
