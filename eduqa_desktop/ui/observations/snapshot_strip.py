"""The Snapshots strip of the observation form: lesson timer, the snapshot due, one-key codes.

Shown when the checklist carries a snapshot protocol. Ctrl+T starts (or pauses) the lesson
timer, F9 goes to the snapshot that is due (else the first not coded); when a snapshot's time
comes the strip says so quietly (a soft colour and a line, no sound, no dialog). +/− move the
timer by a minute (the observer started it late); Space starts or pauses it from the grid.
The codes are saved with the draft, and the timer too: reopened, the form continues it
(still running if it was, counting the time the form was closed).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from eduqa_desktop.domain.snapshot_labels import (
    ACTIVITY_CODES,
    ENGAGEMENT_CODES,
    MATERIAL_CODES,
    SNAPSHOT_CONTEXT,
)
from eduqa_desktop.domain.snapshots import LESSON_MINUTES, SnapshotProtocol
from eduqa_desktop.services.observation_records import LessonTimer, SnapshotInput
from eduqa_desktop.ui.observations.snapshot_grid import SnapshotGrid, minutes_text
from eduqa_desktop.ui.observations.snapshot_keys import cyrillic_of

TICK_MS = 1000


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class SnapshotStrip(QFrame):
    changed = Signal()
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.protocol: SnapshotProtocol | None = None
        self._elapsed = 0.0  # seconds before the current run
        self._started: float | None = None  # monotonic time of the current run
        self.title = QLabel(self.tr("Time-on-task snapshots"))
        self.title.setStyleSheet("font-weight: bold;")
        self.clock = QLabel("00:00")
        self.clock.setAccessibleName(self.tr("Lesson timer"))
        self.clock.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1f4e79;")
        self.start_button = QPushButton(self.tr("Start timer (Ctrl+T)"))
        self.start_button.clicked.connect(self.toggle_timer)
        self.prompt = QLabel()
        self.prompt.setAccessibleName(self.tr("Snapshot due"))
        self.prompt.setWordWrap(True)
        self.grid = SnapshotGrid(self.minute)
        self.grid.changed.connect(self._on_coded)
        self.grid.leave.connect(self.leave)
        self.grid.currentCellChanged.connect(lambda row, *_: self._show_codes(row))
        self.codes = QLabel()
        self.codes.setProperty("role", "hint")
        self.codes.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.clock)
        top.addWidget(self.start_button)
        top.addWidget(self.prompt, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.grid)
        layout.addWidget(self.codes)
        for keys, slot in (
            ("Space", self.toggle_timer),
            ("+", lambda: self.nudge(1)),
            ("=", lambda: self.nudge(1)),
            ("-", lambda: self.nudge(-1)),
        ):
            QShortcut(
                QKeySequence(keys), self.grid, slot, context=Qt.ShortcutContext.WidgetShortcut
            )
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.refresh)
        self._show_codes(0)
        self.hide()

    def install_shortcuts(self, host: QWidget) -> None:
        """Ctrl+T and F9 anywhere in the form `host`."""
        for keys, slot in (("Ctrl+T", self._start_and_go), ("F9", self.go_to_due)):
            QShortcut(
                QKeySequence(keys),
                host,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    # --- protocol and values -------------------------------------------------------------------

    def set_protocol(self, protocol: SnapshotProtocol | None) -> None:
        self.protocol = protocol
        self.setVisible(protocol is not None)
        self.grid.set_slots(protocol.slots(LESSON_MINUTES) if protocol else [])
        self.reset_timer()

    def set_values(self, snapshots: tuple[SnapshotInput, ...]) -> None:
        self.grid.set_values(snapshots)
        self.refresh()

    def snapshots(self) -> tuple[SnapshotInput, ...]:
        return self.grid.snapshots() if self.protocol else ()

    def set_read_only(self, read_only: bool) -> None:
        self.grid.read_only = read_only
        self.start_button.setEnabled(not read_only)
        self.refresh()

    # --- the timer -------------------------------------------------------------------------------

    def seconds(self) -> float:
        running = 0.0 if self._started is None else time.monotonic() - self._started
        return self._elapsed + running

    def minute(self) -> float | None:
        """The lesson minute now (one decimal), None before the timer was started."""
        if self._started is None and self._elapsed == 0:
            return None
        return round(self.seconds() / 60, 1)

    def running(self) -> bool:
        return self._started is not None

    def toggle_timer(self) -> None:
        if self.grid.read_only or self.protocol is None:
            return
        if self._started is None:
            self._started = time.monotonic()
            self.ticker.start()
        else:
            self._elapsed = self.seconds()
            self._started = None
            self.ticker.stop()
        self.refresh()
        self.changed.emit()  # the draft keeps the timer

    def nudge(self, minutes: int) -> None:
        """Move the timer by whole minutes (never below zero)."""
        self._elapsed = max(0.0, self._elapsed + 60 * minutes)
        if self._started is not None and self.seconds() < 0:
            self._started = time.monotonic()
        self.refresh()
        self.changed.emit()

    def timer_state(self) -> LessonTimer | None:
        """The timer as the draft keeps it (None: never started)."""
        if self._started is None:
            return None if self._elapsed == 0 else LessonTimer(self._elapsed)
        running = time.monotonic() - self._started
        return LessonTimer(self._elapsed, _utc_now() - timedelta(seconds=running))

    def restore_timer(self, timer: LessonTimer | None, now: datetime | None = None) -> None:
        """Continue a saved timer: running again if it was (unless the form is read-only)."""
        self.reset_timer()
        if timer is None or self.protocol is None:
            return
        self._elapsed = timer.seconds_at(now or _utc_now())
        if timer.running_since is not None and not self.grid.read_only:
            self._started = time.monotonic()
            self.ticker.start()
        self.refresh()

    def reset_timer(self) -> None:
        self._elapsed, self._started = 0.0, None
        self.ticker.stop()
        self.refresh()

    def _start_and_go(self) -> None:
        if self.protocol is None:
            return
        if not self.running():
            self.toggle_timer()
        self.go_to_due()

    def go_to_due(self) -> None:
        if self.protocol is None:
            return
        due = self.due_index()
        coded = {s.position for s in self.grid.snapshots()}
        first_open = next((s.index for s in self.grid.slots if s.index not in coded), 0)
        self.grid.go_to(first_open if due is None else due)

    # --- showing -------------------------------------------------------------------------------

    def due_index(self) -> int | None:
        if self.protocol is None or self.minute() is None:
            return None
        done = {s.position for s in self.grid.snapshots()}
        return self.protocol.due_index(self.seconds() / 60, done, LESSON_MINUTES)

    def refresh(self) -> None:
        total = int(self.seconds())
        self.clock.setText(f"{total // 60:02d}:{total % 60:02d}")
        self.start_button.setText(
            self.tr("Pause timer (Ctrl+T)") if self.running() else self.tr("Start timer (Ctrl+T)")
        )
        due = self.due_index()
        self.grid.mark_due(due)
        if due is not None:
            slot = self.grid.slots[due]
            self.prompt.setText(
                self.tr("Snapshot {number} is due ({start}–{end}): press F9").format(
                    number=due + 1, start=minutes_text(slot.start), end=minutes_text(slot.end)
                )
            )
            self.prompt.setStyleSheet(
                "QLabel { background: #fff3cd; color: #5c4400; border-radius: 3px;"
                " padding: 2px 6px; }"
            )
        else:
            idle = not self.running() and not self.grid.read_only
            self.prompt.setText(self.tr("Ctrl+T starts the lesson timer") if idle else "")
            self.prompt.setStyleSheet("QLabel { color: #5a6470; }")

    def _on_coded(self) -> None:
        self.refresh()
        self.changed.emit()

    def _show_codes(self, row: int) -> None:
        tr = QCoreApplication.translate
        rows = (
            (
                self.tr("Teacher"),
                [
                    (n, letter, tr(SNAPSHOT_CONTEXT, name))
                    for n, (_c, letter, name) in enumerate(ACTIVITY_CODES, 1)
                ],
            ),
            (
                self.tr("Pupils off task"),
                [
                    (n, letter, tr(SNAPSHOT_CONTEXT, name))
                    for n, (_c, letter, name, _v) in enumerate(ENGAGEMENT_CODES, 1)
                ],
            ),
            (
                self.tr("Materials"),
                [
                    (n, letter, tr(SNAPSHOT_CONTEXT, name))
                    for n, (_c, letter, name) in enumerate(MATERIAL_CODES, 1)
                ],
            ),
        )
        title, entries = rows[row if 0 <= row < 3 else 0]
        listed = " · ".join(
            f"{n}/{letter}/{cyrillic_of(letter)} {name}" for n, letter, name in entries
        )
        self.codes.setText(
            self.tr("{row}: {codes}. ⌫ clear · +/− minute · Esc back to the checklist").format(
                row=title, codes=listed
            )
        )
