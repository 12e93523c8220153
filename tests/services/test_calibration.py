"""Co-observation links and the calibration view from the database."""

from __future__ import annotations

import json
from datetime import date

import pytest
from calibration_world import co_observed_lesson, scored
from engines import location_of
from observation_seed import Seeded, seed

from eduqa_desktop.cli import main
from eduqa_desktop.services.calibration import calibration_view, link_same_lesson
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.observation_records import ObservationInput, get_observation
from eduqa_desktop.services.observations import save_draft


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


def test_co_observe_prefills_the_lesson_and_links_both(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    one, two = co_observed_lesson(school_db, seeded, note="Video: 7-A algebra")
    first, second = get_observation(school_db, one).data, get_observation(school_db, two).data
    assert first.co_observation is not None and first.co_observation == second.co_observation
    assert (second.teacher_id, second.class_id, second.lesson_period, second.observed_on) == (
        first.teacher_id, first.class_id, first.lesson_period, first.observed_on,
    )  # fmt: skip
    assert (second.observer, second.calibration_note) == ("Usmonov B.", "Video: 7-A algebra")


def test_a_lesson_recorded_apart_is_linked_by_co_observe(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    template_id = seeded.templates["walkthrough"]
    ids = [
        save_draft(
            school_db,
            ObservationInput(
                seeded.school_id, seeded.teachers["Sharipova"], template_id, date(2025, 10, 14),
                observer=name, class_id=seeded.classes["7-A"], lesson_period=period,
                scores=scored(school_db, template_id, [3] * 7),
            ),
        ).id
        for name, period in (("A", 3), ("B", 3), ("C", 4))
    ]  # fmt: skip
    assert link_same_lesson(school_db, ids[0]) == 1  # B; C saw another period
    links = [get_observation(school_db, i).data.co_observation for i in ids]
    assert links[0] is not None and links[0] == links[1] and links[2] is None
    assert link_same_lesson(school_db, ids[0]) == 0


def test_the_view_gives_the_hand_computed_agreement(school_db, seeded, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    co_observed_lesson(school_db, seeded)
    view = calibration_view(school_db, year="2025-2026")
    report = view.report
    assert report.lessons == 1
    (pair,) = report.pairs
    # 4, 3, 2, 3, 1, 4, 3 against 4, 2, 2, 3, 2, 3, 3: same level 4 of 7, within one 7 of 7;
    # Rahimova higher by (0 + 1 + 0 + 0 − 1 + 1 + 0) / 7 = 1/7
    assert (pair.first, pair.second) == ("Rahimova N.", "Usmonov B.")
    assert pair.agreement.exact == pytest.approx(400 / 7)
    assert pair.agreement.within_one == 100.0
    assert pair.agreement.mean_difference == pytest.approx(1 / 7)
    rahimova = report.observer("Rahimova N.")
    assert rahimova is not None
    assert [view.criteria[c.key][:3] for c in rahimova.leaning[:2]] == ["1.2", "1.6"]
    assert view.criteria[rahimova.leaning[-1].key].startswith("1.5")  # scored lower
    assert (
        calibration_view(school_db, year="2025-2026", today=date(2025, 10, 1)).year == "2025-2026"
    )
    with pytest.raises(UserError):
        calibration_view(school_db, year="2019-2020")
    # the command line says the same
    where = location_of(school_db)
    assert main(["calibration", "--db", where, "--year", "2025-2026", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["lessons"] == 1 and out["weights"] == "linear"
    assert out["pairs"][0]["exact"] == 57.1 and out["pairs"][0]["within_one"] == 100.0
    assert [o["observer"] for o in out["observers"]] == ["Rahimova N.", "Usmonov B."]
    assert out["observers"][1]["mean_difference"] == round(-1 / 7, 3)
