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
