"""Observations: draft → final → correction, the stored score, follow-up, deletion, the list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from observation_seed import Seeded, seed
from sqlalchemy import select

from eduqa_desktop.domain.observation_scoring import Band
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.observation_queries import (
    ObservationFilter,
    filter_options,
    final_observation_ids,
    form_choices,
    list_observations,
)
from eduqa_desktop.services.observation_records import (
    ObservationInput,
    ScoreInput,
    get_observation,
)
from eduqa_desktop.services.observations import (
    correct_observation,
    delete_draft,
    finalize_observation,
    follow_up_input,
    save_draft,
)
from eduqa_desktop.storage.models import AuditEntry, Observation, ObservationRevision


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


def _walkthrough_input(seeded: Seeded, db, levels: list[int | None]) -> ObservationInput:  # type: ignore[no-untyped-def]
    """The walkthrough (scale 1–4, seven criteria, weights 1,2,1,1,1,1,2) with `levels`."""
    template = load_template(db, seeded.templates["walkthrough"])
    scores = tuple(
        ScoreInput(c.id, level, not_applicable=level is None)
        for c, level in zip(template.criteria, levels, strict=False)
    )
    return ObservationInput(
        school_id=seeded.school_id,
        teacher_id=seeded.teachers["Sharipova"],
        template_id=template.id,
        observed_on=date(2025, 10, 14),
        observer="Rahimova N.",
        class_id=seeded.classes["7-A"],
        subject_id=seeded.subjects["ona tili"],
        lesson_period=3,
        topic="Ot so‘z turkumi",
        scores=scores,
    )


def test_a_draft_keeps_its_score_in_step_with_the_criteria(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    # Levels 4,3,2,N/A,1,4,3 on 1–4 with weights 1,2,1,1,1,1,2:
    # (1·3 + 2·2 + 1·1 + 1·0 + 1·3 + 2·2) / (3·(1+2+1+1+1+2)) = 15/24 = 62.5 %
    data = _walkthrough_input(seeded, school_db, [4, 3, 2, None, 1, 4, 3])
    draft = save_draft(school_db, data)
    assert draft.status == ObservationStatus.DRAFT
    assert draft.score == pytest.approx(62.5)
    assert draft.band == Band.NEEDS_IMPROVEMENT
    # Change one level: the stored score follows.
    scores = list(draft.data.scores)
    scores[0] = replace(scores[0], score=1)  # 4 → 1 loses weight 1 × 3 points
    saved = save_draft(school_db, replace(draft.data, scores=tuple(scores)), draft.id)
    assert saved.score == pytest.approx(12 / 24 * 100)
    with school_db.session() as session:
        assert session.get(Observation, draft.id).score == pytest.approx(50.0)


def test_all_not_applicable_gives_no_score(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    draft = save_draft(school_db, _walkthrough_input(seeded, school_db, [None] * 7))
    assert draft.score is None and draft.band is None


def test_draft_final_correction_with_revision_and_audit(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    draft = save_draft(school_db, _walkthrough_input(seeded, school_db, [4, 3, 2, None, 1, 4]))
    with pytest.raises(UserError, match="1 criteria have no level"):
        finalize_observation(school_db, draft.id)
    complete = _walkthrough_input(seeded, school_db, [4, 3, 2, None, 1, 4, 3])
    draft = save_draft(school_db, complete, draft.id)
    final = finalize_observation(school_db, draft.id, who="Rahimova")
    assert final.is_final and final.finalized_at is not None
    with pytest.raises(UserError, match="final"):
        save_draft(school_db, complete, final.id)
    with pytest.raises(UserError, match="cannot be deleted"):
        delete_draft(school_db, final.id)
    with pytest.raises(UserError, match="why"):
        correct_observation(school_db, final.id, complete, "   ")

    changed = replace(
        complete,
        strengths="Good questions",
        scores=(*complete.scores[:6], ScoreInput(complete.scores[6].criterion_id, 4)),
    )
    corrected = correct_observation(
        school_db, final.id, changed, "Typed the wrong level", who="Rahimova"
    )
    assert corrected.revision == 1 and corrected.is_final
    assert corrected.score == pytest.approx(17 / 24 * 100)
    assert corrected.revisions[0].reason == "Typed the wrong level"
    # The same correction saved again (autosave) does not add a revision.
    again = correct_observation(
        school_db,
        final.id,
        replace(changed, recommendations="More pair work"),
        "Typed the wrong level",
        continuing=1,
    )
    assert again.revision == 1 and again.data.recommendations == "More pair work"
    with school_db.session() as session:
        revision = session.scalars(select(ObservationRevision)).one()
        assert revision.before["score"] == pytest.approx(62.5)
        assert revision.before["strengths"] == ""
        actions = [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions.count("finalize") == 1 and actions.count("correct") == 2


def test_a_level_outside_the_scale_is_refused(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    data = _walkthrough_input(seeded, school_db, [0])  # the walkthrough scale starts at 1
    with pytest.raises(UserError, match="not a level"):
        save_draft(school_db, data)


def test_follow_up_is_prefilled_and_draft_can_be_deleted(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    data = _walkthrough_input(seeded, school_db, [2, 2, 2, 2, 2, 2, 2])
    original = finalize_observation(school_db, save_draft(school_db, data).id)
    prefilled = follow_up_input(school_db, original.id, today=date(2025, 11, 20), observer="Aliyev")
    assert prefilled.purpose == Purpose.FOLLOW_UP
    assert prefilled.follow_up_of_id == original.id
    assert (prefilled.teacher_id, prefilled.class_id, prefilled.subject_id) == (
        data.teacher_id,
        data.class_id,
        data.subject_id,
    )
    assert prefilled.scores == () and prefilled.observed_on == date(2025, 11, 20)
    follow_up = save_draft(school_db, prefilled)
    assert follow_up.follow_up_of_date == date(2025, 10, 14)
    delete_draft(school_db, follow_up.id)
    with school_db.session() as session:
        assert session.get(Observation, follow_up.id) is None


def test_list_filters_and_search_ignore_apostrophes_and_script(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    first = _walkthrough_input(seeded, school_db, [4] * 7)
    save_draft(school_db, first)
    second = replace(
        _walkthrough_input(seeded, school_db, [1] * 7),
        teacher_id=seeded.teachers["Gʻaniyeva"],
        observed_on=date(2025, 11, 12),
        purpose=Purpose.THEMATIC_CHECK,
    )
    finalize_observation(school_db, save_draft(school_db, second).id)
    everything = list_observations(school_db, seeded.school_id)
    assert [line.teacher for line in everything] == [
        "Gʻaniyeva Dilnoza Rustamovna",
        "Sharipova Gulnora Akmalovna",
    ]
    for query in ("G'aniyeva", "ganieva", "Ғаниева дилноза", "GʼANIYEVA"):
        found = list_observations(school_db, seeded.school_id, ObservationFilter(search=query))
        assert [line.teacher_id for line in found] == [seeded.teachers["Gʻaniyeva"]], query

    def ids(**kwargs) -> list[int]:  # type: ignore[no-untyped-def]
        lines = list_observations(school_db, seeded.school_id, ObservationFilter(**kwargs))
        return [line.teacher_id for line in lines]

    assert ids(status=ObservationStatus.DRAFT) == [seeded.teachers["Sharipova"]]
    assert ids(band=Band.HIGH) == [seeded.teachers["Sharipova"]]
    assert ids(band=Band.UNSATISFACTORY) == [seeded.teachers["Gʻaniyeva"]]
    assert ids(purpose=Purpose.THEMATIC_CHECK) == [seeded.teachers["Gʻaniyeva"]]
    assert ids(date_from=date(2025, 11, 1)) == [seeded.teachers["Gʻaniyeva"]]
    assert ids(date_to=date(2025, 10, 31)) == [seeded.teachers["Sharipova"]]
    options = filter_options(school_db, seeded.school_id)
    tillar = next(d.id for d in options.departments if d.name == "Tillar")
    assert ids(department_id=tillar) == [seeded.teachers["Sharipova"]]
    assert options.observers == ["Rahimova N."]
    assert len(final_observation_ids(school_db, seeded.school_id, 2025, 11)) == 1
    assert final_observation_ids(school_db, seeded.school_id, 2025, 10) == []


def test_form_choices_offer_the_school_year_classes(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    choices = form_choices(school_db, seeded.school_id, date(2025, 10, 1))
    assert [c.name for c in choices.classes] == ["5-A", "7-A", "7-B", "9-A"]
    assert len(choices.teachers) == 4
    detail = save_draft(school_db, _walkthrough_input(seeded, school_db, [3]))
    assert get_observation(school_db, detail.id).class_name == "7-A"
