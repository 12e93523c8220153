"""Time-on-task snapshots and co-observation links of an observations package, merged with the
observation they belong to (``observation_package`` decides whether it is added or updated)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from eduqa_desktop.domain.snapshots import Material, TeacherActivity
from eduqa_desktop.storage.models import Observation, ObservationSnapshot

SnapshotMap = dict[int, tuple[str | None, int | None, str | None, float | None]]


def snapshot_map(rows: list[dict[str, str]]) -> SnapshotMap:
    """The package's snapshots of one observation by slot; ValueError on a damaged value."""
    result: SnapshotMap = {}
    for row in rows:
        position = int(row["position"])
        if position < 0:
            raise ValueError(f"snapshot position {position}")
        activity = TeacherActivity(row["activity"]).value if row["activity"] else None
        material = Material(row["material"]).value if row["material"] else None
        pupils = int(float(row["pupils_off_task"])) if row["pupils_off_task"] else None
        if pupils is not None and pupils < 0:
            raise ValueError(f"pupils off task {pupils}")
        minute = float(row["minute"]) if row["minute"] else None
        result[position] = (activity, pupils, material, minute)
    return result


def local_snapshots(obs: Observation) -> SnapshotMap:
    return {
        s.position: (s.activity, s.pupils_off_task, s.material, s.minute) for s in obs.snapshots
    }


def write_snapshots(session: Session, obs: Observation, wanted: SnapshotMap) -> None:
    obs.snapshots.clear()
    session.flush()
    for position, (activity, pupils, material, minute) in sorted(wanted.items()):
        obs.snapshots.append(
            ObservationSnapshot(
                position=position,
                activity=activity,
                pupils_off_task=pupils,
                material=material,
                minute=minute,
            )
        )


def link_fields(record: dict[str, str]) -> dict[str, Any]:
    """The co-observation UUID and calibration note of a package row (empty in old packages)."""
    text = record.get("co_observation", "")
    return {
        "co_observation": uuid.UUID(text) if text else None,
        "calibration_note": record.get("calibration_note", ""),
    }
