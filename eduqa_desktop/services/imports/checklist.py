"""A checklist file (the editor's workbook or an XLSForm) settled against the database.

The same checklist imported twice is left unchanged. A changed one that has the code of an
existing checklist (an XLSForm's form_id), or — without a code match — the name of a current
one in any language, becomes that checklist's next version (a version observations use is
never changed in place; the older versions are marked superseded). Anything else is new.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.checklist_spec import ChecklistSpec
from eduqa_desktop.domain.names import search_key
from eduqa_desktop.exchange.import_plan import Action
from eduqa_desktop.services.checklist_files import read_checklist_file
from eduqa_desktop.services.checklist_views import template_view, view_to_spec
from eduqa_desktop.services.checklists import canonical_spec, next_position
from eduqa_desktop.services.imports.context import ImportContext
from eduqa_desktop.services.reference_data import add_checklist
from eduqa_desktop.storage.models import ChecklistTemplate
from eduqa_desktop.text import QT_TRANSLATE_NOOP

SUMMARY = QT_TRANSLATE_NOOP(
    "Messages",
    "{sections} sections, {criteria} criteria, scale {scale}; languages: {languages}; "
    "not carried over: {skipped}",
)


def _same_family(session: Session, spec: ChecklistSpec) -> list[ChecklistTemplate]:
    """The versions of the checklist `spec` is a version of, oldest first."""
    query = select(ChecklistTemplate).order_by(ChecklistTemplate.version)
    if spec.code:
        same = list(session.scalars(query.where(ChecklistTemplate.code == spec.code)))
        if same:
            return same
    names = {search_key(text) for text in spec.name.values() if text.strip()}
    for template in session.scalars(query.where(ChecklistTemplate.superseded.is_(False))):
        own = {search_key(t or "") for t in (template.name_uz, template.name_ru, template.name_en)}
        if names & own:
            family = template.family
            return list(session.scalars(query.where(ChecklistTemplate.family == family)))
    return []


def settle_checklist(session: Session, spec: ChecklistSpec) -> tuple[Action, ChecklistTemplate]:
    """Add `spec` as a new checklist or a new version, or find it unchanged (not written)."""
    family = _same_family(session, spec)
    wanted = canonical_spec(spec)
    for existing in family:
        current = canonical_spec(view_to_spec(template_view(session, existing.id)))
        if replace(current, code=spec.code) == wanted:
            return Action.UNCHANGED, existing
    if not family:
        fresh = add_checklist(session, spec)
        fresh.position = next_position(session)
        session.flush()
        return Action.CREATE, fresh
    latest = family[-1]
    version = session.scalar(
        select(func.max(ChecklistTemplate.version)).where(ChecklistTemplate.family == latest.family)
    )
    fresh = add_checklist(session, spec, family=latest.family, version=(version or 0) + 1)
    fresh.position, fresh.archived = latest.position, latest.archived
    for old in family:
        old.superseded = True
    session.flush()
    return Action.UPDATE, fresh


def name_of(template: ChecklistTemplate) -> str:
    return template.name_en or template.name_ru or template.name_uz or template.code


def import_checklist(context: ImportContext) -> str:
    """The import of File ▸ Import (ImportKind.CHECKLIST): one planned row for the checklist."""
    found = read_checklist_file(context.request.path)
    action, template = settle_checklist(context.session, found.spec)
    spec = found.spec
    context.planned(
        None,
        action,
        f"{name_of(template)} v{template.version}",
        SUMMARY,
        sections=len(spec.sections),
        criteria=len(spec.criteria),
        scale=f"{spec.scale_min}–{spec.scale_max}",
        languages=", ".join(found.languages),
        skipped=len(found.not_carried),
    )
    return found.sheet
