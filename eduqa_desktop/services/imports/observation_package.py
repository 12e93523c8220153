"""Merging an observations package into a school, by UUID, between any two databases.

A new observation is added; an identical one left alone; a changed one follows these rules:

- a draft never overwrites a final observation;
- two drafts: the one saved later wins (``updated_at``);
- two finals: the package's corrections (the UUIDs in its ``revisions`` column) decide — when
  they include every correction made here and more, the package's copy is newer and replaces
  this one (its corrections are recorded here too); when this computer has every correction
  of the package and more, the local copy is kept; anything else (corrected on both sides,
  or changed without a correction) is a conflict: listed, and the local copy kept. A package
  of an older version without that column falls back to ``updated_at`` and the revision number;
- an observation deleted on this computer (its tombstone, ``services.deletions``) is not
  brought back by a package, unless it is final there or was changed there after the
  deletion (a conflict); an observation the package says was deleted is deleted here
  (``package_deletions``: never a final one, nor one changed here since — conflicts).

A conflict keeps the local copy unless the request's choices take the package's
(``ImportRequest.prefer`` / ``conflict_choices``): then it is written as an update, with an
audit entry holding both versions.

Teachers and checklist versions are matched by ``package_matching``; classes and subjects by
name. The caller (``run``) commits all of it or nothing.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.merge_conflicts import Conflict
from eduqa_desktop.domain.observation_scoring import CriterionScore, observation_score
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.exchange.exchange_package import (
    DELETIONS_SHEET,
    OBSERVATIONS_SHEET,
    PackageContents,
    read_package,
)
from eduqa_desktop.exchange.import_plan import Action
from eduqa_desktop.exchange.workbook_reader import SourceRow
from eduqa_desktop.services import audit
from eduqa_desktop.services.deletions import OBSERVATION, deleted_uuids, forget_deletion
from eduqa_desktop.services.imports.context import ImportContext
from eduqa_desktop.services.imports.package_deletions import DELETED_THERE, apply_deletions
from eduqa_desktop.services.imports.package_matching import package_teacher, package_template
from eduqa_desktop.services.imports.package_snapshots import (
    link_fields,
    local_snapshots,
    snapshot_map,
    write_snapshots,
)
from eduqa_desktop.storage.models import (
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Observation,
    ObservationRevision,
    ObservationScore,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

LOCAL_FINAL = QT_TRANSLATE_NOOP("Messages", "the copy on this computer is final")
LOCAL_NEWER = QT_TRANSLATE_NOOP("Messages", "the copy on this computer is newer")
DELETED_HERE = QT_TRANSLATE_NOOP(
    "Messages", "this draft was deleted on this computer; it is not brought back"
)
CHANGED_AFTER_DELETION = QT_TRANSLATE_NOOP(
    "Messages", "deleted on this computer, but changed where the package was made after that"
)
BROUGHT_BACK = QT_TRANSLATE_NOOP(
    "Messages", "deleted on this computer as a draft, final in the package: brought back"
)
CORRECTED_BOTH = QT_TRANSLATE_NOOP("Messages", "changed on both computers")
# the fields a conflict shows side by side
SHOWN_FIELDS = ("status", "revision", "corrections", "updated_at", "topic", "strengths",
                "recommendations", "next_steps", "score")  # fmt: skip
OTHER_SCHOOL = QT_TRANSLATE_NOOP(
    "Messages", "this observation belongs to another school in this database"
)

DAMAGED = QT_TRANSLATE_NOOP("Messages", "This row of the package is damaged: {reason}")

ScoreMap = dict[tuple[int, int], tuple[int | None, bool, str]]
Revisions = list[dict[str, Any]]


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
        **link_fields(record),
    }


def _revisions(record: dict[str, str]) -> Revisions | None:
    text = record.get("revisions", "")
    if not text:
        return None
    items = json.loads(text)
    if not isinstance(items, list):
        raise ValueError("revisions")
    for item in items:
        uuid.UUID(str(item["uuid"]))
        int(item["revision"])
    return items


def _score_map(scores: list[dict[str, str]]) -> ScoreMap:
    return {
        (int(s["section"]), int(s["position"])): (
            int(float(s["score"])) if s["score"] else None,
            s["not_applicable"] == "1",
            s["comment"],
        )
        for s in scores
    }


def _local_scores(session: Session, obs: Observation) -> ScoreMap:
    rows = session.execute(
        select(ChecklistSection.position, ChecklistCriterion.position, ObservationScore)
        .join(ChecklistCriterion, ChecklistCriterion.id == ObservationScore.criterion_id)
        .join(ChecklistSection, ChecklistSection.id == ChecklistCriterion.section_id)
        .where(ObservationScore.observation_id == obs.id)
    )
    return {(a, b): (s.score, s.not_applicable, s.comment) for a, b, s in rows}


def _local_revisions(session: Session, obs: Observation) -> dict[str, int]:
    return {
        str(item.uuid): item.revision
        for item in session.scalars(
            select(ObservationRevision).where(ObservationRevision.observation_id == obs.id)
        )
    }


def _write_scores(
    session: Session, obs: Observation, template: ChecklistTemplate, wanted: ScoreMap
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


def _add_revisions(
    session: Session, obs: Observation, incoming: Revisions | None, *, renumber: bool = False
) -> None:
    """Record the package's corrections this computer does not have yet; one whose number a
    correction made here has is left out — or, when the package's copy was chosen over this
    one (`renumber`), recorded after this computer's own."""
    if not incoming:
        return
    have = _local_revisions(session, obs)
    numbers = set(have.values())
    for item in incoming:
        key = str(uuid.UUID(str(item["uuid"])))
        number = int(item["revision"])
        if key in have or (number in numbers and not renumber):
            continue
        if session.scalar(
            select(ObservationRevision.id).where(ObservationRevision.uuid == uuid.UUID(key))
        ):
            continue
        session.add(
            ObservationRevision(
                uuid=uuid.UUID(key),
                observation_id=obs.id,
                revision=(number := max(numbers, default=0) + 1 if number in numbers else number),
                reason=str(item.get("reason") or ""),
                changed_by=str(item.get("changed_by") or ""),
                before=None,
            )
        )
        numbers.add(number)
    session.flush()


