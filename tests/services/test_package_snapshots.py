"""Snapshots, the checklist's protocol and co-observation links travel in observations packages."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import datetime, timedelta

from package_world import (
    PEOPLE,
    add_observation,
    add_teacher,
    current_template_id,
    fresh_database,
    send,
)
from sqlalchemy import select

from eduqa_desktop.domain.snapshots import SnapshotProtocol
from eduqa_desktop.services.checklist_views import template_spec
from eduqa_desktop.services.checklists import save_checklist
from eduqa_desktop.storage.models import Observation, ObservationSnapshot


def _snapshots(db) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    with db.session() as session:
        return [
            (s.position, s.activity, s.pupils_off_task, s.material, s.minute)
            for s in session.scalars(
                select(ObservationSnapshot).order_by(ObservationSnapshot.position)
            )
        ]


def test_snapshots_and_links_reach_the_other_computer_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    school, laptop = fresh_database(tmp_path, "school"), fresh_database(tmp_path, "laptop")
    template_id = current_template_id(laptop)
    spec = template_spec(laptop, template_id)
    save_checklist(
        laptop, template_id, dataclasses.replace(spec, snapshots=SnapshotProtocol(count=8))
    )
    obs_uuid = add_observation(laptop, add_teacher(laptop, PEOPLE[0][0]), final=False)
    group = uuid.uuid4()
    with laptop.session() as session:
        obs = session.scalar(select(Observation).where(Observation.uuid == obs_uuid))
        obs.co_observation, obs.calibration_note = group, "Video lesson, grade 7 algebra"
        obs.snapshots.append(
            ObservationSnapshot(
                position=0, activity="explaining", pupils_off_task=0, material="board", minute=3.1
            )
        )
        obs.snapshots.append(
            ObservationSnapshot(position=2, activity="discipline", pupils_off_task=6)
        )
    plan = send(laptop, school, tmp_path / "p.xlsx")
    assert plan.written and plan.created == 1
    assert _snapshots(school) == [
        (0, "explaining", 0, "board", 3.1),
        (2, "discipline", 6, None, None),
    ]
    with school.session() as session:
        obs = session.scalar(select(Observation))
        assert (obs.co_observation, obs.calibration_note) == (
            group,
            "Video lesson, grade 7 algebra",
        )
        assert (obs.template.snapshot_kind, obs.template.snapshot_count) == ("even", 8)
    again = send(laptop, school, tmp_path / "p.xlsx")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    # the draft re-coded later on the laptop: the school's copy follows
    with laptop.session() as session:
        obs = session.scalar(select(Observation))
        obs.snapshots[1].activity = "practice"
        obs.updated_at = datetime.now() + timedelta(minutes=1)
    assert send(laptop, school, tmp_path / "p.xlsx").updated == 1
    assert [s[1] for s in _snapshots(school)] == ["explaining", "practice"]
