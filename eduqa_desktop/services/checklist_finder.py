"""The checklists an observations template offers, and the one each imported row names."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.checklist_views import TemplateView, localized
from eduqa_desktop.exchange.headers import header_key
from eduqa_desktop.exchange.observation_sheet import ChecklistColumns, checklist_columns
from eduqa_desktop.services.checklist_views import template_view
from eduqa_desktop.storage.models import ChecklistTemplate


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


def template_checklist(session: Session, language: str) -> ChecklistColumns | None:
    """The first current checklist and its criterion columns (None: no checklist at all)."""
    checklists = current_checklists(session)
    if not checklists:
        return None
    return checklist_columns(template_view(session, checklists[0].id), language)


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
