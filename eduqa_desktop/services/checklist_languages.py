"""Which languages of a checklist are out of date: its texts were changed in another language
and these were not looked at since. Kept per checklist family (all its versions) in the
database settings, so the list of checklists can say so on any computer that opens the file."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy.orm import Session

from eduqa_desktop.services.reference_data import LANGUAGES
from eduqa_desktop.services.settings_store import read_setting, write_setting

STALE_KEY = "checklist_stale_languages"


def read_stale(session: Session, key: str = STALE_KEY) -> dict[str, tuple[str, ...]]:
    """Family UUID (as text) → its languages out of date, in the usual order (`key`: the
    setting, another for questionnaires)."""
    stored = read_setting(session, key, {}) or {}
    return {
        family: tuple(code for code in LANGUAGES if code in codes)
        for family, codes in stored.items()
        if isinstance(codes, list)
    }


def write_stale(
    session: Session, family: uuid.UUID, languages: Collection[str], *, key: str = STALE_KEY
) -> None:
    """Record the languages of `family` out of date (none: the mark goes)."""
    stored = {name: list(value) for name, value in read_stale(session, key).items()}
    codes = [code for code in LANGUAGES if code in languages]
    if stored.get(str(family), []) == codes:
        return
    if codes:
        stored[str(family)] = codes
    else:
        stored.pop(str(family), None)
    write_setting(session, key, stored)
