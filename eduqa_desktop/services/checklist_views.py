"""Checklist templates read from the database as the observation form and the printed report
show them: :class:`TemplateView` and :func:`localized` live in domain/checklist_views.py."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from eduqa_desktop.domain.checklist_views import FALLBACK as FALLBACK
from eduqa_desktop.domain.checklist_views import (
    CriterionView,
    LevelView,
    SectionView,
    TemplateView,
    Text,
)
from eduqa_desktop.domain.checklist_views import localized as localized
from eduqa_desktop.domain.snapshots import ProtocolKind, SnapshotProtocol
from eduqa_desktop.domain.vocabulary import Mechanism
from eduqa_desktop.services.errors import NotFoundError
from eduqa_desktop.services.reference_data import (
    LANGUAGES,
    ChecklistSpec,
    CriterionSpec,
    LevelSpec,
    SectionSpec,
)
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import ChecklistSection, ChecklistTemplate, CriterionMechanism
from eduqa_desktop.text import QT_TRANSLATE_NOOP


def texts_of(item: Any, prefix: str) -> Text:
    return {language: getattr(item, f"{prefix}_{language}") or "" for language in LANGUAGES}


def _mechanisms(session: Session, criterion_ids: list[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {}
    if not criterion_ids:
        return tags
    rows = session.execute(
        select(CriterionMechanism.criterion_id, CriterionMechanism.mechanism).where(
            CriterionMechanism.criterion_id.in_(criterion_ids)
        )
    )
    for criterion_id, mechanism in rows:
        tags.setdefault(criterion_id, []).append(str(mechanism))
    return tags


def get_template(session: Session, template_id: int) -> ChecklistTemplate:
    template = session.scalar(
        select(ChecklistTemplate)
        .where(ChecklistTemplate.id == template_id)
        .options(
            selectinload(ChecklistTemplate.levels),
            selectinload(ChecklistTemplate.sections).selectinload(ChecklistSection.criteria),
        )
    )
    if template is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This checklist no longer exists."))
    return template


def protocol_of(template: ChecklistTemplate) -> SnapshotProtocol | None:
    """The snapshot protocol a template carries, if any."""
    if template.snapshot_kind == ProtocolKind.SEGMENTS:
        return SnapshotProtocol(ProtocolKind.SEGMENTS, 3)
    if template.snapshot_kind == ProtocolKind.EVEN and template.snapshot_count > 0:
        return SnapshotProtocol(ProtocolKind.EVEN, template.snapshot_count)
    return None


def template_view(session: Session, template_id: int) -> TemplateView:
    template = get_template(session, template_id)
    ids = [c.id for s in template.sections for c in s.criteria]
    tags = _mechanisms(session, ids)
    sections = []
    for s_index, section in enumerate(template.sections, start=1):
        criteria = tuple(
            CriterionView(
                id=c.id,
                number=f"{s_index}.{c_index}",
                text=texts_of(c, "text"),
                weight=c.weight,
                mechanisms=tuple(sorted(tags.get(c.id, []))),
                levels={k: dict(v) for k, v in (c.level_descriptions or {}).items()},
                next_step=dict(c.next_step) if c.next_step else None,
            )
            for c_index, c in enumerate(section.criteria, start=1)
        )
        sections.append(SectionView(section.id, texts_of(section, "title"), criteria))
    return TemplateView(
        id=template.id,
        uuid=template.uuid,
        family=template.family,
        version=template.version,
        code=template.code,
        name=texts_of(template, "name"),
        description=texts_of(template, "description"),
        scale_min=template.scale_min,
        scale_max=template.scale_max,
        levels=tuple(
            LevelView(lv.value, texts_of(lv, "label"), texts_of(lv, "description"))
            for lv in template.levels
        ),
        sections=tuple(sections),
        archived=template.archived,
        superseded=template.superseded,
        snapshots=protocol_of(template),
    )


def load_template(db: Database, template_id: int) -> TemplateView:
    with db.session() as session:
        return template_view(session, template_id)


def view_to_spec(view: TemplateView) -> ChecklistSpec:
    return ChecklistSpec(
        code=view.code,
        name=dict(view.name),
        description=dict(view.description),
        scale=tuple(
            LevelSpec(lv.value, dict(lv.label), dict(lv.description)) for lv in view.levels
        ),
        sections=tuple(
            SectionSpec(
                title=dict(section.title),
                criteria=tuple(
                    CriterionSpec(
                        text=dict(c.text),
                        weight=c.weight,
                        mechanisms=tuple(Mechanism(m) for m in c.mechanisms),
                        levels={k: dict(v) for k, v in c.levels.items()} or None,
                        next_step=dict(c.next_step) if c.next_step else None,
                    )
                    for c in section.criteria
                ),
            )
            for section in view.sections
        ),
        snapshots=view.snapshots,
    )


def template_spec(db: Database, template_id: int) -> ChecklistSpec:
    """The specification of a template (what the editor edits and the workbook exports)."""
    return view_to_spec(load_template(db, template_id))
