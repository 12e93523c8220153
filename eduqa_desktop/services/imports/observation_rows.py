"""A filled observations template: one lesson visited per row, a level per criterion column.

A row is matched to a lesson already in the database by teacher × date × lesson period ×
class, so importing the same file twice changes nothing. A lesson with every criterion
answered (a level or N) is imported final, as a finished visit; one with gaps stays a draft to
finish in the app. Changing a final lesson by a later import is a correction: the old version
is kept as a revision whose reason names the file and row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl.utils import get_column_letter
from sqlalchemy import select

from eduqa_desktop.domain.observation_scoring import CriterionScore, observation_score
from eduqa_desktop.domain.school_calendar import year_name_for
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.exchange.headers import OBSERVATIONS, purpose_value
from eduqa_desktop.exchange.import_plan import Action
from eduqa_desktop.exchange.observation_sheet import criterion_number, is_not_applicable
from eduqa_desktop.exchange.problems import Problem, shown
from eduqa_desktop.exchange.workbook_reader import SourceRow, Table, as_number
from eduqa_desktop.services import audit
from eduqa_desktop.services.checklist_finder import ChecklistFinder
from eduqa_desktop.services.checklist_views import TemplateView
from eduqa_desktop.services.imports.context import ImportContext
from eduqa_desktop.services.observation_records import snapshot
from eduqa_desktop.storage.models import Observation, ObservationRevision, ObservationScore
from eduqa_desktop.storage.types import utc_now
from eduqa_desktop.text import QT_TRANSLATE_NOOP

LAYOUT = OBSERVATIONS
MAX_PERIOD = 12
SCORE_TOLERANCE = 0.5  # points of the 0–100 score: the rounding a hand-written score may have
_TEXT_FIELDS = ("observer", "topic", "strengths", "recommendations", "next_steps")

Key = tuple[int, date, int | None, int | None]  # teacher, date, lesson period, class
Levels = dict[int, int | None]  # criterion id → level, None = not applicable


@dataclass(frozen=True)
class _Row:
    fields: dict[str, Any]
    levels: Levels
    view: TemplateView
    score: float | None

    @property
    def complete(self) -> bool:
        return all(c.id in self.levels for c in self.view.criteria)


def import_observations(context: ImportContext, table: Table) -> None:
    criteria_columns = {
        index: number
        for index, header in table.extra_headers.items()
        if (number := criterion_number(header)) is not None
    }
    if not criteria_columns and "score" not in table.columns:
        context.problems.append(
            Problem(
                table.sheet,
                table.header_row,
                "",
                "",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The sheet has no criterion columns (headed by the criterion number, like "
                    "“1.1 …”). Use the observations template (File ▸ Export ▸ Template).",
                ),
            )
        )
        return
    finder = ChecklistFinder(context.session)
    existing = _existing(context)
    seen: dict[Key, int] = {}
    for index, source in enumerate(table.rows):
        if index % 200 == 0:
            context.progress.check()
            context.progress.report(index, len(table.rows))
        before = len(context.problems)
        found = _read_row(context, source, finder, criteria_columns, existing)
        if found is None or len(context.problems) > before:
            continue
        row, local = found
        key: Key = (
            row.fields["teacher_id"],
            row.fields["observed_on"],
            row.fields["lesson_period"],
            row.fields["class_id"],
        )
        if key in seen:
            context.row_problem(
                source, QT_TRANSLATE_NOOP("Messages", "This row repeats row {other}."),
                other=seen[key],
            )  # fmt: skip
            continue
        seen[key] = source.row
        if local is None:
            existing[key] = _create(context, source, row)
        else:
            _update(context, source, table, local, row)
    context.session.flush()


def _existing(context: ImportContext) -> dict[Key, Observation]:
    found: dict[Key, Observation] = {}
    for obs in context.session.scalars(
        select(Observation).where(Observation.school_id == context.school_id)
    ):
        found.setdefault((obs.teacher_id, obs.observed_on, obs.lesson_period, obs.class_id), obs)
    return found


# --- reading one row -------------------------------------------------------------------------


def _read_row(
    context: ImportContext,
    source: SourceRow,
    finder: ChecklistFinder,
    criteria_columns: dict[int, str],
    existing: dict[Key, Observation],
) -> tuple[_Row, Observation | None] | None:
    """The row read and checked (problems recorded), with the lesson it matches, if any."""
    teacher = context.teacher(source)
    has_date = context.require(source, "date")
    observed_on: date | None = source.values.get("date")
    if observed_on is not None and observed_on > date.today():
        context.problem(
            source,
            "date",
            QT_TRANSLATE_NOOP("Messages", "The lesson date {value} lies in the future."),
            value=observed_on.strftime("%d.%m.%Y"),
        )
    period = source.values.get("lesson_period")
    if period is not None and not 1 <= period <= MAX_PERIOD:
        context.problem(
            source,
            "lesson_period",
            QT_TRANSLATE_NOOP("Messages", "The lesson period must lie between 1 and {last}."),
            last=MAX_PERIOD,
        )
    school_class = None
    if observed_on is not None and source.values.get("class_name"):
        school_class = context.school_class(source, year_name_for(observed_on))
    local = None
    if teacher is not None and observed_on is not None:
        class_id = school_class.id if school_class else None
        local = existing.get((teacher.id, observed_on, period, class_id))
    view = _checklist(context, source, finder, local)
    purpose = _purpose(context, source, local)
    levels = _levels(context, source, view, criteria_columns) if view else {}
    if teacher is None or not has_date or observed_on is None or view is None or not purpose:
        return None
    subject = context.subject_of(source) if source.values.get("subject") else None
    score = _score(view, levels)
    _check_written_score(context, source, levels, score)
    fields: dict[str, Any] = {
        "teacher_id": teacher.id,
        "observed_on": observed_on,
        "lesson_period": period,
        "class_id": school_class.id if school_class else None,
        "subject_id": subject.id if subject else None,
        "purpose": purpose,
        "template_id": view.id,
        "next_steps_due": source.values.get("next_steps_due"),
        **{name: (source.values.get(name) or "").strip() for name in _TEXT_FIELDS},
    }
    return _Row(fields, levels, view, score), local


def _checklist(
    context: ImportContext, source: SourceRow, finder: ChecklistFinder, local: Observation | None
) -> TemplateView | None:
    """The checklist the row names; an empty cell keeps a known lesson's own checklist and
    means the template's (first) checklist for a new one."""
    written = source.values.get("checklist")
    if not written and local is not None:
        return finder.view(local.template_id)
    view = finder.find(written)
    if view is None:
        context.problem(
            source,
            "checklist",
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{value}” is not a checklist of this database; choose one from the list in "
                "the template.",
            ),
            value=shown(written),
        )
    return view


