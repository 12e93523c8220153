"""Exchange packages for inspectors: observations moved between computers without duplicates.

The workbook has human-readable sheets (one row per observation; one per criterion score) and
machine-readable sheets (names start with ``machine_``): every observation with its UUID,
template version and every score and comment, the teachers it names and the full checklist
versions it uses (as JSON, cut into pieces below Excel's 32,767 characters a cell).

:func:`merge_observations` merges such a package by UUID: a new observation is added, an
identical one left alone, a changed one updated only when the incoming copy is newer (a later
``updated_at`` and, for a final observation, a later revision); a final observation changed on
both computers is a true conflict: it is listed and the local copy kept. Teachers (by UUID,
then by name), classes (by name and year) and checklist versions (by family and version) are
matched or created.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.names import match_person, name_key
from eduqa_desktop.domain.observation_scoring import CriterionScore, observation_score
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.exchange.headers import PURPOSE_LABELS
from eduqa_desktop.exchange.import_context import ImportContext
from eduqa_desktop.exchange.import_plan import CREATE_TEACHER, Action
from eduqa_desktop.exchange.safe_cells import (
    DATE_FORMAT,
    PERCENT_FORMAT,
    cell,
    header_cells,
)
from eduqa_desktop.exchange.workbook_reader import SourceRow, open_grid
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.progress import NO_PROGRESS, Progress
from eduqa_desktop.services.reference_data import add_checklist, parse_checklist
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    AcademicYear,
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Observation,
    ObservationScore,
    School,
    SchoolClass,
    Subject,
    Teacher,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

OBSERVATIONS_SHEET = "machine_observations"
SCORES_SHEET = "machine_scores"
CHECKLISTS_SHEET = "machine_checklists"
FORMAT_VERSION = "1"
CHUNK = 30_000

OBSERVATION_COLUMNS = (
    "uuid", "school", "teacher_uuid", "teacher", "personnel_number", "observer", "observed_on",
    "lesson_period", "class_name", "year", "subject", "topic", "purpose", "template_family",
    "template_version", "strengths", "recommendations", "next_steps", "next_steps_due",
    "teacher_has_seen", "status", "finalized_at", "revision", "updated_at", "score",
)  # fmt: skip
SCORE_COLUMNS = (
    "observation_uuid", "section", "position", "score", "not_applicable", "comment",
)  # fmt: skip
CHECKLIST_COLUMNS = ("family", "version", "part", "json")

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

    return {
        "code": template.code,
        "name": text(template, "name"),
        "description": text(template, "description"),
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
                    }
                    for criterion in section.criteria
                ],
            }
            for section in template.sections
        ],
    }


def export_observations(
    db: Database,
    school_id: int,
    path: Path | str,
    *,
    since: date | None = None,
    language: str = "en",
    progress: Progress = NO_PROGRESS,
) -> PackageSummary:
    """Write the school's observations (changed on or after `since`) as an exchange package."""
    path = Path(path)
    book = Workbook(write_only=True)
    titles = HUMAN.get(language, HUMAN["en"])
    human = book.create_sheet(titles[0])
    human_scores = book.create_sheet(titles[1])
    machine = book.create_sheet(OBSERVATIONS_SHEET)
    machine_scores = book.create_sheet(SCORES_SHEET)
    machine_checklists = book.create_sheet(CHECKLISTS_SHEET)
    human.freeze_panes = "A2"
    human_scores.freeze_panes = "A2"
    for sheet, widths in ((human, (12, 30, 8, 20, 7, 30, 22, 24, 26, 10, 12, 30, 30, 30, 12)),
                          (human_scores, (12, 30, 30, 60, 8, 40))):  # fmt: skip
        for index, width in enumerate(widths):
            sheet.column_dimensions[chr(ord("A") + index)].width = width
    human.append(header_cells(human, titles[2]))
    human_scores.append(header_cells(human_scores, titles[3]))
    machine.append([cell(machine, name) for name in OBSERVATION_COLUMNS])
    machine_scores.append([cell(machine_scores, name) for name in SCORE_COLUMNS])
    machine_checklists.append([cell(machine_checklists, name) for name in CHECKLIST_COLUMNS])
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
            )])  # fmt: skip
            counts["observations"] += 1
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


# --- merge ---------------------------------------------------------------------------------


