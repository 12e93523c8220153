"""Two people saving the same observation: the second save is refused with the first one's
version (EditConflict), nothing of it written — whether the other save came long before (the
version the form started from is stale) or in the instant between reading and writing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from observation_seed import Seeded, seed
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from eduqa_desktop.services import observations
from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.conflicts import EditConflict
from eduqa_desktop.services.observation_records import (
    ObservationInput,
    ScoreInput,
    get_observation,
)
from eduqa_desktop.services.observations import save_draft
from eduqa_desktop.storage.models import Observation


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


def _draft(db, seeded: Seeded) -> ObservationInput:  # type: ignore[no-untyped-def]
    template = load_template(db, seeded.templates["walkthrough"])
    return ObservationInput(
        school_id=seeded.school_id,
        teacher_id=seeded.teachers["Sharipova"],
        template_id=template.id,
        observed_on=date(2025, 10, 14),
        observer="Rahimova N.",
        topic="Ot so‘z turkumi",
        scores=tuple(ScoreInput(c.id, 3) for c in template.criteria),
    )


def test_a_save_from_a_stale_version_is_refused_with_theirs(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    first = save_draft(school_db, _draft(school_db, seeded))
    # two observers open the same draft
    mine = get_observation(school_db, first.id)
    theirs = get_observation(school_db, first.id)
    assert mine.row_version == theirs.row_version
    saved = save_draft(
        school_db, replace(theirs.data, topic="Sifat"), first.id,
        expected_version=theirs.row_version,
    )  # fmt: skip
    assert saved.row_version > theirs.row_version
    with pytest.raises(EditConflict) as lost:
        save_draft(
            school_db, replace(mine.data, strengths="Yaxshi savollar"), first.id,
            expected_version=mine.row_version,
        )  # fmt: skip
    assert lost.value.theirs.data.topic == "Sifat"
    assert lost.value.theirs.row_version == saved.row_version
    stored = get_observation(school_db, first.id).data
    assert (stored.topic, stored.strengths) == ("Sifat", "")  # nothing of the loser written
    # "keep mine": saved again from the version now saved, knowingly
    kept = save_draft(
        school_db, replace(mine.data, strengths="Yaxshi savollar"), first.id,
        expected_version=lost.value.theirs.row_version,
    )  # fmt: skip
    assert kept.data.strengths == "Yaxshi savollar"


def test_a_change_of_one_score_counts_up_the_version(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    first = save_draft(school_db, _draft(school_db, seeded))
    scores = (replace(first.data.scores[0], score=1), *first.data.scores[1:])
    second = save_draft(
        school_db, replace(first.data, scores=scores), first.id,
        expected_version=first.row_version,
    )  # fmt: skip
    assert second.row_version > first.row_version
    with pytest.raises(EditConflict):
        save_draft(school_db, first.data, first.id, expected_version=first.row_version)


def test_a_save_in_between_reading_and_writing_is_caught_too(  # type: ignore[no-untyped-def]
    school_db, seeded, monkeypatch
) -> None:
    first = save_draft(school_db, _draft(school_db, seeded))
    apply = observations._apply

    def someone_saves_meanwhile(session: Session, observation, data, bands) -> None:  # type: ignore[no-untyped-def]
        with school_db.session() as other:  # another PC, its own connection
            row = other.get(Observation, observation.id)
            row.topic = "Boshqa PC"
        apply(session, observation, data, bands)

    monkeypatch.setattr(observations, "_apply", someone_saves_meanwhile)
    with pytest.raises(EditConflict) as lost:
        save_draft(school_db, replace(first.data, topic="Mine"), first.id,
                   expected_version=first.row_version)  # fmt: skip
    assert lost.value.theirs.data.topic == "Boshqa PC"
    assert get_observation(school_db, first.id).data.topic == "Boshqa PC"


def test_two_sessions_racing_on_one_row(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    """The database level: the version column makes the second UPDATE match no row."""
    first = save_draft(school_db, _draft(school_db, seeded))
    with school_db.session() as one, school_db.session() as two:
        a = one.scalars(select(Observation).where(Observation.id == first.id)).one()
        b = two.scalars(select(Observation).where(Observation.id == first.id)).one()
        a.topic = "One"
        one.commit()
        b.topic = "Two"
        with pytest.raises(StaleDataError):
            two.flush()
        two.rollback()
    assert get_observation(school_db, first.id).data.topic == "One"


def test_two_results_grids_saving_the_same_row(school_db) -> None:  # type: ignore[no-untyped-def]
    from results_world import build_world

    from eduqa_desktop.services.results import ResultInput, result_lines, save_results

    world = build_world(school_db)

    def typed(line, n5: int) -> ResultInput:  # type: ignore[no-untyped-def]
        return ResultInput(
            line.class_name, line.subject_id, line.teacher_id, line.class_size,
            n5=n5, n4=line.n4, n3=line.n3, n2=line.n2, n1=line.n1,
            not_attested=line.not_attested, exempt=line.exempt,
            id=line.id, version=line.row_version,
        )  # fmt: skip

    [line, *_] = result_lines(school_db, school_id=world.school_id, term_id=world.q4)
    mine = theirs = line
    save_results(school_db, school_id=world.school_id, term_id=world.q4, rows=[typed(theirs, 1)])
    with pytest.raises(EditConflict) as lost:
        save_results(school_db, school_id=world.school_id, term_id=world.q4, rows=[typed(mine, 2)])
    [saved] = lost.value.theirs
    assert (saved.id, saved.n5) == (line.id, 1) and saved.row_version > line.row_version
    again = result_lines(school_db, school_id=world.school_id, term_id=world.q4)
    assert next(x for x in again if x.id == line.id).n5 == 1  # nothing of mine written


def test_a_planned_visit_changed_meanwhile(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.visit_plan import (
        PlannedVisitInput,
        add_visit,
        list_plan,
        update_visit,
    )

    planned = PlannedVisitInput(seeded.school_id, seeded.teachers["Karimov"], 2025, 11)
    entry_id = add_visit(school_db, planned)

    def line():  # type: ignore[no-untyped-def]
        today = date(2025, 10, 1)
        lines = list_plan(school_db, seeded.school_id, (2025, 9), (2026, 6), today=today)
        return next(x for x in lines if x.id == entry_id)

    opened = line()
    update_visit(school_db, entry_id, replace(planned, note="Ochiq dars"),
                 expected_version=opened.row_version)  # fmt: skip
    with pytest.raises(EditConflict) as lost:
        update_visit(school_db, entry_id, replace(planned, month=12),
                     expected_version=opened.row_version)  # fmt: skip
    assert lost.value.theirs.data.note == "Ochiq dars"
    assert (line().data.month, line().data.note) == (11, "Ochiq dars")
