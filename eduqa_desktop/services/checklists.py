"""The checklist editor's operations: list, create, save (with versioning), copy, archive, reorder.

A template that observations use is never changed in place: saving it makes a new version of
the same `family` (the old one is marked `superseded` and stays for its observations). Copy,
archive and reorder work on the current versions. Specifications are validated by the one
validator of the checklist format, :func:`reference_data.parse_checklist`.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.checklist_spec import spec_to_data
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.services import access, audit
from eduqa_desktop.services.checklist_languages import read_stale, write_stale
from eduqa_desktop.services.checklist_views import (
    Text,
    get_template,
    template_spec,
    template_view,
    texts_of,
    view_to_spec,
)
from eduqa_desktop.services.conflicts import lost_race
from eduqa_desktop.services.errors import NotFoundError, UserError
from eduqa_desktop.services.reference_data import (
    ChecklistSpec,
    add_checklist,
    parse_checklist,
)
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Observation,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ChecklistSummary:
    id: int
    family: uuid.UUID
    version: int
    name: Text
    shipped: bool
    archived: bool
    superseded: bool
    criteria: int
    scale_min: int
    scale_max: int
    used_by: int  # observations of this version
    stale_languages: tuple[str, ...] = ()  # changed in another language, not looked at since


# --- lists ---------------------------------------------------------------------------------------


def _usage(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(Observation.template_id, func.count()).group_by(Observation.template_id)
    )
    return {template_id: count for template_id, count in rows}


def _criteria_counts(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(ChecklistSection.template_id, func.count(ChecklistCriterion.id))
        .join(ChecklistCriterion, ChecklistCriterion.section_id == ChecklistSection.id)
        .group_by(ChecklistSection.template_id)
    )
    return {template_id: count for template_id, count in rows}


def _summary(
    template: ChecklistTemplate,
    used: int,
    criteria: int,
    stale: Mapping[str, tuple[str, ...]] | None = None,
) -> ChecklistSummary:
    return ChecklistSummary(
        id=template.id,
        family=template.family,
        version=template.version,
        name=texts_of(template, "name"),
        shipped=template.shipped,
        archived=template.archived,
        superseded=template.superseded,
        criteria=criteria,
        scale_min=template.scale_min,
        scale_max=template.scale_max,
        used_by=used,
        stale_languages=(stale or {}).get(str(template.family), ()),
    )


def list_checklists(db: Database, *, include_archived: bool = False) -> list[ChecklistSummary]:
    """The current version of every checklist, in the user's order."""
    with db.session() as session:
        query = select(ChecklistTemplate).where(ChecklistTemplate.superseded.is_(False))
        if not include_archived:
            query = query.where(ChecklistTemplate.archived.is_(False))
        query = query.order_by(ChecklistTemplate.position, ChecklistTemplate.id)
        usage, criteria, stale = _usage(session), _criteria_counts(session), read_stale(session)
        return [
            _summary(t, usage.get(t.id, 0), criteria.get(t.id, 0), stale)
            for t in session.scalars(query)
        ]


def checklists_for_form(db: Database, school_id: int | None) -> list[ChecklistSummary]:
    """Checklists to offer in the observation form: the school's recently used ones first."""
    current = list_checklists(db)
    with db.session() as session:
        query = (
            select(ChecklistTemplate.family, func.max(Observation.updated_at))
            .join(Observation, Observation.template_id == ChecklistTemplate.id)
            .group_by(ChecklistTemplate.family)
        )
        if school_id is not None:
            query = query.where(Observation.school_id == school_id)
        last_used = {family: when for family, when in session.execute(query)}
    order = {summary.id: index for index, summary in enumerate(current)}
    return sorted(
        current,
        key=lambda s: (
            last_used.get(s.family) is None,
            -(last_used[s.family].timestamp()) if s.family in last_used else 0.0,
            order[s.id],
        ),
    )


# --- editing -------------------------------------------------------------------------------------


def validate_spec(spec: ChecklistSpec) -> ChecklistSpec:
    """The specification checked (every text needs one language at least), or UserError."""
    try:
        return parse_checklist(spec_to_data(spec), require_all_languages=False)
    except ValueError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The checklist cannot be saved: {problem}"),
            problem=str(error),
        ) from error


def canonical_spec(spec: ChecklistSpec) -> ChecklistSpec:
    """The specification with its mechanism tags in one order (the database keeps no order)."""
    return replace(
        spec,
        sections=tuple(
            replace(
                section,
                criteria=tuple(
                    replace(c, mechanisms=tuple(sorted(c.mechanisms))) for c in section.criteria
                ),
            )
            for section in spec.sections
        ),
    )