def _records(grid: Any, sheet: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
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
    index = {name: header.index(name) for name in columns}
    result = []
    for row in rows:
        values = list(row)
        record = {
            name: "" if i >= len(values) or values[i] is None else str(values[i]).strip()
            for name, i in index.items()
        }
        if any(record.values()):
            result.append(record)
    return result


def is_package(path: Path) -> bool:
    grid = open_grid(path)
    try:
        return OBSERVATIONS_SHEET in grid.sheet_names
    finally:
        grid.close()


def _template(
    context: ImportContext, family: str, version: int, parts: dict[tuple[str, int], list[str]]
) -> ChecklistTemplate | None:
    session = context.session
    found = session.scalar(
        select(ChecklistTemplate).where(
            ChecklistTemplate.family == uuid.UUID(family), ChecklistTemplate.version == version
        )
    )
    if found is not None:
        return found
    text = "".join(parts.get((family, version), []))
    if not text:
        return None
    data = json.loads(text)
    # The shipped checklists are installed with a new family on every computer: the same
    # content under the same code is the same checklist.
    if data.get("code"):
        for candidate in session.scalars(
            select(ChecklistTemplate).where(ChecklistTemplate.code == data["code"])
        ):
            if checklist_json(candidate) == data:
                return candidate
    spec = parse_checklist(data, require_all_languages=False)
    created = add_checklist(session, spec, family=uuid.UUID(family), version=version)
    created.superseded = True  # kept for the observations; the local editor decides what to offer
    return created


def _teacher(context: ImportContext, record: dict[str, str], row: int) -> Teacher | None:
    session = context.session
    by_uuid = session.scalar(
        select(Teacher).where(
            Teacher.uuid == uuid.UUID(record["teacher_uuid"]),
            Teacher.school_id == context.school_id,
        )
    )
    if by_uuid is not None:
        return by_uuid
    name = record["teacher"]
    choice = context.request.teacher_choices.get(name)
    if isinstance(choice, int):
        return session.get(Teacher, choice)
    matches = [] if choice == CREATE_TEACHER else match_person(name, context.school_teachers())
    exact = [m for m in matches if m.strength == "exact"]
    if len(exact) == 1:
        return session.get(Teacher, exact[0].candidate_id)
    if len(matches) > 1 or (matches and not exact):
        key = name_key(name)
        if key in context._questions:
            context._questions[key][1].append(row)
        else:
            candidates = tuple((int(m.candidate_id), m.full_name) for m in matches)
            context._questions[key] = (name, [row], candidates)
        return None
    teacher = context.new_teacher(name)
    teacher.uuid = uuid.UUID(record["teacher_uuid"])
    teacher.personnel_number = record.get("personnel_number") or None
    return teacher


def _fields(record: dict[str, str]) -> dict[str, Any]:
    return {
        "observer": record["observer"],
        "observed_on": date.fromisoformat(record["observed_on"]),
        "lesson_period": int(record["lesson_period"]) if record["lesson_period"] else None,
        "topic": record["topic"],
        "purpose": Purpose(record["purpose"]),
        "strengths": record["strengths"],
        "recommendations": record["recommendations"],
        "next_steps": record["next_steps"],
        "next_steps_due": (
            date.fromisoformat(record["next_steps_due"]) if record["next_steps_due"] else None
        ),
        "teacher_has_seen": record["teacher_has_seen"] == "1",
        "status": ObservationStatus(record["status"]),
        "finalized_at": (
            datetime.fromisoformat(record["finalized_at"]) if record["finalized_at"] else None
        ),
        "revision": int(record["revision"] or 0),
    }


def _score_map(scores: list[dict[str, str]]) -> dict[tuple[int, int], tuple[int | None, bool, str]]:
    return {
        (int(s["section"]), int(s["position"])): (
            int(float(s["score"])) if s["score"] else None,
            s["not_applicable"] == "1",
            s["comment"],
        )
        for s in scores
    }


def _local_scores(
    session: Session, obs: Observation
) -> dict[tuple[int, int], tuple[int | None, bool, str]]:
    rows = session.execute(
        select(ChecklistSection.position, ChecklistCriterion.position, ObservationScore)
        .join(ChecklistCriterion, ChecklistCriterion.id == ObservationScore.criterion_id)
        .join(ChecklistSection, ChecklistSection.id == ChecklistCriterion.section_id)
        .where(ObservationScore.observation_id == obs.id)
    )
    return {(a, b): (s.score, s.not_applicable, s.comment) for a, b, s in rows}


def _write_scores(
    session: Session,
    obs: Observation,
    template: ChecklistTemplate,
    wanted: dict[tuple[int, int], tuple[int | None, bool, str]],
) -> None:
    obs.scores.clear()
    session.flush()
    items = []
    for section in template.sections:
        for criterion in section.criteria:
            value = wanted.get((section.position, criterion.position))
            if value is None:
                continue
            score, not_applicable, comment = value
            obs.scores.append(
                ObservationScore(
                    criterion_id=criterion.id,
                    score=None if not_applicable else score,
                    not_applicable=not_applicable,
                    comment=comment,
                )
            )
            items.append(CriterionScore(None if not_applicable else score, criterion.weight))
    obs.score = observation_score(items, template.scale_min, template.scale_max)


LOCAL_FINAL = QT_TRANSLATE_NOOP("Messages", "the copy on this computer is final")
LOCAL_NEWER = QT_TRANSLATE_NOOP("Messages", "the copy on this computer is newer")


def merge_observations(context: ImportContext, max_rows: int) -> str:
    """Merge an exchange package into the context's school (see the module docstring)."""
    path = Path(context.request.path)
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
        observations = _records(grid, OBSERVATIONS_SHEET, OBSERVATION_COLUMNS)
        scores = _records(grid, SCORES_SHEET, SCORE_COLUMNS)
        checklist_rows = _records(grid, CHECKLISTS_SHEET, CHECKLIST_COLUMNS)
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
    parts: dict[tuple[str, int], list[str]] = {}
    for item in sorted(checklist_rows, key=lambda r: int(r["part"] or 0)):
        parts.setdefault((item["family"], int(item["version"])), []).append(item["json"])
    scores_by_obs: dict[str, list[dict[str, str]]] = {}
    for item in scores:
        scores_by_obs.setdefault(item["observation_uuid"], []).append(item)
    session = context.session
    for index, record in enumerate(observations):
        row = index + 2
        if index % 100 == 0:
            context.progress.check()
            context.progress.report(index, len(observations))
        source = SourceRow(OBSERVATIONS_SHEET, row, {
            "class_name": record["class_name"] or None, "subject": record["subject"] or None,
        }, dict(record), {})  # fmt: skip
        try:
            fields = _fields(record)
            obs_uuid = uuid.UUID(record["uuid"])
            updated_at = datetime.fromisoformat(record["updated_at"])
            template = _template(
                context, record["template_family"], int(record["template_version"]), parts
            )
        except (ValueError, KeyError, json.JSONDecodeError) as error:
            context.row_problem(
                source,
                QT_TRANSLATE_NOOP("Messages", "This row of the package is damaged: {reason}"),
                reason=str(error),
            )
            continue
        if template is None:
            context.row_problem(
                source,
                QT_TRANSLATE_NOOP(
                    "Messages", "The checklist of this observation is missing from the package."
                ),
            )
            continue
        teacher = _teacher(context, record, row)
        year = record["year"] or None
        school_class = context.school_class(source, year) if year and record["class_name"] else None
        subject = context.subject(record["subject"]) if record["subject"] else None
        if teacher is None:
            continue
        wanted_scores = _score_map(scores_by_obs.get(record["uuid"], []))
        what = f"{fields['observed_on'].strftime('%d.%m.%Y')} · {teacher.full_name}"
        fields.update(
            teacher_id=teacher.id,
            class_id=school_class.id if school_class else None,
            subject_id=subject.id if subject else None,
            template_id=template.id,
        )
        local = session.scalar(select(Observation).where(Observation.uuid == obs_uuid))
        if local is None:
            obs = Observation(uuid=obs_uuid, school_id=context.school_id, **fields)
            session.add(obs)
            session.flush()
            _write_scores(session, obs, template, wanted_scores)
            obs.updated_at = updated_at
            context.planned(source, Action.CREATE, what)
            continue
        same = all(getattr(local, k) == v for k, v in fields.items()) and (
            _local_scores(session, local) == wanted_scores
        )
        if same:
            context.planned(source, Action.UNCHANGED, what)
            continue
        incoming_newer = updated_at > local.updated_at
        final_both = local.status == ObservationStatus.FINAL and (
            fields["status"] == ObservationStatus.FINAL
        )
        if incoming_newer and (not final_both or fields["revision"] > local.revision):
            if local.status == ObservationStatus.FINAL and fields["status"] != "final":
                context.planned(source, Action.UNCHANGED, what, LOCAL_FINAL)
                continue
            for key, value in fields.items():
                setattr(local, key, value)
            _write_scores(session, local, template, wanted_scores)
            local.updated_at = updated_at
            context.planned(source, Action.UPDATE, what)
        elif incoming_newer or (final_both and fields["revision"] == local.revision):
            context.conflicts.append(f"{what} ({record['uuid']})")
        else:
            context.planned(source, Action.UNCHANGED, what, LOCAL_NEWER)
    session.flush()
    return OBSERVATIONS_SHEET
