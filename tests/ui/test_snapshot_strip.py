"""Time-on-task snapshots in the observation form, from the keyboard alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from observation_seed import Seeded, seed
from observation_ui import Prompts, focused, make_window, press, type_text
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from eduqa_desktop.domain.snapshots import Material, SnapshotProtocol, TeacherActivity
from eduqa_desktop.services.checklist_views import template_spec
from eduqa_desktop.services.checklists import create_checklist
from eduqa_desktop.services.observation_records import get_observation
from eduqa_desktop.storage.models import Observation
from eduqa_desktop.ui.observations import snapshot_keys

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    seeded = seed(school_db)
    spec = template_spec(school_db, seeded.templates["walkthrough"])
    # the last checklist of the form's list: End in its combo box chooses it
    create_checklist(school_db, replace(spec, code="", snapshots=SnapshotProtocol()))
    return seeded


def test_snapshots_are_timed_coded_and_saved_without_a_mouse(
    qtbot, school_db, seeded, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    Prompts(monkeypatch)
    window = make_window(qtbot, school_db, tmp_path)
    press(qtbot, K.Key_N, CTRL)
    form = window.observations_tab.form
    qtbot.waitUntil(form.isVisible)
    strip = form.snapshot_strip
    type_text(qtbot, "ganiyeva")
    for _ in range(6):  # date, period, class, subject, purpose → checklist
        press(qtbot, K.Key_Tab)
    assert focused() is form.header.checklist
    assert not strip.isVisible()  # the shipped checklist takes no snapshots
    press(qtbot, K.Key_End)
    qtbot.waitUntil(strip.isVisible)
    assert strip.grid.columnCount() == 10  # Stallings: 10 over a 45-minute lesson

    press(qtbot, K.Key_T, CTRL)  # the lesson timer starts, the keyboard goes to the strip
    assert strip.running()
    assert focused() is strip.grid
    assert strip.prompt.text() == ""  # nothing due before minute 2¼
    for _ in range(3):  # the observer started the timer three minutes late
        press(qtbot, K.Key_Plus)
    assert strip.clock.text().startswith("03:")
    assert "Snapshot 1 is due" in strip.prompt.text()
    press(qtbot, K.Key_F9)
    assert (strip.grid.currentRow(), strip.grid.currentColumn()) == (0, 0)
    type_text(qtbot, "1")  # explaining
    type_text(qtbot, "h")  # 0–1 pupils off task (a letter)
    type_text(qtbot, "4")  # board
    assert strip.prompt.text() == ""  # snapshot 1 coded, snapshot 2 not yet due
    assert (strip.grid.currentRow(), strip.grid.currentColumn()) == (0, 1)
    for _ in range(4):
        press(qtbot, K.Key_Plus)
    assert "Snapshot 2 is due" in strip.prompt.text()
    type_text(qtbot, "5")  # organising
    type_text(qtbot, "3")  # 6+ off task
    type_text(qtbot, "n")  # no materials
    # Beside the score: instruction 1 of 2 (50 %, meets ≥ 50 %), management 50 % (misses ≤ 15 %)
    box = form.scores.time_on_task
    assert box.isVisible()
    assert [label.text() for label in box.values] == ["50.0%", "50.0%", "0.0%", "50.0%"]
    assert box.verdicts[0].text().endswith("meets")
    assert box.verdicts[1].text().endswith("misses")
    assert box.count.text() == "2 of 10 snapshots coded"

    press(qtbot, K.Key_Space)  # pause
    assert not strip.running()
    press(qtbot, K.Key_Escape)  # back to the checklist
    assert focused() is form.view.rows[0]
    press(qtbot, K.Key_S, CTRL)
    assert form.observation_id is not None
    saved = get_observation(school_db, form.observation_id).data.snapshots
    assert [(s.position, s.activity, s.pupils_off_task, s.material) for s in saved] == [
        (0, TeacherActivity.EXPLAINING, 0, Material.BOARD),
        (1, TeacherActivity.ORGANISING, 6, Material.NONE),
    ]
    assert [round(s.minute or 0) for s in saved] == [3, 7]  # the timer's minute when coded
    assert strip.grid.item(1, 1).text() == "L"  # the band of 6 pupils off task


def _only_draft(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as session:
        (observation_id,) = session.scalars(select(Observation.id)).all()
    return observation_id


def _cyrillic_key(qtbot, char: str, virtual_key: int = 0) -> None:  # type: ignore[no-untyped-def]
    """A letter key on a Cyrillic layout, as Qt delivers it (the key is the upper-case letter;
    on Windows the virtual key is that of the Latin letter on the same key)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(
            kind, ord(char.upper()), Qt.KeyboardModifier.NoModifier, 0, virtual_key, 0, char
        )
        QApplication.sendEvent(focused(), event)


