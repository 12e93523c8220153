"""The dashboard: every number its cards and charts show, for one selection, in one call.

``dashboard_data(db, DashboardFilter(...))`` answers a vice-principal's questions (how does this
term compare with the last, which subjects and classes fall behind, which checklist criteria are
weakest, which mechanisms lack evidence) and a district office's (its schools side by side).

Pupils' results are summed in SQL (:mod:`storage.indicator_queries`) and turned into indicators
by :func:`domain.indicators.compute_indicators` from the summed counts — a bar, a card and the
indicators of the same selection are the same numbers. Lesson observations, the visit plan and
activities come from :mod:`storage.dashboard_queries`.

Files, each answering one question (import from this package, not from them):
  model.py               what the caller asks (DashboardFilter) and gets back (DashboardData …)
  context.py             the selection resolved: schools, quarters and their days
  build.py               the three calls: dashboard_data, filter_choices, drill_down
  cards.py               the cards and the trend (this quarter against the one before)
  bars.py                bars of summed counts, weakest first, "Other"; rank_schools
  results_charts.py      results by subject, grade and class
  observation_charts.py  checklist criteria, heat map, score histogram, mechanisms
  schools_chart.py       schools side by side; observation score against quality
A new panel: its DTO in model.py (a field of DashboardData with a default), a module of its
own that computes it from a ``Context`` in the open session, one line in ``build.dashboard_data``.
"""

from eduqa_desktop.services.dashboard.bars import rank_schools
from eduqa_desktop.services.dashboard.build import dashboard_data, drill_down, filter_choices
from eduqa_desktop.services.dashboard.model import (
    MAX_CATEGORIES,
    TREND_TERMS,
    Cards,
    Choice,
    CountsBar,
    CriterionBar,
    DashboardData,
    DashboardFilter,
    DrillDown,
    FilterChoices,
    HeatMap,
    Histogram,
    Measure,
    MechanismEvidence,
    Period,
    ScatterPoint,
    SchoolOrder,
    TermChoice,
    TrendPoint,
)

__all__ = [
    "MAX_CATEGORIES",
    "TREND_TERMS",
    "Cards",
    "Choice",
    "CountsBar",
    "CriterionBar",
    "DashboardData",
    "DashboardFilter",
    "DrillDown",
    "FilterChoices",
    "HeatMap",
    "Histogram",
    "Measure",
    "MechanismEvidence",
    "Period",
    "ScatterPoint",
    "SchoolOrder",
    "TermChoice",
    "TrendPoint",
    "dashboard_data",
    "drill_down",
    "filter_choices",
    "rank_schools",
]
