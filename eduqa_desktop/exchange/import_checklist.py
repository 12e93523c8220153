"""A checklist workbook (the checklist editor's format) imported as a checklist version.

The workbook format itself belongs to exchange/checklist_workbook.py
(`read_checklist_workbook(path) -> ChecklistSpec`). The same checklist imported twice is
left unchanged; a changed one with the code of an existing checklist becomes its next version
(a checklist in use is never changed in place).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from sqlalchemy import func, select

from eduqa_desktop.exchange.import_context import ImportContext
from eduqa_desktop.exchange.import_plan import Action
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.reference_data import add_checklist
from eduqa_desktop.storage.models import ChecklistTemplate
from eduqa_desktop.text import QT_TRANSLATE_NOOP


def checklist_workbook() -> ModuleType:
    try:
        return importlib.import_module("eduqa_desktop.exchange.checklist_workbook")
    except ModuleNotFoundError as error:
        if error.name != "eduqa_desktop.exchange.checklist_workbook":
            raise
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "Checklist workbooks cannot be read or written by this version yet."
            )
        ) from error


def import_checklist(context: ImportContext) -> str:
    from eduqa_desktop.exchange.exchange_package import checklist_json

    module = checklist_workbook()
    spec = module.read_checklist_workbook(context.request.path)
    session = context.session
    name = spec.name.get("en") or spec.name.get("uz") or spec.name.get("ru") or spec.code
    same_code = (
        list(
            session.scalars(
                select(ChecklistTemplate)
                .where(ChecklistTemplate.code == spec.code)
                .order_by(ChecklistTemplate.version)
            )
        )
        if spec.code
        else []
    )
    fresh = add_checklist(session, spec)
    wanted = checklist_json(fresh)
    for existing in same_code:
        if checklist_json(existing) == wanted:
            session.delete(fresh)
            session.flush()
            context.planned(None, Action.UNCHANGED, f"{name} v{existing.version}")
            return "checklist"
    if same_code:
        latest = same_code[-1]
        fresh.family = latest.family
        fresh.version = (
            session.scalar(
                select(func.max(ChecklistTemplate.version)).where(
                    ChecklistTemplate.family == latest.family
                )
            )
            or 0
        ) + 1
        for old in same_code:
            old.superseded = True
        session.flush()
        context.planned(None, Action.UPDATE, f"{name} v{fresh.version}")
    else:
        context.planned(None, Action.CREATE, f"{name} v{fresh.version}")
    return "checklist"
