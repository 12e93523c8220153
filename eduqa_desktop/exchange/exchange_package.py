"""Exchange packages for inspectors: observations moved between computers without duplicates.

The workbook has human-readable sheets (one row per observation; one per criterion score) and
machine-readable sheets (names start with ``machine_``): every observation with its UUID,
template version and every score and comment, the teachers it names and the full checklist
versions it uses (as JSON, cut into pieces below Excel's 32,767 characters a cell).

:func:`read_package` reads the machine sheets back; merging them into a database is
``services.imports.observation_package``. The ``revisions`` column lists the corrections of a
final observation (their UUIDs), so that a correction made on both computers is seen as one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select

from eduqa_desktop.exchange.headers import PURPOSE_LABELS
from eduqa_desktop.exchange.safe_cells import (
    DATE_FORMAT,
    PERCENT_FORMAT,
    cell,
    header_cells,
)
from eduqa_desktop.exchange.workbook_reader import open_grid
from eduqa_desktop.progress import NO_PROGRESS, Progress
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    AcademicYear,
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Observation,
    ObservationRevision,
    School,
    SchoolClass,
    Subject,
    Teacher,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

OBSERVATIONS_SHEET = "machine_observations"
SCORES_SHEET = "machine_scores"
CHECKLISTS_SHEET = "machine_checklists"
SNAPSHOTS_SHEET = "machine_snapshots"  # time-on-task snapshots; older packages have none
DELETIONS_SHEET = "machine_deletions"  # records deleted at the source; older packages have none
FORMAT_VERSION = "1"
CHUNK = 30_000

OBSERVATION_COLUMNS = (
    "uuid", "school", "teacher_uuid", "teacher", "personnel_number", "observer", "observed_on",
    "lesson_period", "class_name", "year", "subject", "topic", "purpose", "template_family",
    "template_version", "strengths", "recommendations", "next_steps", "next_steps_due",
    "teacher_has_seen", "status", "finalized_at", "revision", "updated_at", "score",
)  # fmt: skip
# columns a package made by an older version may lack
OPTIONAL_COLUMNS = ("revisions", "co_observation", "calibration_note")
SCORE_COLUMNS = (
    "observation_uuid", "section", "position", "score", "not_applicable", "comment",
)  # fmt: skip
CHECKLIST_COLUMNS = ("family", "version", "part", "json")
DELETION_COLUMNS = ("uuid", "kind", "deleted_at", "deleted_by")
SNAPSHOT_COLUMNS = (
    "observation_uuid", "position", "activity", "pupils_off_task", "material", "minute",
)  # fmt: skip

HUMAN = {
    "uz": ("Kuzatuvlar", "Ballar", ("Sana", "O'qituvchi", "Sinf", "Fan", "Dars", "Mavzu",
           "Maqsad", "Kuzatuvchi", "Kuzatuv varaqasi", "Ball (%)", "Holat", "Kuchli tomonlar",
           "Tavsiyalar", "Keyingi qadamlar", "Muddat"),
           ("Sana", "O'qituvchi", "Bo'lim", "Mezon", "Ball", "Izoh")),
    "ru": ("Наблюдения", "Баллы", ("Дата", "Учитель", "Класс", "Предмет", "Урок №", "Тема",
           "Цель", "Наблюдатель", "Бланк", "Балл (%)", "Статус", "Сильные стороны",
           "Рекомендации", "Следующие шаги", "Срок"),
           ("Дата", "Учитель", "Раздел", "Критерий", "Балл", "Комментарий")),
    "en": ("Observations", "Scores", ("Date", "Teacher", "Class", "Subject", "Period", "Topic",
           "Purpose", "Observer", "Checklist", "Score (%)", "Status", "Strengths",
           "Recommendations", "Next steps", "Due"),
           ("Date", "Teacher", "Section", "Criterion", "Score", "Comment")),
}  # fmt: skip
STATUS_LABELS = {
    "uz": {"draft": "qoralama", "final": "yakuniy"},
    "ru": {"draft": "черновик", "final": "окончательное"},
    "en": {"draft": "draft", "final": "final"},
}
# a criterion not applicable in the human-readable scores: the app's own words for it
# (ObservationReport "N/A"), which the observation import also reads as "not applicable"
NOT_APPLICABLE = {"uz": "Q/E", "ru": "н/п", "en": "N/A"}


@dataclass(frozen=True)
class PackageSummary:
    path: Path
    observations: int
    scores: int
    checklists: int


# --- export --------------------------------------------------------------------------------------


def _iso(value: date | datetime | None) -> str:
    return "" if value is None else value.isoformat()


def _text_of(obj: Any, base: str, language: str) -> str:
    return getattr(obj, f"{base}_{language}", "") or getattr(obj, f"{base}_en", "") or ""


def checklist_json(template: ChecklistTemplate) -> dict[str, Any]:
    """A checklist version in the shipped JSON format (parse_checklist reads it back)."""

    def text(obj: Any, base: str) -> dict[str, str]:
        return {lang: getattr(obj, f"{base}_{lang}") or "" for lang in ("uz", "ru", "en")}

    snapshots: dict[str, Any] = {}  # left out when none, so older packages still compare equal
    if template.snapshot_kind:
        snapshots["snapshots"] = {"kind": template.snapshot_kind, "count": template.snapshot_count}
    return {
        "code": template.code,
        "name": text(template, "name"),
        "description": text(template, "description"),
        **snapshots,
        "scale": [
            {"value": lv.value, "label": text(lv, "label"), "description": text(lv, "description")}
            for lv in template.levels
        ],
        "sections": [
            {
                "title": text(section, "title"),
                "criteria": [
                    {
                        "text": text(criterion, "text"),
                        "weight": criterion.weight,
                        "levels": criterion.level_descriptions,
                        **({"next_step": criterion.next_step} if criterion.next_step else {}),
                    }
                    for criterion in section.criteria
                ],
            }
            for section in template.sections
        ],
    }


def _revisions_of(session: Any, school_id: int) -> dict[int, list[dict[str, Any]]]:
    """Each observation's corrections, oldest first: uuid, number, reason, who."""
    result: dict[int, list[dict[str, Any]]] = {}
    rows = session.scalars(
        select(ObservationRevision)
        .join(Observation, Observation.id == ObservationRevision.observation_id)
        .where(Observation.school_id == school_id)
        .order_by(ObservationRevision.observation_id, ObservationRevision.revision)
    )
    for item in rows:
        result.setdefault(item.observation_id, []).append({
            "uuid": str(item.uuid), "revision": item.revision, "reason": item.reason,
            "changed_by": item.changed_by,
        })  # fmt: skip
    return result


