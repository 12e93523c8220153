"""`eduqa calibration`: how far observers who watched the same lessons agree.

    eduqa calibration --db PATH [--school NAME] [--year YYYY-YYYY] [--json]

The co-observed final lessons of the academic year (default: the current one): for each
observer the pairs of levels given with colleagues on the same criteria, exact agreement,
agreement within one level, Cohen's weighted κ (linear weights), the mean difference (> 0:
scores higher than colleagues) and whether agreement is low; per observer pair; per
criterion; per calibration session. JSON: ``{"year", "weights", "lessons", "observers": [...],
"pairs": [...], "criteria": [...], "sessions": [...]}``.
"""

from __future__ import annotations

import argparse
from typing import Any

from eduqa_desktop.cli.common import EXIT_OK, CommandGroups, add_db_argument, open_db, print_json
from eduqa_desktop.cli.common import voice_of as _voice_of
from eduqa_desktop.cli.indicators import _year
from eduqa_desktop.domain.agreement import Agreement
from eduqa_desktop.services.calibration import calibration_view
from eduqa_desktop.services.schools import find_school


def register(groups: CommandGroups) -> None:
    parser = groups.add(
        "calibration", _calibration, "agreement of observers who watched the same lessons"
    )
    add_db_argument(parser)
    parser.add_argument("--school", metavar="NAME", help="one school (default: every school)")
    parser.add_argument("--year", metavar="YYYY-YYYY", type=_year, help="academic year")
    parser.add_argument("--json", action="store_true", help="JSON on standard output")


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def agreement_json(a: Agreement) -> dict[str, Any]:
    return {
        "pairs": a.pairs,
        "exact": _round(a.exact, 1),
        "within_one": _round(a.within_one, 1),
        "kappa": _round(a.kappa, 3),
        "mean_difference": _round(a.mean_difference, 3),
    }


def _text(a: Agreement) -> str:
    def pct(value: float | None) -> str:
        return "—" if value is None else f"{value:.1f} %"

    kappa = "—" if a.kappa is None else f"{a.kappa:.2f}"
    return f"{a.pairs} pairs, same {pct(a.exact)}, within one {pct(a.within_one)}, κ {kappa}"


def _calibration(args: argparse.Namespace) -> int:
    _voice_of(args)  # messages of refusals in the command's language
    db = open_db(args.db)
    try:
        school_id = find_school(db, args.school).id if args.school else None
        view = calibration_view(db, school_id=school_id, year=args.year)
    finally:
        db.close()
    report = view.report
    criteria = view.criteria
    if args.json:
        print_json(
            {
                "year": view.year,
                "weights": "linear",
                "lessons": report.lessons,
                "observers": [
                    {
                        "observer": o.observer,
                        "lessons": o.lessons,
                        "low_agreement": o.low,
                        **agreement_json(o.agreement),
                        "colleagues": [
                            {"colleague": p.second, "lessons": p.lessons,
                             **agreement_json(p.agreement)}
                            for p in o.colleagues
                        ],
                        "criteria": [
                            {"criterion": criteria.get(c.key, ""), "pairs": c.pairs,
                             "mean_difference": round(c.mean_difference, 3)}
                            for c in o.leaning
                        ],
                    }
                    for o in report.observers
                ],
                "pairs": [
                    {"first": p.first, "second": p.second, "lessons": p.lessons,
                     **agreement_json(p.agreement)}
                    for p in report.pairs
                ],
                "criteria": [
                    {"criterion": criteria.get(c.key, ""), **agreement_json(c.agreement)}
                    for c in report.criteria
                ],
                "sessions": [
                    {"date": s.observed_on.isoformat(), "note": s.note, "teacher": s.teacher,
                     "observers": list(s.observers), **agreement_json(s.agreement)}
                    for s in report.sessions
                ],
            }
        )  # fmt: skip
        return EXIT_OK
    print(f"{view.year or 'every year'}: {report.lessons} co-observed lessons")
    for o in report.observers:
        flag = "  LOW AGREEMENT" if o.low else ""
        print(f"{o.observer}: {o.lessons} lessons, {_text(o.agreement)}{flag}")
        for p in o.colleagues:
            print(f"    with {p.second}: {p.lessons} lessons, {_text(p.agreement)}")
    for s in report.sessions:
        print(f"session {s.observed_on.isoformat()} {s.note}: {_text(s.agreement)}")
    return EXIT_OK
