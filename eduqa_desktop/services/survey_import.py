"""Importing a filled survey template: preview what it will write, then all or nothing.

The reader (:mod:`exchange.survey_reader`) turns the file into summed answers and problems;
this service matches the questionnaire version the template was made from, the school and
the quarter, and writes one survey round (replacing that group's round of the quarter).
The preview runs the same code and rolls back, so it shows exactly what the import will do.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.school_calendar import YearNameError, parse_year_name
from eduqa_desktop.domain.surveys import DIMENSION_ORDER, Dimension, Satisfaction, satisfaction
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.exchange.problems import Problem
from eduqa_desktop.exchange.survey_reader import SurveyFile, read_survey
from eduqa_desktop.services.backups import backup_before
from eduqa_desktop.services.import_guard import one_import_per_school
from eduqa_desktop.services.questionnaires import install_questionnaires, spec_of
from eduqa_desktop.services.survey_rounds import RoundRequest, existing_round, save_round_in
from eduqa_desktop.services.surveys import read_min_respondents
from eduqa_desktop.services.template_imports import (
    checked_in_limits,
    file_problem,
    previewed,
    school_of_file,
)
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.survey_models import Questionnaire
from eduqa_desktop.storage.survey_queries import statement_tallies
from eduqa_desktop.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SurveyImportRequest:
    path: Path
    school_id: int
    year: str | None = None  # given here, they win over what the file says
    term: int | None = None


@dataclass(frozen=True)
class SurveyImportPlan:
    file: str
    sheet: str
    layout: str
    group: str
    questionnaire: str  # its name in English (the UI shows it translated from the group)
    school: str
    year: str | None
    term: int | None
    respondents: int
    statements: int  # statements with at least one answer
    answers: int
    replaces: bool  # the group already has a round in this quarter
    unchanged: bool  # …with the same answers: nothing would change
    min_respondents: int
    overall: Satisfaction | None = None
    dimensions: dict[Dimension, Satisfaction] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def withheld(self) -> bool:
        return self.respondents < self.min_respondents

    def as_json(self) -> dict[str, Any]:
        def index(value: Satisfaction | None) -> dict[str, Any] | None:
            if value is None:
                return None
            return {
                "respondents": value.respondents,
                "answers": value.answers,
                "share_agreeing": value.share_agreeing,
                "mean": value.mean,
            }

        return {
            "kind": "survey",
            "file": self.file,
            "sheet": self.sheet,
            "layout": self.layout,
            "group": self.group,
            "school": self.school,
            "year": self.year,
            "term": self.term,
            "respondents": self.respondents,
            "statements": self.statements,
            "answers": self.answers,
            "replaces": self.replaces,
            "unchanged": self.unchanged,
            "withheld": self.withheld,
            "overall": index(self.overall),
            "dimensions": {str(k): index(v) for k, v in self.dimensions.items()},
            "errors": [problem.as_json() for problem in self.problems],
            "written": self.written,
        }


def _problem(found: SurveyFile, template: str, value: Any = "", **params: Any) -> Problem:
    return file_problem(found.sheet, template, value, **params)


def _questionnaire(session: Session, found: SurveyFile) -> Questionnaire | None:
    install_questionnaires(session)
    return session.scalar(
        select(Questionnaire).where(
            Questionnaire.stakeholder == Stakeholder(found.group),
            Questionnaire.code == found.code,
            Questionnaire.version == (found.version or 1),
        )
    )


def _when(
    found: SurveyFile, request: SurveyImportRequest
) -> tuple[str | None, int | None, list[Problem]]:
    problems = []
    year = found.year
    if request.year:
        try:
            year = parse_year_name(request.year)
        except YearNameError:
            problems.append(
                _problem(
                    found,
                    QT_TRANSLATE_NOOP(
                        "Messages", "“{value}” is not an academic year; write it like 2025-2026."
                    ),
                    request.year,
                    value=request.year,
                )
            )
    term = request.term or found.term
    if term is not None and term not in (1, 2, 3, 4):
        problems.append(
            _problem(
                found,
                QT_TRANSLATE_NOOP("Messages", "The quarter is 1, 2, 3 or 4, not “{value}”."),
                term,
                value=term,
            )
        )
    if not problems and (year is None or term is None):
        problems.append(
            _problem(
                found,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Say which academic year and quarter the survey was in: fill them in "
                    "the file or choose them for the import.",
                ),
            )
        )
    return year, term, problems


def _plan(
    session: Session, request: SurveyImportRequest
) -> tuple[SurveyImportPlan, RoundRequest | None]:
    """The file held to the database's limits, its time limit over reading and checking it."""
    return checked_in_limits(session, request.path, lambda: _checked(session, request))


