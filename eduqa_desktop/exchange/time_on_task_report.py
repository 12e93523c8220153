"""Time on task in a printed observation: each share against its reference value (HTML)."""

from __future__ import annotations

from eduqa_desktop.domain.observation_records import ReportItem, shares_of
from eduqa_desktop.domain.snapshot_labels import (
    CODED,
    MEETS,
    MISSES,
    SNAPSHOT_CONTEXT,
    TIME_ON_TASK,
    reference_value,
    share_lines,
)
from eduqa_desktop.domain.snapshots import LESSON_MINUTES
from eduqa_desktop.exchange.report_text import Translate, esc, percent_text

HEADING = "#1f4e79"
BORDER = "#b8c0cc"
MEETS_COLOUR = "#006b4f"
MISSES_COLOUR = "#a33a00"


def time_on_task_html(item: ReportItem, language: str, tr: Translate) -> str:
    """The shares table, or "" when the checklist takes no snapshots."""
    protocol = item.template.snapshots
    if protocol is None:
        return ""

    def w(text: str) -> str:
        return tr(SNAPSHOT_CONTEXT, text)

    shares = shares_of(item.observation.data.snapshots)
    rows = []
    for name, value, reference, meets in share_lines(shares):
        verdict = ""
        if reference is not None:
            verdict = esc(w(reference).format(value=percent_text(reference_value(name), language)))
            if meets is not None:
                colour = MEETS_COLOUR if meets else MISSES_COLOUR
                verdict += f" — <b style='color:{colour};'>{esc(w(MEETS if meets else MISSES))}</b>"
        rows.append(
            f"<tr><td>{esc(w(name))}</td>"
            f"<td align='right'><b>{percent_text(value, language)}</b></td>"
            f"<td>{verdict}</td></tr>"
        )
    count = w(CODED).format(coded=shares.coded_activity, count=len(protocol.slots(LESSON_MINUTES)))
    return (
        f"<p style='margin-bottom:2px;'><b style='color:{HEADING};'>{esc(w(TIME_ON_TASK))}</b>"
        f" <span style='color:#5a6470;'>({esc(count)})</span></p>"
        "<table width='100%' cellspacing='0' cellpadding='4' border='1' "
        f"style='border-collapse:collapse; border-color:{BORDER}; margin-bottom:8px;'>"
        + "".join(rows)
        + "</table>"
    )