def export_observations(
    db: Database,
    school_id: int,
    path: Path | str,
    *,
    since: date | None = None,
    language: str = "en",
    progress: Progress = NO_PROGRESS,
    deletions: list[dict[str, str]] | None = None,
) -> PackageSummary:
    """Write the school's observations (changed on or after `since`) as an exchange package,
    with the tombstones of the observations deleted there (`deletions`, DELETION_COLUMNS)."""
    path = Path(path)
    book = Workbook(write_only=True)
    titles = HUMAN.get(language, HUMAN["en"])
    human = book.create_sheet(titles[0])
    human_scores = book.create_sheet(titles[1])
    machine = book.create_sheet(OBSERVATIONS_SHEET)
    machine_scores = book.create_sheet(SCORES_SHEET)
    machine_checklists = book.create_sheet(CHECKLISTS_SHEET)
    machine_snapshots = book.create_sheet(SNAPSHOTS_SHEET)
    machine_deletions = book.create_sheet(DELETIONS_SHEET)
    human.freeze_panes = "A2"
    human_scores.freeze_panes = "A2"
    for sheet, widths in ((human, (12, 30, 8, 20, 7, 30, 22, 24, 26, 10, 12, 30, 30, 30, 12)),
                          (human_scores, (12, 30, 30, 60, 8, 40))):  # fmt: skip
        for index, width in enumerate(widths):
            sheet.column_dimensions[chr(ord("A") + index)].width = width
    human.append(header_cells(human, titles[2]))
    human_scores.append(header_cells(human_scores, titles[3]))
    machine.append([cell(machine, name) for name in OBSERVATION_COLUMNS + OPTIONAL_COLUMNS])
    machine_scores.append([cell(machine_scores, name) for name in SCORE_COLUMNS])
    machine_checklists.append([cell(machine_checklists, name) for name in CHECKLIST_COLUMNS])
    machine_snapshots.append([cell(machine_snapshots, name) for name in SNAPSHOT_COLUMNS])
    machine_deletions.append([cell(machine_deletions, name) for name in DELETION_COLUMNS])
    for item in deletions or []:
        machine_deletions.append([cell(machine_deletions, item[name]) for name in DELETION_COLUMNS])
    counts = {"observations": 0, "scores": 0}
    with db.session() as session:
        school = session.get(School, school_id)
        assert school is not None
        query = (
            select(Observation, Teacher, SchoolClass.name, AcademicYear.name, Subject)
            .join(Teacher, Teacher.id == Observation.teacher_id)
            .outerjoin(SchoolClass, SchoolClass.id == Observation.class_id)
            .outerjoin(AcademicYear, AcademicYear.id == SchoolClass.academic_year_id)
            .outerjoin(Subject, Subject.id == Observation.subject_id)
            .where(Observation.school_id == school_id)
            .order_by(Observation.observed_on, Observation.id)
        )
        if since is not None:
            query = query.where(
                Observation.updated_at >= datetime.combine(since, datetime.min.time())
            )
        records = session.execute(query).all()
        revisions = _revisions_of(session, school_id)
        templates: dict[int, ChecklistTemplate] = {}
        criteria: dict[int, tuple[ChecklistSection, ChecklistCriterion]] = {}
        for index, (obs, teacher, class_name, year, subject) in enumerate(records):
            if index % 100 == 0:
                progress.check()
                progress.report(index, len(records))
            template = templates.get(obs.template_id)
            if template is None:
                template = obs.template
                templates[obs.template_id] = template
                for section in template.sections:
                    for criterion in section.criteria:
                        criteria[criterion.id] = (section, criterion)
            subject_name = (subject.name if subject else "") or ""
            shown_subject = _text_of(subject, "name", language) if subject else ""
            human.append([
                cell(human, obs.observed_on), cell(human, teacher.full_name),
                cell(human, class_name or ""), cell(human, shown_subject or subject_name),
                cell(human, obs.lesson_period), cell(human, obs.topic),
                cell(human, PURPOSE_LABELS[str(obs.purpose)][language]), cell(human, obs.observer),
                cell(human, f"{_text_of(template, 'name', language)} v{template.version}"),
                cell(human, obs.score, PERCENT_FORMAT),
                cell(human, STATUS_LABELS[language][str(obs.status)]),
                cell(human, obs.strengths), cell(human, obs.recommendations),
                cell(human, obs.next_steps), cell(human, obs.next_steps_due, DATE_FORMAT),
            ])  # fmt: skip
            machine.append([cell(machine, value) for value in (
                str(obs.uuid), school.name, str(teacher.uuid), teacher.full_name,
                teacher.personnel_number or "", obs.observer, _iso(obs.observed_on),
                "" if obs.lesson_period is None else str(obs.lesson_period), class_name or "",
                year or "", subject_name, obs.topic, str(obs.purpose), str(template.family),
                str(template.version), obs.strengths, obs.recommendations, obs.next_steps,
                _iso(obs.next_steps_due), "1" if obs.teacher_has_seen else "0", str(obs.status),
                _iso(obs.finalized_at), str(obs.revision), _iso(obs.updated_at),
                "" if obs.score is None else repr(obs.score),
                json.dumps(revisions.get(obs.id, []), ensure_ascii=False),
                "" if obs.co_observation is None else str(obs.co_observation),
                obs.calibration_note,
            )])  # fmt: skip
            counts["observations"] += 1
            for snap in obs.snapshots:
                machine_snapshots.append([cell(machine_snapshots, v) for v in (
                    str(obs.uuid), str(snap.position), snap.activity or "",
                    "" if snap.pupils_off_task is None else str(snap.pupils_off_task),
                    snap.material or "", "" if snap.minute is None else repr(snap.minute),
                )])  # fmt: skip
            for score in sorted(
                obs.scores,
                key=lambda s: (criteria[s.criterion_id][0].position,
                               criteria[s.criterion_id][1].position),
            ):  # fmt: skip
                section, criterion = criteria[score.criterion_id]
                value = None if score.not_applicable else score.score
                human_scores.append([
                    cell(human_scores, obs.observed_on), cell(human_scores, teacher.full_name),
                    cell(human_scores, _text_of(section, "title", language)),
                    cell(human_scores, _text_of(criterion, "text", language)),
                    cell(human_scores, NOT_APPLICABLE[language] if score.not_applicable else value),
                    cell(human_scores, score.comment),
                ])  # fmt: skip
                machine_scores.append([cell(machine_scores, v) for v in (
                    str(obs.uuid), str(section.position), str(criterion.position),
                    "" if value is None else str(value), "1" if score.not_applicable else "0",
                    score.comment,
                )])  # fmt: skip
                counts["scores"] += 1
        for template in templates.values():
            text = json.dumps(checklist_json(template), ensure_ascii=False, sort_keys=True)
            for part, start in enumerate(range(0, len(text), CHUNK)):
                machine_checklists.append([cell(machine_checklists, v) for v in (
                    str(template.family), str(template.version), str(part),
                    text[start : start + CHUNK],
                )])  # fmt: skip
    book.save(path)
    return PackageSummary(path, counts["observations"], counts["scores"], len(templates))


