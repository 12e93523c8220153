"""The school's time on task for the dashboard: lessons by their share of instruction, and
the snapshots of the selection pooled into shares."""

from __future__ import annotations

from sqlalchemy.orm import Session

from eduqa_desktop.domain.snapshots import SnapshotShares
from eduqa_desktop.services.dashboard.context import Context
from eduqa_desktop.services.dashboard.model import TimeOnTask
from eduqa_desktop.storage.dashboard_queries.time_on_task import SHARE_BIN, time_on_task_counts


def _share(part: int, whole: int) -> float | None:
    return 100 * part / whole if whole else None


def time_on_task(session: Session, context: Context) -> TimeOnTask:
    where = context.observations(context.window(context.current))
    c = time_on_task_counts(session, where)
    pooled = SnapshotShares(
        snapshots=c.coded,
        coded_activity=c.coded,
        coded_pupils=c.pupils_coded,
        instruction=_share(c.instruction, c.coded),
        management=_share(c.management, c.coded),
        off_task=_share(c.off_task, c.coded),
        engagement_high=_share(c.engaged, c.pupils_coded),
        engagement_medium=None,  # not shown on the dashboard
        engagement_low=None,
    )
    return TimeOnTask(c.lessons, SHARE_BIN, c.bins, c.meeting_both, pooled)
