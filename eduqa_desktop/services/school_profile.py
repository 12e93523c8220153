"""A school's profile: who it is, how it stands this quarter, how its people see it, where its
graduates went — one call, one session, for the profile window and its PDF.

The indicators are the Dashboard's cards for the school alone (the same summed counts and
observations, :mod:`services.dashboard.cards`), the voices those of :mod:`services.surveys`
for the school, the graduates the latest year up to the quarter's (:mod:`services.graduates`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eduqa_desktop.services import access
from eduqa_desktop.services.dashboard.cards import build_cards, term_data
from eduqa_desktop.services.dashboard.context import period_of, resolve
from eduqa_desktop.services.dashboard.model import Cards, DashboardFilter, Period
from eduqa_desktop.services.errors import NotFoundError
from eduqa_desktop.services.graduates import GraduatesData, graduates_in
from eduqa_desktop.services.schools import SchoolInfo
from eduqa_desktop.services.surveys import VoicesData, voices_in
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import School
from eduqa_desktop.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SchoolProfile:
    school: SchoolInfo
    period: Period | None  # the quarter shown (None: the school has no quarters yet)
    previous: Period | None
    cards: Cards | None
    voices: VoicesData
    graduates: GraduatesData


def school_profile(
    db: Database,
    school_id: int,
    *,
    year: str | None = None,
    term: int | None = None,
    language: str = "en",
    today: date | None = None,
) -> SchoolProfile:
    """The profile of `school_id` in a quarter (the latest with results when not given)."""
    access.require_read(db, school_id)
    thresholds = load_thresholds(db)
    with db.session() as session:
        school = session.get(School, school_id)
        if school is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This school no longer exists."))
        info = SchoolInfo(school.id, school.uuid, school.name, school.district, school.region)
        context = resolve(
            session,
            DashboardFilter(school_id=school_id, year=year, term=term),
            thresholds,
            language,
            today or date.today(),
        )
        cards = None
        if context.current is not None:
            cards = build_cards(session, context, term_data(session, context))
        shown = context.filter
        return SchoolProfile(
            school=info,
            period=period_of(context, context.current),
            previous=period_of(context, context.previous),
            cards=cards,
            voices=voices_in(
                session,
                school_id=school_id,
                school_ids=[school_id],
                year=shown.year,
                term=shown.term,
            ),
            graduates=graduates_in(session, school_ids=[school_id], year=shown.year),
        )