# --- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageContents:
    """The machine sheets of a package, as text records (one dict per row)."""

    observations: list[dict[str, str]]
    scores: list[dict[str, str]]
    checklist_rows: list[dict[str, str]]
    snapshots: list[dict[str, str]] = field(default_factory=list)
    deletions: list[dict[str, str]] = field(default_factory=list)

    def snapshots_by_observation(self) -> dict[str, list[dict[str, str]]]:
        result: dict[str, list[dict[str, str]]] = {}
        for item in self.snapshots:
            result.setdefault(item["observation_uuid"], []).append(item)
        return result

    def checklist_parts(self) -> dict[tuple[str, int], list[str]]:
        parts: dict[tuple[str, int], list[str]] = {}
        for item in sorted(self.checklist_rows, key=lambda r: int(r["part"] or 0)):
            parts.setdefault((item["family"], int(item["version"])), []).append(item["json"])
        return parts

    def scores_by_observation(self) -> dict[str, list[dict[str, str]]]:
        result: dict[str, list[dict[str, str]]] = {}
        for item in self.scores:
            result.setdefault(item["observation_uuid"], []).append(item)
        return result


def _records(
    grid: Any, sheet: str, columns: tuple[str, ...], optional: tuple[str, ...] = ()
) -> list[dict[str, str]]:
    rows = iter(grid.rows(sheet))
    header = [str(v or "") for v in next(rows, ())]
    missing = [c for c in columns if c not in header]
    if missing:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The sheet “{sheet}” of the package lacks the columns: {columns}.",
            ),
            sheet=sheet,
            columns=", ".join(missing),
        )
    index = {name: header.index(name) for name in columns + optional if name in header}
    result = []
    for row in rows:
        values = list(row)
        record = {
            name: "" if i >= len(values) or values[i] is None else str(values[i]).strip()
            for name, i in index.items()
        }
        if any(record.values()):
            for name in optional:
                record.setdefault(name, "")
            result.append(record)
    return result