def _checked(
    session: Session, request: SurveyImportRequest
) -> tuple[SurveyImportPlan, RoundRequest | None]:
    found = read_survey(request.path)
    problems = list(found.problems)
    minimum = read_min_respondents(session)
    base = SurveyImportPlan(
        file=found.file, sheet=found.sheet, layout=found.layout, group=found.group,
        questionnaire="", school="", year=None, term=None, respondents=0, statements=0,
        answers=0, replaces=False, unchanged=False, min_respondents=minimum,
    )  # fmt: skip
    if found.problems and not found.layout:
        return replace(base, problems=tuple(problems)), None
    school, school_problems = school_of_file(session, found.school, request.school_id, found.sheet)
    problems += school_problems
    year, term, when_problems = _when(found, request)
    problems += when_problems
    questionnaire = _questionnaire(session, found)
    if questionnaire is None:
        problems.append(
            _problem(
                found,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file was made from version {version} of the “{code}” questionnaire, "
                    "which this database does not have. Make a new template and type the "
                    "answers into it.",
                ),
                found.code,
                version=found.version or 1,
                code=found.code,
            )
        )
        return replace(base, problems=tuple(problems)), None
    spec = spec_of(session, questionnaire)
    known = {s.number for s in spec.statements}
    for number in sorted(set(found.tallies) - known):
        problems.append(
            _problem(
                found,
                QT_TRANSLATE_NOOP(
                    "Messages", "The questionnaire has no statement {number} (it has 1 to {last})."
                ),
                number,
                number=number,
                last=max(known),
            )
        )
    respondents = found.counted_respondents
    if not problems and (respondents == 0 or not any(t.answers for t in found.tallies.values())):
        problems.append(
            _problem(found, QT_TRANSLATE_NOOP("Messages", "The file has no answers to import."))
        )
    tallies = {n: t for n, t in found.tallies.items() if n in known}
    by_dimension: dict[Dimension, list] = {}
    for statement in spec.statements:
        if statement.number in tallies:
            by_dimension.setdefault(statement.dimension, []).append(tallies[statement.number])
    dimensions = {
        d: satisfaction(by_dimension[d], respondents, minimum)
        for d in DIMENSION_ORDER
        if d in by_dimension
    }
    old = None
    if school is not None and year is not None and term is not None and not problems:
        old = existing_round(session, school.id, year, term, questionnaire.stakeholder)
    unchanged = old is not None and (
        old.questionnaire_id == questionnaire.id
        and old.respondents == respondents
        and statement_tallies(session, old.id) == {n: t for n, t in tallies.items() if t.answers}
    )
    plan = replace(
        base,
        questionnaire=spec.name_in("en"),
        school=school.name if school else "",
        year=year,
        term=term,
        respondents=respondents,
        statements=sum(1 for t in tallies.values() if t.answers),
        answers=sum(t.answers for t in tallies.values()),
        replaces=old is not None,
        unchanged=unchanged,
        overall=satisfaction(list(tallies.values()), respondents, minimum),
        dimensions=dimensions,
        problems=tuple(problems),
    )
    if problems or school is None or year is None or term is None:
        return plan, None
    return plan, RoundRequest(
        school_id=school.id,
        year=year,
        term=term,
        questionnaire_id=questionnaire.id,
        respondents=respondents,
        tallies=tallies,
        source=found.file,
    )


def preview_survey_import(db: Database, request: SurveyImportRequest) -> SurveyImportPlan:
    """What the import would write; nothing is written."""
    return previewed(db, _plan, request)


def apply_survey_import(db: Database, request: SurveyImportRequest) -> SurveyImportPlan:
    """Write the survey round in one transaction — or, when anything is wrong, nothing at all."""
    with one_import_per_school(db, request.school_id), db.durable_session() as session:
        plan, round_request = _plan(session, request)
        if round_request is None or not plan.ok:
            session.rollback()
            return plan
        if not plan.unchanged:
            backup_before(db, "import-survey")  # refused (rolled back) if it cannot be written
            save_round_in(session, round_request)
    return replace(plan, written=True)