def next_position(session: Session) -> int:
    return (session.scalar(select(func.max(ChecklistTemplate.position))) or 0) + 1


def create_checklist(
    db: Database,
    spec: ChecklistSpec,
    *,
    who: str | None = None,
    stale_languages: Collection[str] = (),
) -> int:
    """A new checklist (version 1); returns its template id. `stale_languages`: those its
    texts are not written in yet."""
    access.require(db, Action.CHECKLISTS)
    spec = validate_spec(spec)
    with db.session() as session:
        template = add_checklist(session, spec)
        template.position = next_position(session)
        session.flush()
        write_stale(session, template.family, stale_languages)
        audit.record(session, "create", "checklist", template.uuid, after=_audit(template), who=who)
        return template.id


def _audit(template: ChecklistTemplate) -> dict[str, Any]:
    return {
        "name": template.name_en or template.name_ru or template.name_uz,
        "family": str(template.family),
        "version": template.version,
    }


def save_checklist(
    db: Database,
    template_id: int,
    spec: ChecklistSpec,
    *,
    who: str | None = None,
    stale_languages: Collection[str] | None = None,
) -> int:
    """Save an edited checklist; returns the id of the template that now holds it.

    Unchanged: nothing happens. Unused: changed in place (under a new id). Used by
    observations: a new version of the same family, the old one superseded.
    `stale_languages`, when given, become the languages marked out of date.
    """
    access.require(db, Action.CHECKLISTS)
    spec = validate_spec(spec)
    # a methodologist on another PC saving the same checklist in the same instant: refused
    with lost_race(lambda: None), db.session() as session:
        old = get_template(session, template_id)
        if old.superseded:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A newer version of this checklist exists; edit that one."
                )
            )
        if stale_languages is not None:
            write_stale(session, old.family, stale_languages)
        current = validate_spec(view_to_spec(template_view(session, template_id)))
        spec = replace(spec, code=spec.code or old.code)
        if canonical_spec(spec) == canonical_spec(current):
            return old.id
        used = session.scalar(
            select(func.count()).select_from(Observation).where(Observation.template_id == old.id)
        )
        family, version, position = old.family, old.version, old.position
        shipped, archived, before = old.shipped, old.archived, _audit(old)
        if used:
            old.superseded = True
            version = (
                session.scalar(
                    select(func.max(ChecklistTemplate.version)).where(
                        ChecklistTemplate.family == family
                    )
                )
                or version
            ) + 1
        else:
            session.delete(old)
        session.flush()
        new = add_checklist(session, spec, shipped=shipped, family=family, version=version)
        new.position, new.archived = position, archived
        session.flush()
        action = "new_version" if used else "update"
        audit.record(
            session, action, "checklist", new.uuid, before=before, after=_audit(new), who=who
        )
        return new.id


def copy_checklist(db: Database, template_id: int, name: Text, *, who: str | None = None) -> int:
    """A new, independent checklist with the content of `template_id` under `name`."""
    access.require(db, Action.CHECKLISTS)
    source = template_spec(db, template_id)
    spec = replace(source, code="", name=dict(name))
    return create_checklist(db, spec, who=who)


def set_archived(db: Database, template_id: int, archived: bool, *, who: str | None = None) -> None:
    """Archive (no longer offered for new observations) or restore a checklist."""
    access.require(db, Action.CHECKLISTS)
    with db.session() as session:
        template = get_template(session, template_id)
        template.archived = archived
        audit.record(
            session,
            "archive" if archived else "restore",
            "checklist",
            template.uuid,
            after=_audit(template),
            who=who,
        )


def move_checklist(db: Database, template_id: int, offset: int) -> None:
    """Move a checklist up (offset < 0) or down in the order of the current versions."""
    access.require(db, Action.CHECKLISTS)
    with db.session() as session:
        templates = list(
            session.scalars(
                select(ChecklistTemplate)
                .where(ChecklistTemplate.superseded.is_(False))
                .order_by(ChecklistTemplate.position, ChecklistTemplate.id)
            )
        )
        index = next((i for i, t in enumerate(templates) if t.id == template_id), None)
        if index is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This checklist no longer exists."))
        target = max(0, min(len(templates) - 1, index + offset))
        templates.insert(target, templates.pop(index))
        for position, template in enumerate(templates):
            template.position = position
