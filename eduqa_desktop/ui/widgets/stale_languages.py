"""Which languages of a text in three languages are out of date after an edit in another one.

Plain bookkeeping for the editors (questionnaires): a text edited in one language leaves it
out of date in the others, until they are edited too or the user says they are up to date;
the languages out of date when the editor opened come from the database.
"""

from __future__ import annotations

from collections.abc import Iterable

LANGUAGES = ("uz", "ru", "en")


class StaleLanguages:
    def __init__(self) -> None:
        self._edited: dict[int, tuple[dict[str, str], set[str]]] = {}  # id(text) → edited in
        self._before: set[str] = set()

    def reset(self, before: Iterable[str] = ()) -> None:
        self._edited, self._before = {}, set(before)

    def mark(self, text: dict[str, str], language: str) -> None:
        """`text` was edited in `language`: the others are out of date for it."""
        entry = self._edited.setdefault(id(text), (text, set()))
        entry[1].add(language)
        if language in self._before:
            # Bringing a language out of date in line: the others are the reference.
            entry[1].update(set(LANGUAGES) - self._before)

    def languages(self) -> tuple[str, ...]:
        stale = set(self._before)
        for _text, edited in self._edited.values():
            stale |= set(LANGUAGES) - edited
        return tuple(code for code in LANGUAGES if code in stale)

    def confirm(self) -> None:
        """The user checked the other languages: nothing is out of date any more."""
        self._before.clear()
        for _text, edited in self._edited.values():
            edited.update(LANGUAGES)