def _decide(
    local: Observation,
    fields: dict[str, Any],
    updated_at: datetime,
    incoming: Revisions | None,
    here: dict[str, int],
) -> str:
    """ "update", "conflict", or the reason the local copy is kept (see the module docstring)."""
    local_final = local.status == ObservationStatus.FINAL
    if local_final and fields["status"] != ObservationStatus.FINAL:
        return LOCAL_FINAL
    if not local_final:
        return "update" if updated_at > local.updated_at else LOCAL_NEWER
    if incoming is None:
        newer = updated_at > local.updated_at
        if newer and fields["revision"] > local.revision:
            return "update"
        if newer or fields["revision"] == local.revision:
            return "conflict"
        return LOCAL_NEWER
    theirs = {str(uuid.UUID(str(item["uuid"]))) for item in incoming}
    mine = set(here)
    if mine < theirs:
        return "update"
    if theirs < mine:
        return LOCAL_NEWER
    return "conflict"


def _here_fields(obs: Observation) -> dict[str, str]:
    """The local copy as the package's text cells (what a conflict shows)."""
    return {"status": str(obs.status), "revision": str(obs.revision),
            "updated_at": obs.updated_at.isoformat(), "topic": obs.topic,
            "strengths": obs.strengths, "recommendations": obs.recommendations,
            "next_steps": obs.next_steps,
            "score": "" if obs.score is None else repr(obs.score)}  # fmt: skip


def _revision_rows(session: Session, obs: Observation) -> Revisions:
    query = (
        select(ObservationRevision)
        .where(ObservationRevision.observation_id == obs.id)
        .order_by(ObservationRevision.revision)
    )
    return [{"reason": r.reason, "changed_by": r.changed_by} for r in session.scalars(query)]


def _reasons(revisions: Revisions) -> str:
    """The corrections as a conflict shows them: why, and who."""
    return "; ".join(
        f"{item.get('reason') or '—'} ({item.get('changed_by')})" if item.get("changed_by")
        else str(item.get("reason") or "—")
        for item in revisions
    )


def observation_conflict(
    what: str, record: dict[str, str], here: dict[str, str] | None, reason: str
) -> Conflict:
    here = here or {}
    diffs = [k for k in SHOWN_FIELDS if here.get(k, "") != record.get(k, "")]
    return Conflict("observation", record["uuid"], what, {k: here.get(k, "") for k in diffs},
                    {k: record.get(k, "") for k in diffs}, reason=reason)  # fmt: skip


def _apply_package_deletions(context: ImportContext, package: PackageContents) -> None:
    applied = apply_deletions(
        context.session, context.school_id, package.deletions, context.request.choices,
        source=Path(context.request.path).name, kinds=(OBSERVATION,),
    )  # fmt: skip
    for row, reason in applied.damaged:
        source = SourceRow(DELETIONS_SHEET, row, {}, {}, {})
        context.row_problem(source, DAMAGED, reason=reason)
    for _kind, what in applied.deleted:
        context.planned(SourceRow(DELETIONS_SHEET, None, {}, {}, {}), Action.DELETE, what,
                        DELETED_THERE)  # fmt: skip
    context.conflicts.extend(applied.conflicts)


def merge_observations(context: ImportContext, max_rows: int) -> str:
    """Merge an exchange package into the context's school (see the module docstring)."""
    return merge_observation_records(context, read_package(Path(context.request.path), max_rows))