def test_code_letters_work_on_a_cyrillic_layout(
    qtbot, school_db, seeded, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    Prompts(monkeypatch)
    window = make_window(qtbot, school_db, tmp_path)
    press(qtbot, K.Key_N, CTRL)
    form = window.observations_tab.form
    qtbot.waitUntil(form.isVisible)
    strip = form.snapshot_strip
    type_text(qtbot, "ganiyeva")
    for _ in range(6):
        press(qtbot, K.Key_Tab)
    press(qtbot, K.Key_End)
    qtbot.waitUntil(strip.isVisible)
    press(qtbot, K.Key_T, CTRL)
    assert focused() is strip.grid
    # The hint names the Cyrillic letter on each code's key.
    assert "1/E/У Explaining" in strip.codes.text()
    # Russian layout: у (the E key) explaining, р (H) 0–1 off task, и (B) board.
    for char in "ури":
        _cyrillic_key(qtbot, char)
    # Uzbek Cyrillic: ў (the O key) organising; ь (M) 2–5 off task; т (N) no materials.
    for char in "ўьт":
        _cyrillic_key(qtbot, char)
    # Windows gives the Latin letter's virtual key whatever the layout: ф on the A key.
    monkeypatch.setattr(snapshot_keys, "WINDOWS", True)
    _cyrillic_key(qtbot, "ф", virtual_key=ord("A"))
    assert strip.grid.item(0, 2).text() == "A"
    assert [(s.activity, s.pupils_off_task, s.material) for s in strip.snapshots()] == [
        (TeacherActivity.EXPLAINING, 0, Material.BOARD),
        (TeacherActivity.ORGANISING, 2, Material.NONE),
        (TeacherActivity.ASSESSMENT, None, None),
    ]
    # A Cyrillic letter on no code's key is not a code: the cell stays as it was.
    _cyrillic_key(qtbot, "ж")
    assert strip.grid.item(1, 2).text() == "·"


def test_the_lesson_timer_continues_when_the_draft_is_reopened(
    qtbot, school_db, seeded, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    Prompts(monkeypatch)
    window = make_window(qtbot, school_db, tmp_path)
    press(qtbot, K.Key_N, CTRL)
    tab = window.observations_tab
    form = tab.form
    qtbot.waitUntil(form.isVisible)
    strip = form.snapshot_strip
    type_text(qtbot, "ganiyeva")
    for _ in range(6):
        press(qtbot, K.Key_Tab)
    press(qtbot, K.Key_End)
    qtbot.waitUntil(strip.isVisible)
    press(qtbot, K.Key_T, CTRL)  # started…
    for _ in range(5):  # …five minutes late
        press(qtbot, K.Key_Plus)
    assert strip.running() and strip.clock.text().startswith("05:")
    qtbot.mouseClick(form.back_button, Qt.MouseButton.LeftButton)  # saved as it leaves
    qtbot.waitUntil(lambda: not form.isVisible())
    saved = get_observation(school_db, _only_draft(school_db)).data.timer
    assert saved is not None and saved.running_since is not None
    assert 300 <= saved.seconds < 301  # the minutes moved by hand, before the run counts
    # Reopened: still running, from where it was (the form was closed a moment only).
    tab.open_observation(_only_draft(school_db))
    qtbot.waitUntil(form.isVisible)
    assert strip.running() and strip.clock.text().startswith("05:")
    press(qtbot, K.Key_T, CTRL)  # to the strip (it runs on)
    assert strip.running() and focused() is strip.grid
    press(qtbot, K.Key_Space)  # pause, and the draft keeps it paused
    assert not strip.running()
    press(qtbot, K.Key_S, CTRL)
    paused = get_observation(school_db, _only_draft(school_db)).data.timer
    assert paused is not None and paused.running_since is None and paused.seconds >= 300
    # A timer saved running an hour ago continues with the hour counted.
    now = datetime.now(UTC).replace(tzinfo=None)
    strip.restore_timer(replace(paused, running_since=now - timedelta(hours=1)), now)
    assert strip.running() and strip.seconds() >= paused.seconds + 3600
