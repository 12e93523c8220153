"""An inspector's observations package: the school's observations (changed since a date) with
their scores, corrections, snapshots and checklist versions, gathered as plain rows for
``exchange.exchange_package.write_observations_package``, with the tombstones of the
observations deleted here."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.exchange.exchange_package import (
    CHUNK,
    NOT_APPLICABLE,
    STATUS_LABELS,
    ObservationsPackageData,
    PackageSummary,
    write_observations_package,
)
from eduqa_desktop.exchange.headers import PURPOSE_LABELS
from eduqa_desktop.progress import NO_PROGRESS, Progress
from eduqa_desktop.services.deletions import OBSERVATION, deletion_rows
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


def export_observations(
    db: Database,
    school_id: int,
    path: Path | str,
    *,
    since: date | None = None,
    language: str = "en",
    progress: Progress = NO_PROGRESS,
) -> PackageSummary:
    """The school's observations package (changed on or after `since`, when given), with the
    tombstones of its observations deleted since then, so that the other computer deletes
    them too."""
    start = datetime.combine(since, datetime.min.time()) if since else None
    with db.session() as session:
        data = observations_package_data(session, school_id, since=start, language=language,
                                         progress=progress)  # fmt: skip
    return write_observations_package(data, path, language=language)


def iso(value: date | datetime | None) -> str:
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


def _revisions_of(session: Session, school_id: int) -> dict[int, list[dict[str, Any]]]:
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


def observations_package_data(
    session: Session,
    school_id: int,
    *,
    since: datetime | None = None,
    language: str = "en",
    progress: Progress = NO_PROGRESS,
) -> ObservationsPackageData:
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
        query = query.where(Observation.updated_at >= since)
    records = session.execute(query).all()
    revisions = _revisions_of(session, school_id)
    data = ObservationsPackageData([], [], [], [], [], [],
                                   deletions=deletion_rows(session, school_id, (OBSERVATION,),
                                                           since))  # fmt: skip
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
        data.readable.append([
            obs.observed_on, teacher.full_name, class_name or "", shown_subject or subject_name,
            obs.lesson_period, obs.topic, PURPOSE_LABELS[str(obs.purpose)][language],
            obs.observer, f"{_text_of(template, 'name', language)} v{template.version}",
            obs.score, STATUS_LABELS[language][str(obs.status)], obs.strengths,
            obs.recommendations, obs.next_steps, obs.next_steps_due,
        ])  # fmt: skip
        data.observations.append([
            str(obs.uuid), school.name, str(teacher.uuid), teacher.full_name,
            teacher.personnel_number or "", obs.observer, iso(obs.observed_on),
            "" if obs.lesson_period is None else str(obs.lesson_period), class_name or "",
            year or "", subject_name, obs.topic, str(obs.purpose), str(template.family),
            str(template.version), obs.strengths, obs.recommendations, obs.next_steps,
            iso(obs.next_steps_due), "1" if obs.teacher_has_seen else "0", str(obs.status),
            iso(obs.finalized_at), str(obs.revision), iso(obs.updated_at),
            "" if obs.score is None else repr(obs.score),
            json.dumps(revisions.get(obs.id, []), ensure_ascii=False),
            "" if obs.co_observation is None else str(obs.co_observation),
            obs.calibration_note,
        ])  # fmt: skip
        for snap in obs.snapshots:
            data.snapshots.append([
                str(obs.uuid), str(snap.position), snap.activity or "",
                "" if snap.pupils_off_task is None else str(snap.pupils_off_task),
                snap.material or "", "" if snap.minute is None else repr(snap.minute),
            ])  # fmt: skip
        for score in sorted(
            obs.scores,
            key=lambda s: (criteria[s.criterion_id][0].position,
                           criteria[s.criterion_id][1].position),
        ):  # fmt: skip
            section, criterion = criteria[score.criterion_id]
            value = None if score.not_applicable else score.score
            data.readable_scores.append([
                obs.observed_on, teacher.full_name, _text_of(section, "title", language),
                _text_of(criterion, "text", language),
                NOT_APPLICABLE[language] if score.not_applicable else value, score.comment,
            ])  # fmt: skip
            data.scores.append([
                str(obs.uuid), str(section.position), str(criterion.position),
                "" if value is None else str(value), "1" if score.not_applicable else "0",
                score.comment,
            ])  # fmt: skip
    for template in templates.values():
        text = json.dumps(checklist_json(template), ensure_ascii=False, sort_keys=True)
        for part, start in enumerate(range(0, len(text), CHUNK)):
            data.checklists.append([str(template.family), str(template.version), str(part),
                                    text[start : start + CHUNK]])  # fmt: skip
    return replace(data, checklist_count=len(templates))