def merge_observation_records(context: ImportContext, package: PackageContents) -> str:
    """Merge the observation sheets of a package (an inspector's or a school's) already read."""
    parts = package.checklist_parts()
    scores_by_obs = package.scores_by_observation()
    snapshots_by_obs = package.snapshots_by_observation()
    session = context.session
    _apply_package_deletions(context, package)
    deleted = deleted_uuids(session, OBSERVATION)
    choices = context.request.choices
    for index, record in enumerate(package.observations):
        row = index + 2
        if index % 100 == 0:
            context.progress.check()
            context.progress.report(index, len(package.observations))
        source = SourceRow(OBSERVATIONS_SHEET, row, {
            "class_name": record["class_name"] or None, "subject": record["subject"] or None,
        }, dict(record), {})  # fmt: skip
        try:
            fields = _fields(record)
            obs_uuid = uuid.UUID(record["uuid"])
            updated_at = datetime.fromisoformat(record["updated_at"])
            incoming_revisions = _revisions(record)
            template = package_template(
                context, record["template_family"], int(record["template_version"]), parts
            )
            wanted_scores = _score_map(scores_by_obs.get(record["uuid"], []))
            wanted_snapshots = snapshot_map(snapshots_by_obs.get(record["uuid"], []))
        except (ValueError, KeyError, TypeError, json.JSONDecodeError) as error:
            context.row_problem(source, DAMAGED, reason=str(error))
            continue
        if template is None:
            context.row_problem(
                source,
                QT_TRANSLATE_NOOP(
                    "Messages", "The checklist of this observation is missing from the package."
                ),
            )
            continue
        what = f"{fields['observed_on'].strftime('%d.%m.%Y')} · {record['teacher']}"
        local = session.scalar(select(Observation).where(Observation.uuid == obs_uuid))
        back = ""  # why an observation deleted here is brought back
        if local is None and obs_uuid in deleted:
            if fields["status"] == ObservationStatus.FINAL:
                back = BROUGHT_BACK
            elif updated_at > deleted[obs_uuid]:
                conflict = observation_conflict(what, record, None, CHANGED_AFTER_DELETION)
                context.conflicts.append(conflict)
                if not choices.take_theirs(conflict):
                    context.planned(source, Action.UNCHANGED, what, DELETED_HERE)
                    continue
                back = CHANGED_AFTER_DELETION
            else:
                context.planned(source, Action.UNCHANGED, what, DELETED_HERE)
                continue
        if local is not None and local.school_id != context.school_id:
            context.planned(source, Action.UNCHANGED, what, OTHER_SCHOOL)
            context.conflicts.append(Conflict("observation", record["uuid"], what, {}, {},
                                              resolvable=False, reason=OTHER_SCHOOL))  # fmt: skip
            continue
        teacher, note = package_teacher(context, record, row)
        year = record["year"] or None
        school_class = context.school_class(source, year) if year and record["class_name"] else None
        subject = context.subject(record["subject"]) if record["subject"] else None
        if teacher is None:
            continue
        details, params = note if note else ("", {})
        what = f"{fields['observed_on'].strftime('%d.%m.%Y')} · {teacher.full_name}"
        fields.update(
            teacher_id=teacher.id,
            class_id=school_class.id if school_class else None,
            subject_id=subject.id if subject else None,
            template_id=template.id,
        )
        if local is None:
            if back:
                forget_deletion(session, obs_uuid)
                audit.record(session, "take_theirs", "observation", obs_uuid,
                             after={"package": Path(context.request.path).name})  # fmt: skip
                details, params = back, {}
            obs = Observation(uuid=obs_uuid, school_id=context.school_id, **fields)
            session.add(obs)
            session.flush()
            _write_scores(session, obs, template, wanted_scores)
            write_snapshots(session, obs, wanted_snapshots)
            _add_revisions(session, obs, incoming_revisions)
            obs.updated_at = updated_at
            context.planned(source, Action.CREATE, what, details, **params)
            continue
        here = _local_revisions(session, local)
        same = (
            all(getattr(local, k) == v for k, v in fields.items())
            and _local_scores(session, local) == wanted_scores
            and local_snapshots(local) == wanted_snapshots
            and (incoming_revisions is None or {str(i["uuid"]) for i in incoming_revisions}
                 <= set(here))
        )  # fmt: skip
        if same:
            context.planned(source, Action.UNCHANGED, what, details, **params)
            continue
        decision = _decide(local, fields, updated_at, incoming_revisions, here)
        if decision == "conflict":
            conflict = observation_conflict(
                what, {**record, "corrections": _reasons(incoming_revisions or [])},
                {**_here_fields(local), "corrections": _reasons(_revision_rows(session, local))},
                CORRECTED_BOTH,
            )
            context.conflicts.append(conflict)
            if choices.take_theirs(conflict):
                audit.record(session, "take_theirs", "observation", local.uuid,
                             before=conflict.here, after=conflict.package)  # fmt: skip
                decision = "theirs"
        if decision in ("update", "theirs"):
            for key, value in fields.items():
                setattr(local, key, value)
            _write_scores(session, local, template, wanted_scores)
            write_snapshots(session, local, wanted_snapshots)
            _add_revisions(session, local, incoming_revisions, renumber=decision == "theirs")
            local.updated_at = updated_at
            context.planned(source, Action.UPDATE, what, details, **params)
        elif decision != "conflict":
            context.planned(source, Action.UNCHANGED, what, decision)
    session.flush()
    return OBSERVATIONS_SHEET
