"""Time-on-task snapshots stored with the draft, carried by the checklist's protocol."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from observation_seed import Seeded, seed

from eduqa_desktop.domain.snapshots import (
    Material,
    ProtocolKind,
    SnapshotProtocol,
    TeacherActivity,
)
from eduqa_desktop.services.checklist_views import load_template, template_spec
from eduqa_desktop.services.checklists import create_checklist, save_checklist
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.observation_records import (
    ObservationInput,
    ScoreInput,
    SnapshotInput,
    get_observation,
    shares_of,
)
from eduqa_desktop.services.observations import save_draft


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


def _with_protocol(db, seeded: Seeded, protocol: SnapshotProtocol) -> int:  # type: ignore[no-untyped-def]
    spec = template_spec(db, seeded.templates["walkthrough"])
    return create_checklist(db, replace(spec, code="", snapshots=protocol))


def _draft(
    seeded: Seeded, template_id: int, snapshots: tuple[SnapshotInput, ...]
) -> ObservationInput:
    return ObservationInput(
        school_id=seeded.school_id,
        teacher_id=seeded.teachers["Sharipova"],
        template_id=template_id,
        observed_on=date(2025, 10, 14),
        snapshots=snapshots,
    )


def test_the_checklist_keeps_its_protocol_through_a_new_version(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    template_id = _with_protocol(school_db, seeded, SnapshotProtocol(ProtocolKind.SEGMENTS, 3))
    assert load_template(school_db, template_id).snapshots == SnapshotProtocol(
        ProtocolKind.SEGMENTS, 3
    )
    spec = template_spec(school_db, template_id)
    changed = save_checklist(school_db, template_id, replace(spec, snapshots=SnapshotProtocol()))
    assert load_template(school_db, changed).snapshots == SnapshotProtocol(ProtocolKind.EVEN, 10)
    again = save_checklist(school_db, changed, replace(spec, snapshots=None))
    assert load_template(school_db, again).snapshots is None


def test_snapshots_are_saved_with_the_draft_and_give_the_shares(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    template_id = _with_protocol(school_db, seeded, SnapshotProtocol())
    coded = (
        SnapshotInput(0, TeacherActivity.EXPLAINING, 0, Material.BOARD, 2.6),
        SnapshotInput(1, TeacherActivity.ORGANISING, 3, None, 7.1),
        SnapshotInput(2, TeacherActivity.PRACTICE, 7, Material.TEXTBOOK, 11.4),
        SnapshotInput(3, TeacherActivity.OFF_TASK, 1),
        SnapshotInput(4),  # nothing coded: not kept
    )
    draft = save_draft(school_db, _draft(seeded, template_id, coded))
    assert draft.data.snapshots == coded[:4]
    # 4 coded activities: 2 instruction (50 %), 1 management (25 %), 1 off task (25 %);
    # pupils 0, 3, 7, 1 → high, medium, low, high: 50 % engaged.
    shares = shares_of(get_observation(school_db, draft.id).data.snapshots)
    assert (shares.instruction, shares.management, shares.off_task) == (50.0, 25.0, 25.0)
    assert shares.pupils_engaged == 50.0
    assert shares.meets_instruction_reference is True
    assert shares.meets_management_reference is False
    # A snapshot re-coded and one dropped: the stored ones follow.
    saved = save_draft(
        school_db,
        replace(draft.data, snapshots=(replace(coded[0], activity=TeacherActivity.DISCIPLINE),)),
        draft.id,
    )
    assert [s.activity for s in saved.data.snapshots] == [TeacherActivity.DISCIPLINE]


def test_a_checklist_without_protocol_takes_no_snapshots(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    data = _draft(
        seeded, seeded.templates["walkthrough"], (SnapshotInput(0, TeacherActivity.PRACTICE),)
    )
    with pytest.raises(UserError):
        save_draft(school_db, data)
    template_id = _with_protocol(school_db, seeded, SnapshotProtocol())
    with pytest.raises(UserError):
        save_draft(school_db, _draft(seeded, template_id, (SnapshotInput(0, pupils_off_task=99),)))


def test_the_profile_shows_each_visits_shares(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.observations import finalize_observation
    from eduqa_desktop.services.teacher_profile import teacher_profile

    template_id = _with_protocol(school_db, seeded, SnapshotProtocol())
    template = load_template(school_db, template_id)
    scores = tuple(ScoreInput(c.id, 3) for c in template.criteria)
    codes = (TeacherActivity.PRACTICE, TeacherActivity.PRACTICE, TeacherActivity.ORGANISING)
    data = replace(
        _draft(seeded, template_id, tuple(SnapshotInput(i, a, 0) for i, a in enumerate(codes))),
        scores=scores,
    )
    finalize_observation(school_db, save_draft(school_db, data).id, today=date(2026, 1, 1))
    without = replace(data, template_id=seeded.templates["walkthrough"], snapshots=())
    without = replace(
        without,
        observed_on=date(2025, 10, 20),
        scores=tuple(
            ScoreInput(c.id, 3) for c in load_template(school_db, without.template_id).criteria
        ),
    )
    finalize_observation(school_db, save_draft(school_db, without).id, today=date(2026, 1, 1))
    points = teacher_profile(
        school_db, seeded.teachers["Sharipova"], today=date(2025, 11, 1)
    ).observations
    assert [(p.instruction, p.management, p.pupils_engaged) for p in points] == [
        (pytest.approx(200 / 3), pytest.approx(100 / 3), 100.0),
        (None, None, None),
    ]


def test_the_dashboard_pools_the_schools_snapshots(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.dashboard import DashboardFilter, dashboard_data
    from eduqa_desktop.services.observations import finalize_observation

    template_id = _with_protocol(school_db, seeded, SnapshotProtocol())
    scores = tuple(ScoreInput(c.id, 3) for c in load_template(school_db, template_id).criteria)
    lessons = (
        # 4 instruction of 5 (80 %), 1 management (20 %: misses ≤ 15 %)
        [TeacherActivity.PRACTICE] * 4 + [TeacherActivity.DISCIPLINE],
        # 1 instruction of 4 (25 %), 3 off task
        [TeacherActivity.EXPLAINING] + [TeacherActivity.OFF_TASK] * 3,
        # 10 of 10 on instruction: meets both references
        [TeacherActivity.QUESTIONING] * 10,
    )
    for day, codes in enumerate(lessons, start=14):
        snaps = tuple(SnapshotInput(i, a, 0 if i % 2 else 3) for i, a in enumerate(codes))
        data = replace(
            _draft(seeded, template_id, snaps), scores=scores, observed_on=date(2025, 10, day)
        )
        finalize_observation(school_db, save_draft(school_db, data).id, today=date(2026, 1, 1))
    data = dashboard_data(
        school_db,
        DashboardFilter(school_id=seeded.school_id, year="2025-2026", term=1),
        today=date(2025, 11, 1),
    )
    summary = data.time_on_task
    assert summary is not None and summary.lessons == 3
    assert summary.bins == (0, 0, 1, 0, 0, 0, 0, 0, 1, 1)  # 25 %, 80 %, 100 %
    assert summary.meeting_both == 1
    # pooled: 15 of 19 on instruction, 1 management, 3 off task; pupils 0–1 in 9 of 19
    assert summary.pooled.instruction == pytest.approx(1500 / 19)
    assert summary.pooled.management == pytest.approx(100 / 19)
    assert summary.pooled.off_task == pytest.approx(300 / 19)
    assert summary.pooled.pupils_engaged == pytest.approx(900 / 19)
