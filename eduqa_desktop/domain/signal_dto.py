"""A teacher's signal as the attention list, the profile and the reports show it: the kind, its
severity, the sentence (marked for translation) with its numbers, and the evidence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from eduqa_desktop.domain.flags import render_message


@dataclass(frozen=True)
class SignalDTO:
    kind: str
    severity: float
    message_template: str  # marked for translation; `params` fill it
    params: Mapping[str, object]
    evidence: Mapping[str, object]

    @property
    def message(self) -> str:
        """The sentence in English; the UI translates `message_template` instead."""
        return render_message(self.message_template, self.params)


@dataclass(frozen=True)
class SubjectSignalDTO:
    """A subject behind across a school (``domain.signals.SubjectSignal``), its teachers named."""

    subject: str
    teachers: tuple[str, ...]
    severity: float
    message_template: str
    params: Mapping[str, object]
    evidence: Mapping[str, object]

    @property
    def message(self) -> str:
        return render_message(self.message_template, self.params)
