"""`eduqa attention`: the teachers to look at, ranked by their signals.

    eduqa attention --db PATH [--school NAME] [--year YYYY-YYYY --term N] [--json]

With --school that school's attention list (at most a fifth of its staff by default, the
same list as the Dashboard card and the Needs attention view); without it every school's
list, the schools ranked by the sum of their listed teachers' scores. JSON:
``{"term": {"year", "number"}, "teachers": [{"teacher", "school", "score",
"signals": [{"kind", "severity", "message", "evidence"}]}], "subjects": [{"school",
"subject", "teachers", "severity", "message", "evidence"}], "schools": [...]}`` — "subjects"
are subjects behind across a school (all their teachers' classes), listed beside the teachers.
"""

from __future__ import annotations

import argparse
from typing import Any

from eduqa_desktop.cli.common import EXIT_OK, CommandGroups, add_db_argument, open_db, print_json
from eduqa_desktop.cli.common import voice_of as _voice_of
from eduqa_desktop.cli.indicators import _year
from eduqa_desktop.cli.translation import Voice
from eduqa_desktop.domain.flags import render_message
from eduqa_desktop.services.attention import (
    AttentionRow,
    SchoolAttention,
    district_attention,
    school_attention,
)
from eduqa_desktop.services.schools import find_school
from eduqa_desktop.services.term_scope import TermRef

MESSAGES = "Messages"


def register(groups: CommandGroups) -> None:
    parser = groups.add(
        "attention", _attention, "the teachers to look at first, ranked by their signals"
    )
    add_db_argument(parser)
    parser.add_argument("--school", metavar="NAME", help="one school (default: every school)")
    parser.add_argument("--year", metavar="YYYY-YYYY", type=_year, help="academic year")
    parser.add_argument("--term", metavar="N", type=int, choices=(1, 2, 3, 4), help="quarter")
    parser.add_argument("--json", action="store_true", help="JSON on standard output")


def _message(voice: Voice, template: str, params: Any) -> str:
    return render_message(voice.translate(MESSAGES, template), params, language=voice.language)


def row_json(row: AttentionRow, voice: Voice) -> dict[str, Any]:
    return {
        "teacher": row.teacher_name,
        "school": row.school_name,
        "score": row.score,
        "signals": [
            {
                "kind": s.kind,
                "severity": s.severity,
                "message": _message(voice, s.message_template, s.params),
                "evidence": dict(s.evidence),
            }
            for s in row.signals
        ],
    }


def _term_json(term: TermRef | None) -> dict[str, Any] | None:
    return None if term is None else {"year": term.year, "number": term.number}


def _attention(args: argparse.Namespace) -> int:
    voice = _voice_of(args)
    db = open_db(args.db, voice=_voice_of(args))
    try:
        if args.school is not None:
            school = find_school(db, args.school)
            found = school_attention(db, school.id, year=args.year, term=args.term)
            schools = [
                SchoolAttention(
                    school.id,
                    school.name,
                    found.staff,
                    round(sum(r.score for r in found.rows), 2),
                    found.rows,
                    found.term,
                    found.subjects,
                    found.results_term,
                )
            ]
            term, results_term = found.term, found.results_term
        else:
            schools = district_attention(db, year=args.year, term=args.term)
            term = schools[0].term if schools else None
            results_term = None  # each school's own: in "schools"
    finally:
        db.close()
    rows = sorted(
        (row for school in schools for row in school.rows), key=lambda r: (-r.score, r.teacher_name)
    )
    if args.json:
        print_json(
            {
                "term": _term_json(term),
                "results_term": _term_json(results_term),
                "teachers": [row_json(row, voice) for row in rows],
                "subjects": [
                    {"school": school.school_name, "subject": subject.subject,
                     "teachers": list(subject.teachers), "severity": subject.severity,
                     "message": _message(voice, subject.message_template, subject.params),
                     "evidence": dict(subject.evidence)}
                    for school in schools
                    for subject in school.subjects
                ],
                "schools": [
                    {"school": s.school_name, "staff": s.staff, "score": s.score,
                     "listed": len(s.rows), "results_term": _term_json(s.results_term)}
                    for s in schools
                ],
            }
        )  # fmt: skip
        return EXIT_OK
    if term is not None:
        print(f"quarter {term.number}, {term.year}")
    for school in schools:
        print(f"{school.school_name}: {len(school.rows)} of {school.staff} teachers")
        if school.results_term is not None and school.results_term != term:
            quarter = school.results_term
            print(f"  results of quarter {quarter.number}, {quarter.year}")
        for row in school.rows:
            print(f"  {row.score:5.2f}  {row.teacher_name}")
            for signal in row.signals:
                print(f"         {_message(voice, signal.message_template, signal.params)}")
        for subject in school.subjects:
            print(f"  {_message(voice, subject.message_template, subject.params)}")
            print(f"         {', '.join(subject.teachers)}")
    return EXIT_OK
