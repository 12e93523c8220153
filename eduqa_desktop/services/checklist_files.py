"""Checklists to and from files: the editor's workbook and XLSForm (KoboToolbox, ODK).

:func:`read_checklist_file` tells the two apart (an XLSForm has a sheet "survey" with a "type"
column) and reads either, writing nothing; :func:`preview_checklist_import` says what the import
would do, :func:`import_checklist_file` does it in one transaction (see
services/imports/checklist.py for new checklist / new version / unchanged), and
:func:`export_checklist` writes a checklist in either format.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from eduqa_desktop.domain.checklist_spec import ChecklistSpec
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.exchange.checklist_workbook import (
    read_checklist_workbook,
    write_checklist_workbook,
)
from eduqa_desktop.exchange.file_deadline import file_deadline
from eduqa_desktop.exchange.xlsform_reader import NotCarried, is_xlsform, read_xlsform
from eduqa_desktop.exchange.xlsform_writer import write_xlsform
from eduqa_desktop.services import access, audit
from eduqa_desktop.services.backups import backup_before
from eduqa_desktop.services.checklist_views import get_template, template_spec
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.file_limits import incoming_files
from eduqa_desktop.services.progress import NO_PROGRESS, Progress
from eduqa_desktop.storage.database import Database
from eduqa_desktop.text import QT_TRANSLATE_NOOP

XLSFORM, WORKBOOK = "xlsform", "workbook"
FORMATS = (WORKBOOK, XLSFORM)


@dataclass(frozen=True)
class ChecklistFile:
    kind: str  # XLSFORM or WORKBOOK
    file: str
    spec: ChecklistSpec
    languages: tuple[str, ...]  # those the file has texts in
    not_carried: tuple[NotCarried, ...] = ()
    version: str = ""  # an XLSForm's settings version, as written

    @property
    def sheet(self) -> str:
        return "survey" if self.kind == XLSFORM else ""


@dataclass(frozen=True)
class ChecklistImport:
    """What importing a checklist file does (or did)."""

    found: ChecklistFile
    action: str  # "create", "update" (a new version) or "unchanged"
    template_id: int | None  # None in a preview of a new checklist
    version: int
    written: bool = False


def read_checklist_file(path: str | Path, language: str = "en") -> ChecklistFile:
    """Read a checklist file of either format; UserError naming sheet, row and column.
    `language`: that of an XLSForm's plain ``label`` column when its settings say none."""
    path = Path(path)
    if is_xlsform(path):
        form = read_xlsform(path, language)
        return ChecklistFile(XLSFORM, path.name, form.spec, form.languages, form.not_carried,
                             form.version)  # fmt: skip
    spec = read_checklist_workbook(path)
    texts = [spec.name, *(c.text for c in spec.criteria)]
    languages = tuple(code for code in ("uz", "ru", "en") if any(t.get(code) for t in texts))
    return ChecklistFile(WORKBOOK, path.name, spec, languages)


def _run(db: Database, path: str | Path, language: str, write: bool, who: str | None):  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.imports.checklist import name_of, settle_checklist

    with incoming_files(db) as limits:
        deadline = file_deadline(path, limits)  # reading and settling it, up to the write
        with deadline:
            found = read_checklist_file(path, language)
    session_of = db.durable_session if write else db.session
    with session_of() as session:
        with deadline:
            action, template = settle_checklist(session, found.spec)
            deadline.check()
        result = ChecklistImport(
            found, str(action), template.id if write or action == "unchanged" else None,
            template.version, written=write and str(action) != "unchanged",
        )  # fmt: skip
        if not write or str(action) == "unchanged":
            session.rollback()
            return result
        backup_before(db, "import-checklist")
        audit.record(session, "import", "checklist", template.uuid, who=who,
                     after={"file": found.file, "name": name_of(template),
                            "version": template.version, "format": found.kind})  # fmt: skip
        return result


def preview_checklist_import(
    db: Database, path: str | Path, *, language: str = "en", progress: Progress = NO_PROGRESS
) -> ChecklistImport:
    """What :func:`import_checklist_file` would do; nothing is written."""
    result = _run(db, path, language, False, None)
    progress.check()
    return result


def import_checklist_file(
    db: Database,
    path: str | Path,
    *,
    language: str = "en",
    who: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> ChecklistImport:
    """Import a checklist file as a new checklist or a new version — or find it unchanged.
    (One small file: `progress` is only asked before anything is written.) Refused
    (AccessDenied) to an account that may not edit checklists."""
    access.require(db, Action.CHECKLISTS)
    progress.check()
    return _run(db, path, language, True, who)


UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Messages", "“{format}” is not a checklist file format; use one of: {formats}."
)


def export_checklist(
    db: Database,
    template_id: int,
    path: str | Path,
    *,
    file_format: str = XLSFORM,
    language: str = "en",
) -> Path:
    """Write a checklist version as an XLSForm or as the editor's workbook."""
    if file_format not in FORMATS:
        raise UserError(UNKNOWN_FORMAT, format=file_format, formats=", ".join(FORMATS))
    spec = template_spec(db, template_id)
    if file_format == WORKBOOK:
        return write_checklist_workbook(spec, path, language)
    with db.session() as session:
        template = get_template(session, template_id)
        version, code = template.version, template.code
    return write_xlsform(replace(spec, code=spec.code or code), path, language=language,
                         version=version)  # fmt: skip


NO_CHECKLIST = QT_TRANSLATE_NOOP(
    "Messages", "No checklist is called “{name}”. The checklists: {names}."
)
SEVERAL_CHECKLISTS = QT_TRANSLATE_NOOP(
    "Messages", "Several checklists are called “{name}”; give the id of one: {ids}."
)


def find_checklist(db: Database, name_or_id: str) -> int:
    """The template id of the current checklist with this id, code or name (any language)."""
    from eduqa_desktop.domain.names import search_key
    from eduqa_desktop.services.checklists import list_checklists

    current = list_checklists(db, include_archived=True)
    text = name_or_id.strip()
    if text.isdigit() and any(s.id == int(text) for s in current):
        return int(text)
    key = search_key(text)
    with db.session() as session:
        codes = {s.id: get_template(session, s.id).code for s in current}
    found = [
        s for s in current
        if codes[s.id] == text or key in {search_key(v) for v in s.name.values() if v}
    ]  # fmt: skip
    if len(found) == 1:
        return found[0].id
    if not found:
        names = "; ".join(f"{s.id}: {next((v for v in s.name.values() if v), '')}" for s in current)
        raise UserError(NO_CHECKLIST, name=text, names=names or "—")
    raise UserError(SEVERAL_CHECKLISTS, name=text, ids=", ".join(str(s.id) for s in found))