def _purpose(
    context: ImportContext, source: SourceRow, local: Observation | None
) -> Purpose | None:
    written = source.values.get("purpose")
    if not written:
        # a known lesson keeps its purpose; a new one is what most visits are
        return local.purpose if local is not None else Purpose.PLANNED_CONTROL
    value = purpose_value(written)
    if value is None:
        context.problem(
            source,
            "purpose",
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{value}” is not a purpose of a visit; choose one from the list in the template.",
            ),
            value=shown(written),
        )
        return None
    return Purpose(value)


def _levels(
    context: ImportContext,
    source: SourceRow,
    view: TemplateView,
    criteria_columns: dict[int, str],
) -> Levels:
    by_number = {criterion.number: criterion for criterion in view.criteria}
    allowed = sorted(level.value for level in view.levels)
    levels: Levels = {}
    for index, number in criteria_columns.items():
        value = source.raw.get(f"#{index}")
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        letter = get_column_letter(index + 1)
        criterion = by_number.get(number)
        if criterion is None:
            context.problems.append(
                Problem(
                    source.sheet, source.row, letter, shown(value),
                    QT_TRANSLATE_NOOP(
                        "Messages", "The checklist “{checklist}” has no criterion {number}.",
                    ),
                    {"checklist": f"{view.name.get('en') or view.code} v{view.version}",
                     "number": number},
                )
            )  # fmt: skip
            continue
        if is_not_applicable(value):
            levels[criterion.id] = None
            continue
        level = _whole_number(value)
        if level is None or level not in allowed:
            context.problems.append(
                Problem(
                    source.sheet, source.row, letter, shown(value),
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Criterion {number}: “{value}” is not a level of this checklist; "
                        "write one of {levels}, or N when it does not apply.",
                    ),
                    {"number": number, "value": shown(value),
                     "levels": ", ".join(str(v) for v in allowed)},
                )
            )  # fmt: skip
            continue
        levels[criterion.id] = level
    return levels


def _whole_number(value: object) -> int | None:
    number = as_number(value)
    return int(number) if number is not None and number.is_integer() else None


def _score(view: TemplateView, levels: Levels) -> float | None:
    weights = {criterion.id: criterion.weight for criterion in view.criteria}
    items = [CriterionScore(level, weights[cid]) for cid, level in levels.items()]
    return observation_score(items, view.scale_min, view.scale_max)


def _check_written_score(
    context: ImportContext, source: SourceRow, levels: Levels, score: float | None
) -> None:
    """A Score (%) cell is a check: the score is always calculated from the criteria."""
    written = source.values.get("score")
    if written is None:
        return
    if not levels:
        context.problem(
            source,
            "score",
            QT_TRANSLATE_NOOP(
                "Messages",
                "The score is calculated from the criteria: write the level of each criterion "
                "in its column (the Score column is only compared with it).",
            ),
        )
    elif score is None or abs(score - written) > SCORE_TOLERANCE:
        context.problem(
            source,
            "score",
            QT_TRANSLATE_NOOP(
                "Messages",
                "The criteria give a score of {computed} %, the row says {value} %. Check the "
                "levels, or clear the Score cell.",
            ),
            computed="—" if score is None else f"{score:.1f}",
            value=shown(written),
        )


