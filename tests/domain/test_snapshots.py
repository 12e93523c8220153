"""Snapshot protocol, engagement bands and shares, pinned with hand-computed numbers."""

from __future__ import annotations

import pytest

from eduqa_desktop.domain.snapshots import (
    Engagement,
    Material,
    ProtocolKind,
    Snapshot,
    SnapshotProtocol,
    TeacherActivity,
    engagement_band,
    snapshot_shares,
)

A = TeacherActivity


@pytest.mark.parametrize(
    ("count", "band"),
    [
        (0, Engagement.HIGH),
        (1, Engagement.HIGH),
        (2, Engagement.MEDIUM),
        (5, Engagement.MEDIUM),
        (6, Engagement.LOW),
        (30, Engagement.LOW),
    ],
)
def test_engagement_bands(count: int, band: Engagement) -> None:
    assert engagement_band(count) is band


@pytest.mark.parametrize("bad", [-1, True])
def test_engagement_band_refuses_a_bad_count(bad: int) -> None:
    with pytest.raises(ValueError, match="off task"):
        engagement_band(bad)


def test_activity_groups() -> None:
    assert {a.group.value for a in (A.EXPLAINING, A.QUESTIONING, A.PRACTICE, A.ASSESSMENT)} == {
        "instruction"
    }
    assert {A.ORGANISING.group.value, A.DISCIPLINE.group.value} == {"management"}
    assert A.OFF_TASK.group.value == "off_task"


def test_ten_even_snapshots_in_a_45_minute_lesson() -> None:
    slots = SnapshotProtocol(ProtocolKind.EVEN, 10).slots(45)
    # each tenth is 4.5 minutes; the snapshot is due in its middle: 2.25, 6.75, …, 42.75
    assert [s.start for s in slots] == [2.25 + 4.5 * k for k in range(10)]
    assert [s.end - s.start for s in slots] == [1.0] * 10
    assert [s.index for s in slots] == list(range(10))


def test_three_per_segment_in_a_45_and_a_40_minute_lesson() -> None:
    protocol = SnapshotProtocol(ProtocolKind.SEGMENTS)
    assert [(s.start, s.end) for s in protocol.slots(45)] == [
        (4, 5),
        (9, 10),
        (14, 15),
        (19, 20),
        (24, 25),
        (29, 30),
        (34, 35),
        (39, 40),
        (44, 45),
    ]
    # two whole segments fit in 40 minutes
    assert len(protocol.slots(40)) == 6


def test_the_due_snapshot_is_the_earliest_not_yet_taken() -> None:
    protocol = SnapshotProtocol(ProtocolKind.SEGMENTS)
    assert protocol.due_index(3.9, set()) is None
    assert protocol.due_index(4.0, set()) == 0
    assert protocol.due_index(9.5, set()) == 0  # the first one was missed: still due
    assert protocol.due_index(9.5, {0}) == 1
    assert protocol.due_index(9.5, {0, 1}) is None


def test_a_protocol_with_no_snapshots_is_refused() -> None:
    with pytest.raises(ValueError, match="1–30"):
        SnapshotProtocol(ProtocolKind.EVEN, 0)


def test_shares_of_one_lesson() -> None:
    snaps = [
        Snapshot(0, A.EXPLAINING, 0, Material.BOARD),
        Snapshot(1, A.QUESTIONING, 1),
        Snapshot(2, A.PRACTICE, 2, Material.NOTEBOOK),
        Snapshot(3, A.PRACTICE, 5),
        Snapshot(4, A.ASSESSMENT, 6),
        Snapshot(5, A.EXPLAINING, None),
        Snapshot(6, A.ORGANISING, None),
        Snapshot(7, A.DISCIPLINE, None),
        Snapshot(8, A.OFF_TASK, None),
        Snapshot(9, None, None),  # missed
    ]
    shares = snapshot_shares(snaps)
    # 9 coded activities: 6 instruction, 2 management, 1 off task
    assert (shares.snapshots, shares.coded_activity, shares.coded_pupils) == (10, 9, 5)
    assert shares.instruction == pytest.approx(600 / 9)  # 66.7 %
    assert shares.management == pytest.approx(200 / 9)  # 22.2 %
    assert shares.off_task == pytest.approx(100 / 9)  # 11.1 %
    # 5 coded counts 0, 1, 2, 5, 6: high 2, medium 2, low 1
    assert (shares.engagement_high, shares.engagement_medium, shares.engagement_low) == (
        40.0,
        40.0,
        20.0,
    )
    assert shares.pupils_engaged == 40.0
    assert shares.meets_instruction_reference is True  # 66.7 ≥ 50
    assert shares.meets_management_reference is False  # 22.2 > 15


def test_reference_boundaries_belong_to_the_good_side() -> None:
    # 20 snapshots: 10 instruction (exactly 50 %), 3 management (exactly 15 %), 7 off task
    snaps = [Snapshot(i, A.EXPLAINING) for i in range(10)]
    snaps += [Snapshot(10 + i, A.ORGANISING) for i in range(3)]
    snaps += [Snapshot(13 + i, A.OFF_TASK) for i in range(7)]
    shares = snapshot_shares(snaps)
    assert (shares.instruction, shares.management) == (50.0, 15.0)
    assert shares.meets_instruction_reference is True
    assert shares.meets_management_reference is True


def test_nothing_coded_gives_undefined_shares() -> None:
    shares = snapshot_shares([Snapshot(0), Snapshot(1)])
    assert shares.instruction is None and shares.pupils_engaged is None
    assert shares.meets_instruction_reference is None
    assert snapshot_shares([]).snapshots == 0
