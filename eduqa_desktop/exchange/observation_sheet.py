"""The observations template's own columns: one per criterion of a checklist.

A lesson visited is one row; after the fixed columns (date, teacher, class, …) come the
criteria, headed by their number as the app shows it ("2.3") and a short text. A cell holds a
level of the checklist's scale or "N" (not applicable). The template is made with the
criteria of the school's first checklist; a row may name another checklist, and then its
columns are read by number against that checklist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.exchange.headers import header_key
from eduqa_desktop.services.checklist_views import TemplateView, localized, template_view
from eduqa_desktop.storage.models import ChecklistTemplate

HEADER_TEXT_LIMIT = 48
_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.,]\s*(\d{1,2})(?![\d])")
NOT_APPLICABLE_WORDS = frozenset(
    header_key(word)
    for word in ("N", "N/A", "NA", "н/п", "н/а", "нп", "Н", "q/e", "qoʻllanilmaydi", "не применимо")
)


def criterion_header(number: str, text: str) -> str:
    """ "2.3 Pupils work in groups…" — the number first, so the column is found by it."""
    short = " ".join(text.split())
    if len(short) > HEADER_TEXT_LIMIT:
        short = short[: HEADER_TEXT_LIMIT - 1].rstrip() + "…"
    return f"{number} {short}".strip()


def criterion_number(header: str) -> str | None:
    """The criterion number a column header begins with ("2.3"), or None."""
    found = _NUMBER.match(header)
    return f"{int(found.group(1))}.{int(found.group(2))}" if found else None


def is_not_applicable(value: object) -> bool:
    return isinstance(value, str) and header_key(value) in NOT_APPLICABLE_WORDS


def current_checklists(session: Session) -> list[ChecklistTemplate]:
    """The checklists offered for new observations, in the order the app lists them."""
    return list(
        session.scalars(
            select(ChecklistTemplate)
            .where(~ChecklistTemplate.archived, ~ChecklistTemplate.superseded)
            .order_by(ChecklistTemplate.position, ChecklistTemplate.id)
        )
    )


def checklist_label(template: ChecklistTemplate, language: str) -> str:
    """How the template's drop-down list names a checklist: "Lesson analysis v2"."""
    name = localized(
        {"uz": template.name_uz, "ru": template.name_ru, "en": template.name_en}, language
    )
    return f"{name} v{template.version}"


@dataclass(frozen=True)
class ChecklistColumns:
    """The checklist a template is made for, with the header of each criterion column."""

    view: TemplateView
    headers: tuple[tuple[str, str], ...]  # (criterion number, header text)
    levels: tuple[int, ...]


def template_checklist(session: Session, language: str) -> ChecklistColumns | None:
    """The first current checklist and its criterion columns (None: no checklist at all)."""
    checklists = current_checklists(session)
    if not checklists:
        return None
    view = template_view(session, checklists[0].id)
    headers = tuple(
        (criterion.number, criterion_header(criterion.number, localized(criterion.text, language)))
        for criterion in view.criteria
    )
    return ChecklistColumns(view, headers, tuple(level.value for level in view.levels))


class ChecklistFinder:
    """Finds the checklist a row names — "Name v2" or the bare name (its current version), in
    any of the three languages, or its code — and keeps each one's view."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._index: dict[str, int] = {}
        self._views: dict[int, TemplateView] = {}
        current = current_checklists(session)
        self.default_id = current[0].id if current else None
        every = session.scalars(select(ChecklistTemplate).order_by(ChecklistTemplate.version))
        for template in every:
            for name in (template.name_uz, template.name_ru, template.name_en):
                if name:
                    self._index[header_key(f"{name} v{template.version}")] = template.id
        for template in reversed(current):  # the first listed wins a shared name
            for name in (template.name_uz, template.name_ru, template.name_en, template.code):
                if name:
                    self._index[header_key(name)] = template.id

    def find(self, written: str | None) -> TemplateView | None:
        """The named checklist; an empty cell means the template's (first) checklist."""
        template_id = self._index.get(header_key(written)) if written else self.default_id
        return None if template_id is None else self.view(template_id)

    def view(self, template_id: int) -> TemplateView:
        if template_id not in self._views:
            self._views[template_id] = template_view(self.session, template_id)
        return self._views[template_id]
