"""Checklist templates as plain values: one version of a template with its scale, sections
and criteria in three languages (services.checklist_views reads them), and :func:`localized`,
which picks the text of a language, falling back to another language that has it."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from eduqa_desktop.domain.checklist_spec import LANGUAGES
from eduqa_desktop.domain.snapshots import SnapshotProtocol

Text = dict[str, str]

# The order in which a text missing in the wanted language is looked for in the others.
FALLBACK = {"uz": ("uz", "ru", "en"), "ru": ("ru", "uz", "en"), "en": ("en", "ru", "uz")}


def localized(text: Mapping[str, str], language: str) -> str:
    """The text in `language`, else in another language that has it, else ""."""
    for code in FALLBACK.get(language, LANGUAGES):
        value = text.get(code, "")
        if value:
            return value
    return ""


# --- views -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LevelView:
    value: int
    label: Text
    description: Text


@dataclass(frozen=True)
class CriterionView:
    id: int
    number: str  # "2.1"
    text: Text
    weight: float
    mechanisms: tuple[str, ...]
    levels: dict[str, Text]  # what each level looks like for this criterion, by value
    next_step: Text | None = None  # what to suggest when it scores low


@dataclass(frozen=True)
class SectionView:
    id: int
    title: Text
    criteria: tuple[CriterionView, ...]


@dataclass(frozen=True)
class TemplateView:
    id: int
    uuid: uuid.UUID
    family: uuid.UUID
    version: int
    code: str
    name: Text
    description: Text
    scale_min: int
    scale_max: int
    levels: tuple[LevelView, ...]
    sections: tuple[SectionView, ...]
    archived: bool
    superseded: bool
    snapshots: SnapshotProtocol | None = None

    @property
    def criteria(self) -> tuple[CriterionView, ...]:
        return tuple(c for section in self.sections for c in section.criteria)

    def level(self, value: int | None) -> LevelView | None:
        return next((level for level in self.levels if level.value == value), None)
