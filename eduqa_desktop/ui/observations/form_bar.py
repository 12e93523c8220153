"""The bar above the observation form: back to the list, what the observation is, whether it
is saved, and the actions its state allows (save, finalize, correct, follow up, print)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from eduqa_desktop.services.observation_records import ObservationDetail
from eduqa_desktop.ui.formatting import short_date
from eduqa_desktop.ui.look import icon


def _button(text: str, icon_name: str = "") -> QPushButton:
    button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class _Banner(QLabel):
    """A wrapped note as tall as its lines: the form's layout does not ask a label inside
    the bar for its height at this width, so without this a second line was cut in half."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width()) if self.width() > 0 else 0
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
            bar = self.parentWidget()
            if bar is not None:
                bar.updateGeometry()  # the form lays the bar out again at its new height


class FormBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = _button(self.tr("Back to list"))
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.state = QLabel()
        self.state.setProperty("role", "hint")
        self.state.setWordWrap(True)  # "Unsaved changes" in Russian beside the correction buttons
        self.save_button = _button(self.tr("Save draft"))
        self.finalize_button = _button(self.tr("Finalize…"))
        self.finalize_button.setProperty("primary", True)
        self.finalize_button.setToolTip(self.tr("Make the observation final (Ctrl+Enter)"))
        self.correct_button = _button(self.tr("Correct…"), "edit")
        self.finish_button = _button(self.tr("Save correction"))
        self.finish_button.setProperty("primary", True)
        self.finish_button.setToolTip(self.tr("Write the correction with its reason (Ctrl+S)"))
        self.cancel_correction_button = _button(self.tr("Cancel correction"))
        self.cancel_correction_button.setToolTip(
            self.tr("Leave the observation as it was before the correction")
        )
        self.follow_up_button = _button(self.tr("Follow-up visit"))
        self.print_button = _button(self.tr("Print…"), "print")
        self.print_button.setToolTip(self.tr("The report on a printer (Ctrl+P)"))
        self.pdf_button = _button(self.tr("PDF…"), "export")
        self.pdf_button.setToolTip(self.tr("The report saved as a PDF file"))
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.title)
        bar.addWidget(self.state, 1)
        for button in (
            self.save_button,
            self.correct_button,
            self.cancel_correction_button,
            self.finish_button,
            self.follow_up_button,
            self.print_button,
            self.pdf_button,
            self.finalize_button,
        ):
            bar.addWidget(button)
        self.banner = _Banner()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4e0; padding: 4px; border-radius: 3px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.banner)

    def show_state(self, detail: ObservationDetail | None, correcting: str | None) -> None:
        """New, draft, final or a final one being corrected (with this reason)."""
        final = detail is not None and detail.is_final
        self.save_button.setVisible(not final)
        self.finalize_button.setVisible(not final)
        self.correct_button.setVisible(final and correcting is None)
        self.finish_button.setVisible(correcting is not None)
        self.cancel_correction_button.setVisible(correcting is not None)
        self.follow_up_button.setVisible(final and correcting is None)
        if detail is None:
            self.title.setText(self.tr("New observation"))
        elif final:
            self.title.setText(self.tr("Final observation"))
        else:
            self.title.setText(self.tr("Draft observation"))
        banner = ""
        if correcting is not None:
            banner = self.tr("Correcting a final observation. Reason: {reason}").format(
                reason=correcting
            )
        elif detail is not None and final:
            finalized = detail.finalized_at.date() if detail.finalized_at else None
            banner = self.tr("Final since {date}; read-only. Use Correct… to change it.").format(
                date=short_date(finalized)
            )
            lines = [
                self.tr("Corrected on {date} by {who}. Reason: {reason}").format(
                    date=short_date(r.at.date()), who=r.changed_by or "—", reason=r.reason
                )
                for r in detail.revisions
            ]
            banner = "\n".join([banner, *lines])
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
