"""The aggregations behind the dashboard: lesson observations, the visit plan, activities, staff.

Pupils' results are summed by :mod:`eduqa_desktop.storage.indicator_queries`; this package adds
what the dashboard shows besides them. Everything is one SQL ``GROUP BY`` per chart (never every
row loaded into Python), so that a district of fifty schools answers at once.

Only *final* observations count. A period is a :class:`Window` of days; which observations,
plan entries and activities fall in a term is decided by the service that builds the windows.
The attention signals are not here: every screen reads them in one place, ``services.attention``.

Files, each answering one question (import from this package: ``dashboard_queries as q``):
  filters.py               Window, TeacherScope, ObservationFilter and the shared expressions
  calendar.py              the quarters with their days
  choices.py               schools, subjects, grades, departments for the filter bar
  result_sums.py           summed counts per quarter / subject / grade
  observation_scores.py    observation summary, score histogram, average per school or teacher
  checklist_aggregates.py  checklists in use, criteria averages, heat-map sections
  mechanisms.py            evidence of the mechanisms in lessons and activities
  visits.py                planned and observed visits, the active staff
"""

from eduqa_desktop.storage.dashboard_queries.calendar import TermRow, terms
from eduqa_desktop.storage.dashboard_queries.checklist_aggregates import (
    ChecklistUse,
    CriterionAverage,
    SectionCell,
    checklists_used,
    criteria_averages,
    section_scores,
    section_titles,
)
from eduqa_desktop.storage.dashboard_queries.choices import (
    class_schools,
    departments,
    grades_in_use,
    schools,
    subject_names,
    subjects_in_use,
)
from eduqa_desktop.storage.dashboard_queries.filters import ObservationFilter, TeacherScope, Window
from eduqa_desktop.storage.dashboard_queries.mechanisms import (
    MechanismLessons,
    mechanism_activities,
    mechanism_lessons,
)
from eduqa_desktop.storage.dashboard_queries.observation_scores import (
    HISTOGRAM_BIN,
    HISTOGRAM_BINS,
    GroupScore,
    ObservationSummary,
    ScoreHistogram,
    observation_scores_by,
    observation_summary,
    score_histogram,
)
from eduqa_desktop.storage.dashboard_queries.result_sums import summed_counts
from eduqa_desktop.storage.dashboard_queries.visits import observed_visits, planned_visits, staff

__all__ = [
    "HISTOGRAM_BIN",
    "HISTOGRAM_BINS",
    "ChecklistUse",
    "CriterionAverage",
    "GroupScore",
    "MechanismLessons",
    "ObservationFilter",
    "ObservationSummary",
    "ScoreHistogram",
    "SectionCell",
    "TeacherScope",
    "TermRow",
    "Window",
    "checklists_used",
    "class_schools",
    "criteria_averages",
    "departments",
    "grades_in_use",
    "mechanism_activities",
    "mechanism_lessons",
    "observation_scores_by",
    "observation_summary",
    "observed_visits",
    "planned_visits",
    "schools",
    "score_histogram",
    "section_scores",
    "section_titles",
    "staff",
    "subject_names",
    "subjects_in_use",
    "summed_counts",
    "terms",
]