# --- writing ---------------------------------------------------------------------------------


def _what(context: ImportContext, row: _Row) -> str:
    teacher = next(
        (name for tid, name in context.school_teachers() if tid == row.fields["teacher_id"]), ""
    )
    return f"{row.fields['observed_on'].strftime('%d.%m.%Y')} · {teacher}"


FINAL_TEXT = QT_TRANSLATE_NOOP("Messages", "final")
DRAFT_TEXT = QT_TRANSLATE_NOOP("Messages", "draft: no level for {numbers}")


def _plan_created(context: ImportContext, source: SourceRow, row: _Row) -> None:
    what = _what(context, row)
    if row.complete:
        context.planned(source, Action.CREATE, what, FINAL_TEXT)
        return
    missing = [c.number for c in row.view.criteria if c.id not in row.levels]
    numbers = ", ".join(missing[:6]) + (" …" if len(missing) > 6 else "")
    context.planned(source, Action.CREATE, what, DRAFT_TEXT, numbers=numbers)


def _set_levels(obs: Observation, levels: Levels) -> None:
    """The criteria a file gives; comments written in the app on those criteria are kept."""
    current = {item.criterion_id: item for item in obs.scores}
    for criterion_id, item in current.items():
        if criterion_id not in levels:
            obs.scores.remove(item)
    for criterion_id, level in levels.items():
        item = current.get(criterion_id)
        if item is None:
            item = ObservationScore(criterion_id=criterion_id, comment="")
            obs.scores.append(item)
        item.score = level
        item.not_applicable = level is None


def _create(context: ImportContext, source: SourceRow, row: _Row) -> Observation:
    final = row.complete
    obs = Observation(
        school_id=context.school_id,
        status=ObservationStatus.FINAL if final else ObservationStatus.DRAFT,
        finalized_at=utc_now() if final else None,
        revision=0,
        score=row.score,
        **row.fields,
    )
    context.session.add(obs)
    _set_levels(obs, row.levels)
    _plan_created(context, source, row)
    return obs


def _update(
    context: ImportContext, source: SourceRow, table: Table, local: Observation, row: _Row
) -> None:
    """Set what the sheet's columns say; a column the sheet lacks leaves its value alone."""
    given = set(table.columns) | {"teacher", "date"}
    names = {
        "class_id": "class_name", "subject_id": "subject", "template_id": "checklist",
        "observed_on": "date", "teacher_id": "teacher", "next_steps_due": "next_steps_due",
    }  # fmt: skip
    wanted = {
        name: value
        for name, value in row.fields.items()
        if names.get(name, name) in given or name == "template_id"
    }
    current_levels = {
        item.criterion_id: (None if item.not_applicable else item.score) for item in local.scores
    }
    changes = [
        f"{name} {shown(getattr(local, name))} → {shown(value)}"
        for name, value in wanted.items()
        if getattr(local, name) != value
    ]
    if current_levels != row.levels:
        changes.append("criteria")
    what = _what(context, row)
    if not changes:
        context.planned(source, Action.UNCHANGED, what)
        return
    was_final = local.status == ObservationStatus.FINAL
    if was_final and not row.complete:
        context.row_problem(
            source,
            QT_TRANSLATE_NOOP(
                "Messages",
                "This lesson is in the database as a final observation, so every criterion "
                "needs a level or N; criteria without one: {numbers}.",
            ),
            numbers=", ".join(c.number for c in row.view.criteria if c.id not in row.levels),
        )
        return
    before = snapshot(local) if was_final else None
    for name, value in wanted.items():
        setattr(local, name, value)
    _set_levels(local, row.levels)
    local.score = row.score
    if before is not None:
        _record_correction(context, source, local, before)
    elif row.complete:
        local.status = ObservationStatus.FINAL
        local.finalized_at = utc_now()
    context.planned(source, Action.UPDATE, what, "; ".join(changes))


def _record_correction(
    context: ImportContext, source: SourceRow, obs: Observation, before: dict[str, Any]
) -> None:
    reason = f"Import of “{context.request.path.name}”, row {source.row}"
    context.session.flush()
    obs.revision += 1
    context.session.add(
        ObservationRevision(
            observation_id=obs.id, revision=obs.revision, reason=reason,
            changed_by=audit.current_user(), before=before,
        )
    )  # fmt: skip
    audit.record(
        context.session,
        "correct",
        "observation",
        obs.uuid,
        before={**before, "reason": reason},
        after=snapshot(obs),
    )
