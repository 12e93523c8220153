"""Observing a lesson: the header, one row per criterion, live scores, conclusions.

The draft is saved a few seconds after the last edit, when the form is left and when the
window closes (a language or school change rebuilds the window: it closes first). Everything
can be typed before the teacher is chosen: the form keeps it and saves it with the teacher.
What cannot be saved yet is never dropped silently: leaving the form or closing the window
asks first, and a language or school change hands it to the form of the new window.
*Finalize* (Ctrl+Enter) asks first and makes the observation read-only; *Correct* on a final
observation asks for the reason and edits a working copy in the form: nothing is autosaved, *Save
correction* writes it once (one revision with that reason, one audit entry) and *Cancel
correction* leaves the observation as it was. Dates that cannot be true (a lesson in the
future, next steps due before the lesson) are shown next to their field; a draft keeps them,
finalizing refuses them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.checklist_views import TemplateView, load_template, localized
from eduqa_desktop.services.checklists import checklists_for_form
from eduqa_desktop.services.conflicts import EditConflict
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.observation_queries import form_choices
from eduqa_desktop.services.observation_records import (
    ObservationDetail,
    ObservationInput,
    get_observation,
    score_summary,
    shares_of,
)
from eduqa_desktop.services.observations import (
    correct_observation,
    due_date_problem,
    finalize_observation,
    lesson_date_problem,
    save_draft,
)
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dialogs.conflict_dialog import Choice, ConflictDialog
from eduqa_desktop.ui.observations.close_watcher import (
    CloseWatcher,
    Offer,
    handover,
    offer_to_successor,
)
from eduqa_desktop.ui.observations.criteria_view import CriteriaView
from eduqa_desktop.ui.observations.form_bar import FormBar
from eduqa_desktop.ui.observations.observation_conflict import observation_differences
from eduqa_desktop.ui.observations.observation_header import ObservationHeader
from eduqa_desktop.ui.observations.observation_printing import print_observations
from eduqa_desktop.ui.observations.planned_visit_note import PlannedVisitNote
from eduqa_desktop.ui.observations.score_panel import ScorePanel
from eduqa_desktop.ui.observations.snapshot_strip import SnapshotStrip

AUTOSAVE_MS = 3000


@dataclass(frozen=True)
class Unsaved:
    """What a form holds that could not be saved, handed to the form of the next window."""

    data: ObservationInput  # teacher (and checklist) 0 when not chosen
    observation_id: int | None
    correction: tuple[str, int] | None
    teacher_text: str


class ObservationForm(QWidget):
    closed = Signal()
    follow_up_requested = Signal(int)
    show_requested = Signal()  # the form holds input handed over from the previous window

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = context.language
        self.bands = load_thresholds(context.db).bands
        self.observation_id: int | None = None
        self.detail: ObservationDetail | None = None
        self.template: TemplateView | None = None
        self.follow_up_of: int | None = None
        self.co_link: tuple[uuid.UUID | None, str] = (None, "")  # co-observation, note
        self.correction: tuple[str, int] | None = None  # (reason, revision before it)
        self.dirty = False
        self.saved_any = False
        self.failure = ""  # why the last save did not happen
        self._pristine: tuple[ObservationInput, str] | None = None  # as opened
        self._loading = False
        self._watching: CloseWatcher | None = None
        self._window_closed = False  # its window is gone: it takes no input from others
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        self._build()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_now)
        handover().offered.connect(self._on_offered)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.bar = FormBar()
        bar = self.bar
        for button, slot in (
            (bar.back_button, self.close_form),
            (bar.save_button, lambda: self.save_now(True)),
            (bar.finalize_button, self.finalize),
            (bar.correct_button, self.start_correction),
            (bar.finish_button, self.finish_correction),
            (bar.cancel_correction_button, self.cancel_correction),
            (bar.follow_up_button, self._on_follow_up),
            (bar.print_button, lambda: self.print_pdf(paper=True)),
            (bar.pdf_button, lambda: self.print_pdf()),
        ):
            button.clicked.connect(slot)
        self.back_button, self.state, self.title = bar.back_button, bar.state, bar.title
        self.correct_button, self.finish_button = bar.correct_button, bar.finish_button
        self.cancel_correction_button = bar.cancel_correction_button
        self.finalize_button, self.follow_up_button = bar.finalize_button, bar.follow_up_button
        self.banner = bar.banner
        self.header = ObservationHeader(self.language)
        self.header.changed.connect(self._on_edit)
        self.header.checklist_changed.connect(self._on_checklist_changed)
        self.header.school_changed.connect(self._on_school_changed)
        self.planned = PlannedVisitNote()
        self.planned.use_purpose.connect(self._on_use_planned_purpose)
        for signal in (
            self.header.teacher.value_changed,
            self.header.observed_on.dateChanged,
            self.header.purpose.currentIndexChanged,
        ):
            signal.connect(self._show_planned_visit)
        self.view = CriteriaView()
        self.view.changed.connect(self._on_edit)
        self.view.left_above.connect(lambda: self.header.topic.setFocus())
        self.conclusions = self.view.conclusions
        self.snapshot_strip = SnapshotStrip()
        self.snapshot_strip.changed.connect(self._on_edit)
        self.snapshot_strip.leave.connect(self._back_to_checklist)
        self.snapshot_strip.install_shortcuts(self)
        self.scores = ScorePanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        side = QScrollArea()  # nothing of the scores is cut off, however long the titles
        side.setWidgetResizable(True)
        side.setWidget(self.scores)
        side.setFrameShape(QScrollArea.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(300)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.header)
        layout.addWidget(self.planned)
        self.co_note = QLabel()  # a co-observed lesson, or a calibration session and its note
        self.co_note.setProperty("role", "hint")
        self.co_note.setWordWrap(True)
        self.co_note.hide()
        layout.addWidget(self.co_note)
        layout.addWidget(self.snapshot_strip)
        layout.addWidget(splitter, 1)
        for keys, slot in (
            (QKeySequence("Ctrl+Return"), self.finalize),
            (QKeySequence("Ctrl+Enter"), self.finalize),
            (QKeySequence(QKeySequence.StandardKey.Save), self._on_save_keys),
        ):
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- opening -----------------------------------------------------------------------------

    def _load_choices(self, school_id: int, on: date) -> None:
        choices = form_choices(self.context.db, school_id, on)
        checklists = checklists_for_form(self.context.db, school_id)
        loading, self._loading = self._loading, True
        self.header.set_choices(choices, checklists, school_id)
        self._loading = loading

    def start_new(self, prefill: ObservationInput | None = None) -> None:
        """A new observation; `prefill` (a follow-up, a planned visit) fills what it holds."""
        self._reset()
        today = date.today()
        school_id = prefill.school_id if prefill else self.context.school_id
        if school_id is None:
            return
        self._load_choices(school_id, prefill.observed_on if prefill else today)
        first = self.header.checklist.itemData(0)
        data = prefill or ObservationInput(
            school_id, 0, first or 0, today, observer=self.context.preferences.user_name
        )
        self.follow_up_of = data.follow_up_of_id
        self.co_link = (data.co_observation, data.calibration_note)
        self._show(data)
        self._apply_state()
        target = self.view.rows[0] if data.teacher_id and self.view.rows else self.header.teacher
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_observation(self, observation_id: int) -> None:
        self._reset()
        detail = get_observation(self.context.db, observation_id)
        self.observation_id, self.detail = detail.id, detail
        self.follow_up_of = detail.data.follow_up_of_id
        self.co_link = (detail.data.co_observation, detail.data.calibration_note)
        self._load_choices(detail.data.school_id, detail.data.observed_on)
        template = load_template(self.context.db, detail.data.template_id)
        name = localized(template.name, self.language)
        self.header.add_missing(
            detail.data.class_id, detail.class_name, template.id, f"{name} (v{template.version})"
        )
        self._show(detail.data)
        self._apply_state()
        self.snapshot_strip.restore_timer(detail.data.timer)
        (self.view.rows[0] if self.view.rows else self.header.teacher).setFocus()

    def _reset(self) -> None:
        self.timer.stop()
        self.observation_id = self.detail = self.follow_up_of = self.correction = None
        self.co_link = (None, "")
        self.dirty = self.saved_any = False

    def _show(self, data: ObservationInput) -> None:
        self._loading = True
        self._show_co_note(data)
        self.header.set_values(data)
        self._build_criteria(self.header.template_id())
        self.view.set_answers(data.scores)
        self.snapshot_strip.set_values(data.snapshots)
        self.conclusions.set_values(
            data.strengths,
            data.recommendations,
            data.next_steps,
            data.next_steps_due,
            data.teacher_has_seen,
        )
        self._loading = False
        self._update_scores()
        self.check_dates()
        self._show_planned_visit()
        self._pristine = self._snapshot()

    def _build_criteria(self, template_id: int | None) -> None:
        self.template = load_template(self.context.db, template_id) if template_id else None
        self.scores.set_template(self.template, self.language)
        self.view.build(self.template, self.language, self.header.topic)
        self.snapshot_strip.set_protocol(self.template.snapshots if self.template else None)

    # --- editing -------------------------------------------------------------------------------

    def read_only(self) -> bool:
        return self.detail is not None and self.detail.is_final and self.correction is None

    def _on_edit(self, *_args: object) -> None:
        if self._loading or self.read_only():
            return
        self.dirty = True
        if self.correction is None:  # a correction is a working copy, written once on Save
            self.timer.start()
        self._update_scores()
        self.check_dates()
        self.state.setText(self.tr("Unsaved changes"))

    def check_dates(self) -> list[tuple[str, QWidget]]:
        """Show next to the dates what cannot be true; returns those problems with their field."""
        observed_on = self.header.date()
        self.conclusions.set_lesson_date(observed_on)
        found = []
        if not self.read_only():
            for problem, field in (
                (lesson_date_problem(observed_on, date.today()), self.header.observed_on),
                (due_date_problem(observed_on, self.conclusions.due_date()), self.conclusions.due),
            ):
                if problem is not None:
                    found.append((prompts.user_error_text(problem), field))
        texts = {id(field): text for text, field in found}
        self.header.show_date_problem(texts.get(id(self.header.observed_on), ""))
        self.conclusions.show_due_problem(texts.get(id(self.conclusions.due), ""))
        return found

    def _show_planned_visit(self, *_args: object) -> None:
        """Whether a visit to this teacher is planned this month, and with which purpose."""
        self.planned.show_for(
            self.context,
            self.header.school_id(),
            self.header.teacher_id(),
            self.header.date(),
            self.header.values()["purpose"],
            self.observation_id if self.detail is not None and self.detail.is_final else None,
            today=date.today(),
        )

    def _on_use_planned_purpose(self, purpose: object) -> None:
        if not self.read_only():
            self.header.purpose.setCurrentIndex(self.header.purpose.findData(purpose))

    def _update_scores(self) -> None:
        if self.template is None:
            self.scores.show_summary(None)
            return
        summary = score_summary(self.template, self.view.levels(), self.bands)
        self.scores.show_summary(summary)
        self.view.show_section_scores(summary.sections)
        box = self.scores.time_on_task
        box.setVisible(self.template.snapshots is not None)
        if self.template.snapshots is not None:
            box.show_shares(
                shares_of(self.snapshot_strip.snapshots()), len(self.snapshot_strip.grid.slots)
            )

    def _on_checklist_changed(self, template_id: int) -> None:
        if self.view.has_input() and not prompts.question(
            self,
            self.tr("Change the checklist"),
            self.tr(
                "The levels given so far belong to the other checklist and will be cleared. "
                "Change the checklist?"
            ),
        ):
            self.header.accept_checklist(False)
            return
        self.header.accept_checklist(True)
        self._build_criteria(template_id)
        self._apply_state()
        self._on_edit()

    def _show_co_note(self, data: ObservationInput) -> None:
        if data.calibration_note:
            text = self.tr("Calibration session: {note}").format(note=data.calibration_note)
        elif data.co_observation is not None:
            text = self.tr(
                "Co-observed lesson: compare the observers in Observations ▸ Calibration…"
            )
        else:
            text = ""
        self.co_note.setText(text)
        self.co_note.setVisible(bool(text))

    def _back_to_checklist(self) -> None:
        (self.view.rows[0] if self.view.rows else self.header.topic).setFocus()

    def _on_school_changed(self, school_id: int) -> None:
        self._load_choices(school_id, self.header.date())
        self._on_edit()

    def _typed(self) -> ObservationInput:
        """Everything the form shows; a teacher or checklist not chosen yet is 0."""
        return ObservationInput(
            **self.header.values(),
            strengths=self.conclusions.strengths.toPlainText(),
            recommendations=self.conclusions.recommendations.toPlainText(),
            next_steps=self.conclusions.next_steps.toPlainText(),
            next_steps_due=self.conclusions.due_date(),
            teacher_has_seen=self.conclusions.seen.isChecked(),
            follow_up_of_id=self.follow_up_of,
            scores=self.view.answers(),
            snapshots=self.snapshot_strip.snapshots(),
            co_observation=self.co_link[0],
            calibration_note=self.co_link[1],
            timer=self.snapshot_strip.timer_state(),
        )

    def _snapshot(self) -> tuple[ObservationInput, str]:
        # the running timer alone is not typed input worth a warning (it is saved all the same)
        return replace(self._typed(), timer=None), self.header.teacher.currentText()

    def has_unsaved_input(self) -> bool:
        """Whether something typed is not in the database (and would be lost with the form)."""
        return self.dirty and not self.read_only() and self._snapshot() != self._pristine

    def _blocker(self) -> tuple[str, str, QWidget] | None:
        """Why the form cannot be saved yet: the reason, the state to show, the field."""
        if self.header.teacher_id() is None:
            return (
                self.tr(
                    "Choose the teacher first: the observation is saved once it has a teacher."
                ),
                self.tr("Not saved: choose the teacher first."),
                self.header.teacher,
            )
        if self.header.template_id() is None:
            return (
                self.tr("Choose a checklist first: the observation is saved once it has one."),
                self.tr("Not saved: choose a checklist first."),
                self.header.checklist,
            )
        return None

    # --- saving ----------------------------------------------------------------------------------

    def _who(self) -> str | None:
        return self.context.preferences.user_name or None

    def save_now(self, explicit: bool = False) -> bool:
        """Save what is typed: the draft, or (only when `explicit`: Save correction) the
        correction in progress, which then ends. False if it cannot be saved."""
        self.timer.stop()
        if not self.dirty or self.read_only():
            return True
        if self.correction is not None and not explicit:
            self.failure = self.tr(
                "The correction is not saved yet: Save correction keeps it, "
                "Cancel correction leaves the observation as it was."
            )
            return False
        blocked = self._blocker()
        if blocked is not None:
            if not self.has_unsaved_input():
                return True  # nothing typed that is worth keeping
            self.failure, state, field = blocked
            self.state.setText(state)
            if explicit:
                prompts.warning(
                    self,
                    self.tr("Save the observation"),
                    self.tr("{reason} What you typed stays in the form.").format(
                        reason=self.failure
                    ),
                )
                field.setFocus()
            return False
        data = self._typed()
        try:
            if self.correction is not None:
                detail = correct_observation(
                    self.context.db,
                    data=data,
                    observation_id=self.observation_id or 0,
                    reason=self.correction[0],
                    who=self._who(),
                    expected_version=self._version(),
                )
                self.correction = None
            else:
                detail = save_draft(
                    self.context.db, data, self.observation_id, expected_version=self._version()
                )
        except EditConflict as conflict:
            return self._lost_the_race(conflict, data, explicit)
        except UserError as problem:
            self.failure = prompts.user_error_text(problem)
            self.state.setText(self.failure)
            if explicit:
                prompts.show_user_error(self, self.tr("Save the observation"), problem)
            return False
        self.observation_id, self.detail = detail.id, detail
        self.dirty, self.saved_any = False, True
        self.state.setText(
            self.tr("Saved at {time}").format(time=datetime.now().strftime("%H:%M:%S"))
        )
        self._apply_state()
        return True

    def _version(self) -> int | None:
        return self.detail.row_version if self.detail is not None else None

    def _lost_the_race(
        self, conflict: EditConflict, mine: ObservationInput, explicit: bool
    ) -> bool:
        """Someone saved this observation meanwhile: both versions shown; reload or keep."""
        theirs: ObservationDetail = conflict.theirs
        dialog = ConflictDialog(
            self.tr("Someone else saved this observation"),
            observation_differences(
                mine, theirs.data, self.template, self.header.choices, self.language
            ),
            conflict.saved_at,
            self,
        )
        choice = dialog.ask()
        if choice == Choice.RELOAD:
            correction = self.correction
            self.open_observation(theirs.id)
            if correction is not None and theirs.is_final:  # the correction goes on from theirs
                self.correction = (correction[0], theirs.revision)
                self._apply_state()
            return True
        if choice == Choice.KEEP_MINE:
            self.detail = theirs  # saved again, over the version now saved
            self.dirty = True
            return self.save_now(explicit)
        self.failure = self.tr("Not saved: someone else saved this observation meanwhile.")
        self.state.setText(self.failure)
        return False

    def finalize(self) -> None:
        if self.read_only() or self.correction is not None or not self.isVisible():
            return
        blocked = self._blocker()
        problems = [(blocked[0], blocked[2])] if blocked else self.check_dates()
        if problems:
            text, field = problems[0]
            prompts.warning(self, self.tr("Finalize"), text)
            field.setFocus()
            return
        if not self.save_now(True):
            return
        missing = self.view.unanswered()
        if missing:
            prompts.warning(
                self,
                self.tr("Finalize"),
                self.tr(
                    "{count} criteria have no level yet. Give each a level or mark it N/A (key N)."
                ).format(count=len(missing)),
            )
            self.view.focus_row(missing[0])
            return
        if not prompts.confirm(
            self,
            self.tr("Finalize the observation"),
            self.tr(
                "Finalize this observation now? It becomes read-only; a later change needs "
                "a reason and is kept as a correction. Enter finalizes, Esc goes back to it."
            ),
            self.tr("Finalize now"),
        ):
            return
        try:
            self.detail = finalize_observation(
                self.context.db, self.observation_id or 0, who=self._who()
            )
        except UserError as problem:
            prompts.show_user_error(self, self.tr("Finalize"), problem)
            return
        self._apply_state()
        self._show_planned_visit()
        self._announce(self.tr("Observation finalized."))

    def start_correction(self) -> None:
        if self.detail is None or not self.detail.is_final or self.correction is not None:
            return
        reason = prompts.ask_text(
            self,
            self.tr("Correct the observation"),
            self.tr("Why is it corrected? The reason is kept with the observation."),
        )
        if reason is None or not reason.strip():
            return
        self.correction = (reason.strip(), self.detail.revision)
        self._apply_state()
        (self.view.rows[0] if self.view.rows else self.header.topic).setFocus()

    def finish_correction(self) -> None:
        if self.correction is None:
            return
        revision = self.correction[1]
        if self.dirty and not self.save_now(True):
            return
        self.correction = None
        self.detail = get_observation(self.context.db, self.observation_id or 0)
        self._show(self.detail.data)
        self._apply_state()
        if self.detail.revision == revision:
            self._announce(self.tr("Nothing was changed; the observation stays as it was."))
        else:
            self._announce(self.tr("Correction saved."))

    def cancel_correction(self) -> None:
        """Leave the final observation as it was: what was changed in the form goes."""
        if self.correction is None or self.observation_id is None:
            return
        if self.has_unsaved_input() and not prompts.question(
            self,
            self.tr("Cancel the correction"),
            self.tr("Discard the changes of this correction? The observation stays as it was."),
        ):
            return
        self.open_observation(self.observation_id)
        show = getattr(self.window(), "show_message", None)
        if show is not None:
            show(self.tr("Correction cancelled; nothing was changed."))

    def _on_save_keys(self) -> None:
        """Ctrl+S: the draft is saved; a correction in progress is saved and ends."""
        if self.correction is not None:
            self.finish_correction()
        else:
            self.save_now(True)

    def _announce(self, message: str) -> None:
        app_signals().data_changed.emit("observations")
        show = getattr(self.window(), "show_message", None)
        if show is not None:
            show(message)

    def _apply_state(self) -> None:
        read_only = self.read_only()
        self.view.set_read_only(read_only)
        self.header.set_read_only(read_only)
        self.snapshot_strip.set_read_only(read_only)
        self.bar.show_state(self.detail, self.correction[0] if self.correction else None)

    # --- leaving, printing ----------------------------------------------------------------------

    def close_form(self) -> None:
        if (
            not self.save_now()
            and self.has_unsaved_input()
            and not prompts.question(
                self,
                self.tr("Leave the observation"),
                self.tr("{reason} Leave it and lose what you typed?").format(reason=self.failure),
            )
        ):
            return
        if self.saved_any:
            app_signals().data_changed.emit("observations")
        self._reset()
        self.closed.emit()

    def _on_follow_up(self) -> None:
        if self.observation_id is not None:
            self.follow_up_requested.emit(self.observation_id)

    def print_pdf(self, *, paper: bool = False) -> None:
        """Save, then the report as PDF (or, with `paper`, on a printer)."""
        if self.correction is not None and self.has_unsaved_input():
            prompts.warning(
                self,
                self.tr("Print"),
                self.tr("Save or cancel the correction first: the report shows what is saved."),
            )
            return
        if not self.save_now(True):
            return
        if self.observation_id is None:
            prompts.warning(self, self.tr("Print"), self.tr("Choose the teacher first."))
            return
        print_observations(self, self.context, [self.observation_id], paper=paper)

    # --- saving when the window closes ----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self and (self._watching is None or self._watching.watched is not window):
            self._watching = CloseWatcher(window, self._on_window_close)

    def _on_window_close(self) -> bool:
        """Save; what cannot be saved goes to the window that replaces this one (a language
        or school change), or the user is asked. False keeps the window open."""
        if self.save_now() or not self.has_unsaved_input():
            self._window_closed = True
            return True
        unsaved = Unsaved(
            self._typed(),
            self.observation_id,
            self.correction,
            "" if self.header.teacher_id() else self.header.teacher.currentText(),
        )
        if offer_to_successor(self.window(), self.context.db, unsaved) or prompts.question(
            self,
            self.tr("Close the window"),
            self.tr(
                "{reason} Close anyway and lose what you typed? "
                "Choose No to go back to the observation."
            ).format(reason=self.failure),
        ):
            self.timer.stop()
            self.dirty, self._window_closed = False, True
            return True
        self.show_requested.emit()
        blocked = self._blocker()
        (blocked[2] if blocked else self.header.teacher).setFocus()
        return False

    def _on_offered(self, offer: Offer) -> None:
        """Input another window could not save, for this form when it is free and on the
        same database (the window built for a new language or school)."""
        if (
            offer.taken
            or self._window_closed
            or offer.db is not self.context.db
            or offer.window is self.window()
            or self.dirty
            or self.observation_id is not None
            or not isinstance(offer.payload, Unsaved)
        ):
            return
        offer.taken = True
        unsaved = offer.payload
        if unsaved.observation_id is None:
            self.start_new(unsaved.data)
        else:
            self.open_observation(unsaved.observation_id)
            self.correction = unsaved.correction
            self._show(unsaved.data)
            self._apply_state()
        if self.header.teacher_id() is None:
            self.header.teacher.setEditText(unsaved.teacher_text)
        self.dirty, self._pristine = True, None
        blocked = self._blocker()
        self.state.setText(blocked[1] if blocked else self.tr("Unsaved changes"))
        self.show_requested.emit()
        show = getattr(self.window(), "show_message", None)
        if show is not None:
            show(self.tr("The observation you started is kept here; nothing was lost."))
