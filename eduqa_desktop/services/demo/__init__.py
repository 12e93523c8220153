"""A believable demo school — or a district of them for benchmarks — generated from a seed.

`generate_demo(db, schools=1, …)` writes, per school: departments, about `teachers_per_school`
teachers (Uzbek names, some in Cyrillic, one or two who left), 11 grades of 2–3 classes for each
academic year, end-of-quarter results for every quarter that ended before `today`, lesson
observations on the shipped checklists, teacher activities and the current year's visit plan.

Same seed and same `today` give the same data, uuids included: every choice comes from a
`random.Random` seeded per school, never from the global generator. Rows go in with Core bulk
inserts, so a district of 50 schools is built in seconds. The whole run is one transaction.

Files, each with one job:
  district.py          generate_demo: the schools of a district in one transaction, the summary
  reference.py         what all schools share: calendar up to today, subjects, checklists
  school.py            one school, step by step (the order of the steps is part of the data)
  school_classes.py    each year's classes, cohorts moving up the grades
  staffing.py          teaching posts, who fills them, who teaches which class what
  personnel.py         departments and teacher rows (category, PD course, phone, subjects)
  results.py           end-of-quarter marks
  observations.py      which lessons are visited, when, by whom; follow-ups of weak lessons
  visit_plan.py        the current year's visit plan and which of its visits were made
  observation_rows.py  what a visit's record says: scores, texts, status
  observers.py         who visits a lesson
  activities.py        teachers' activities
  instruments.py       time-on-task snapshots, co-observed lessons, a calibration session
  model.py             the school in memory while it is built
  bulk_insert.py       bulk inserts with seeded uuids
  randomness.py        helpers for drawing from a seeded generator
  names.py, texts.py   people's names; places and wording
"""

from eduqa_desktop.services.demo.district import DEMO_SCHOOL_NAME, DemoSummary, generate_demo

__all__ = ["DEMO_SCHOOL_NAME", "DemoSummary", "generate_demo"]
