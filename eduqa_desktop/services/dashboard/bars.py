"""Bars of summed counts: built, sorted weakest first, limited to a chart's categories."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy.orm import Session

from eduqa_desktop.domain.indicators import (
    DEFAULT_SOU_WEIGHTS,
    MarkCounts,
    SouWeights,
    compute_indicators,
)
from eduqa_desktop.services.dashboard.context import Context, localized
from eduqa_desktop.services.dashboard.model import MAX_CATEGORIES, CountsBar, SchoolOrder
from eduqa_desktop.storage import dashboard_queries as q
from eduqa_desktop.storage.indicator_queries import GroupCounts


def counts_bar(context: Context, group: GroupCounts, label: str) -> CountsBar:
    return CountsBar(group.key, label, group.counts, context.indicators(group.counts))


def limit_bars(context: Context, bars: Sequence[CountsBar]) -> tuple[CountsBar, ...]:
    """At most MAX_CATEGORIES bars, the weakest (lowest quality of knowledge) first; past the
    limit the strongest are summed into one "Other" bar, always last."""
    ordered = sorted(bars, key=weakest_first)
    if len(ordered) <= MAX_CATEGORIES:
        return tuple(ordered)
    kept, rest = ordered[: MAX_CATEGORIES - 1], ordered[MAX_CATEGORIES - 1 :]
    counts = MarkCounts.total(bar.counts for bar in rest)
    return (*kept, CountsBar(None, "", counts, context.indicators(counts), other=len(rest)))


def weakest_first(bar: CountsBar) -> tuple[float, str]:
    """Lowest quality of knowledge first; an undefined one last."""
    quality = bar.indicators.quality
    return (quality if quality is not None else float("inf"), bar.label.casefold())


def assessed_only(bars: Iterable[CountsBar]) -> list[CountsBar]:
    return [bar for bar in bars if bar.counts.assessed > 0]


def subject_label(names: dict[int, tuple[str, str, str, str]], key: int, language: str) -> str:
    return localized(names[key], language) if key in names else str(key)


def with_school_names(session: Session, classes: list[CountsBar]) -> list[CountsBar]:
    """With several schools a class name (7-A) is not unique: add the school's."""
    schools = q.class_schools(session, [bar.key for bar in classes])
    return [replace(bar, label=f"{bar.label} · {schools.get(bar.key, '')}") for bar in classes]


def rank_schools(
    bars: Sequence[CountsBar],
    order: SchoolOrder,
    *,
    keep: int | None = None,
    weights: SouWeights = DEFAULT_SOU_WEIGHTS,
    pinned: int | None = None,
) -> tuple[CountsBar, ...]:
    """Schools sorted by quality of knowledge (or name); beyond ``keep`` the rest summed into
    "Other" — the school ``pinned`` (the one chosen in the filter) always stays visible."""
    keep = MAX_CATEGORIES if keep is None else keep
    if order == SchoolOrder.BY_NAME:
        ordered = sorted(bars, key=lambda bar: bar.label.casefold())
    else:
        ordered = sorted(bars, key=weakest_first)
        if order == SchoolOrder.HIGHEST_FIRST:
            defined = [bar for bar in ordered if bar.quality is not None]
            ordered = [*reversed(defined), *(bar for bar in ordered if bar.quality is None)]
    if len(ordered) <= keep:
        return tuple(ordered)
    kept = ordered[: keep - 1]
    if pinned is not None and all(bar.key != pinned for bar in kept):
        chosen = next((bar for bar in ordered if bar.key == pinned), None)
        if chosen is not None:
            kept = [*ordered[: keep - 2], chosen]
    kept_keys = {bar.key for bar in kept}
    rest = [bar for bar in ordered if bar.key not in kept_keys]
    counts = MarkCounts.total(bar.counts for bar in rest)
    other = CountsBar(None, "", counts, compute_indicators(counts, weights), other=len(rest))
    return (*kept, other)
