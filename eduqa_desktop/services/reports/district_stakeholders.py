"""The Voices and Graduates sheets of the district report, read from the database: the surveys
up to the report's quarter and the latest graduates up to its year, as rows to write."""

from __future__ import annotations

from eduqa_desktop.domain.graduates import GRADUATING_GRADES
from eduqa_desktop.exchange.district_data import (
    GraduateLine,
    GraduatesFigures,
    PartnerLine,
    VoiceLine,
    VoicesFigures,
)
from eduqa_desktop.services.graduates import GraduatesData, graduates_in
from eduqa_desktop.services.surveys import GroupVoice, VoicesData, voices_in
from eduqa_desktop.storage.database import Database


def gather_stakeholders(
    db: Database,
    year: str,
    term: int | None,
    school_ids: list[int] | None,
    *,
    school_name: str = "",
) -> tuple[VoicesFigures, GraduatesFigures]:
    """`school_name` names the lines of a report on one school (its voices are not split)."""
    with db.session() as session:
        voices = voices_in(session, school_ids=school_ids, year=year, term=term)
        graduates = graduates_in(session, school_ids=school_ids, year=year)
    return voice_figures(voices, school_name), graduate_figures(graduates)


def _line(school: str | None, voice: GroupVoice) -> VoiceLine:
    return VoiceLine(school, voice.stakeholder, voice.when, voice.overall,
                     dict(voice.dimensions), voice.change())  # fmt: skip


def voice_figures(data: VoicesData, school_name: str = "") -> VoicesFigures:
    """Each school's groups then every school summed (school None); one school's groups alone
    when the data is not split by school."""
    if data.schools:
        lines = [_line(school.school, g) for school in data.schools for g in school.groups]
        lines += [_line(None, g) for g in data.groups]
    else:
        lines = [_line(school_name, g) for g in data.groups]
    return VoicesFigures(data.min_respondents, tuple(lines), tuple(data.gaps), data.empty)


def graduate_figures(data: GraduatesData) -> GraduatesFigures:
    """Each school's graduating grades that have graduates, then every school summed (school
    None) when there are several."""
    schools = data.schools()
    lines = [
        GraduateLine(name, grade, cohort)
        for school_id, name in schools
        for grade in GRADUATING_GRADES
        if (cohort := data.grade(grade, school_id)).graduates
    ]
    if len(schools) > 1:
        lines += [GraduateLine(None, grade, data.grade(grade)) for grade in GRADUATING_GRADES]
    partners = tuple(
        PartnerLine(p.school, p.partner, p.sector, p.grade, p.destination, p.graduates)
        for p in data.partners
    )
    return GraduatesFigures(data.year, tuple(lines), partners)
