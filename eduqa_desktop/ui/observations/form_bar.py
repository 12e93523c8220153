"""The bar above the observation form: back to the list, what the observation is, whether it
is saved, and the actions its state allows (save, finalize, correct, follow up, print)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from eduqa_desktop.services.observation_records import ObservationDetail
from eduqa_desktop.ui.formatting import short_date
from eduqa_desktop.ui.look import icon


def _button(text: str, icon_name: str = "") -> QPushButton:
    button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class FormBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = _button(self.tr("Back to list"))
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.state = QLabel()
        self.state.setProperty("role", "hint")
        self.save_button = _button(self.tr("Save draft"))
        self.finalize_button = _button(self.tr("Finalize…"))
        self.finalize_button.setProperty("primary", True)
        self.finalize_button.setToolTip(self.tr("Make the observation final (Ctrl+Enter)"))
        self.correct_button = _button(self.tr("Correct…"), "edit")
        self.finish_button = _button(self.tr("Finish correction"))
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
            self.finish_button,
            self.follow_up_button,
            self.print_button,
            self.pdf_button,
            self.finalize_button,
        ):
            bar.addWidget(button)
        self.banner = QLabel()
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
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