def is_package(path: Path) -> bool:
    grid = open_grid(path)
    try:
        return OBSERVATIONS_SHEET in grid.sheet_names
    finally:
        grid.close()


def read_package(path: Path, max_rows: int) -> PackageContents:
    """The machine sheets of an observations package, or a UserError saying what is wrong."""
    grid = open_grid(path)
    try:
        if OBSERVATIONS_SHEET not in grid.sheet_names:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}” is not an observations package: it has no sheet “{sheet}”. "
                    "Export one with File ▸ Export ▸ Observations package.",
                ),
                file=path.name,
                sheet=OBSERVATIONS_SHEET,
            )
        observations = _records(grid, OBSERVATIONS_SHEET, OBSERVATION_COLUMNS, OPTIONAL_COLUMNS)
        scores = _records(grid, SCORES_SHEET, SCORE_COLUMNS)
        checklist_rows = _records(grid, CHECKLISTS_SHEET, CHECKLIST_COLUMNS)
        snapshots = (
            _records(grid, SNAPSHOTS_SHEET, SNAPSHOT_COLUMNS)
            if SNAPSHOTS_SHEET in grid.sheet_names
            else []
        )
        deletions = (
            _records(grid, DELETIONS_SHEET, DELETION_COLUMNS)
            if DELETIONS_SHEET in grid.sheet_names
            else []
        )
    finally:
        grid.close()
    if len(observations) > max_rows:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The sheet “{sheet}” has more than {limit} rows, the limit set in "
                "Settings. Split the file or raise the limit.",
            ),
            sheet=OBSERVATIONS_SHEET,
            limit=max_rows,
        )
    return PackageContents(observations, scores, checklist_rows, snapshots, deletions)
