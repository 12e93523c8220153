"""The Dashboard's Need attention card: the count of `eduqa attention --json` for the quarter
shown, the teachers named below the cards, a click on a name opens the profile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from eduqa_desktop.cli import main
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.ui.teachers.profile_dialog import TeacherProfileDialog


@pytest.fixture
def dashboard(main_window, qtbot):  # type: ignore[no-untyped-def]
    main_window.show_tab("dashboard")
    tab = main_window.dashboard_tab
    qtbot.waitUntil(lambda: not tab.busy and tab.data is not None, timeout=20_000)
    yield tab
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


def test_the_card_counts_what_the_command_lists(
    dashboard, demo_db_path: Path, capsys: pytest.CaptureFixture[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    data = dashboard.data
    school = list_schools(dashboard.context.db)[0]
    period = data.period
    args = ["attention", "--db", str(demo_db_path), "--school", school.name, "--json"]
    assert main([*args, "--year", period.year, "--term", str(period.term), "--lang", "en"]) == 0
    listed = json.loads(capsys.readouterr().out)["teachers"]
    card = dashboard.cards["attention"]
    assert card.value.text() == str(len(listed))
    assert 0 < len(listed) <= 38 // 5
    assert [row.teacher_name for row in data.cards.attention] == [t["teacher"] for t in listed]
    label = dashboard.attention_label.text()
    for teacher in listed[:5]:
        assert teacher["teacher"] in label
    assert listed[0]["signals"][0]["message"] in card.toolTip()
    # a name is a link to the profile
    first = data.cards.attention[0]
    dashboard.attention_label.linkActivated.emit(str(first.teacher_id))
    dialog = dashboard.window().teachers_tab.profile_dialog
    assert isinstance(dialog, TeacherProfileDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.name_label.text() == first.teacher_name
    dialog.close()
