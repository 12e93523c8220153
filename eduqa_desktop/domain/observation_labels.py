"""Names of the observation vocabulary (purposes, statuses, bands, mechanisms, visit statuses).

English source texts marked for translation in the context ``ObservationLabels``; the UI shows
them with ``QCoreApplication.translate(LABELS_CONTEXT, text)`` and the printed reports with the
translate function they are given. Band colours are those of shared/ui.md.
"""

from __future__ import annotations

from eduqa_desktop.domain.observation_scoring import Band
from eduqa_desktop.domain.visit_plan import ProposalReason, VisitStatus
from eduqa_desktop.domain.vocabulary import Mechanism, ObservationStatus, Purpose
from eduqa_desktop.text import QT_TRANSLATE_NOOP

LABELS_CONTEXT = "ObservationLabels"

PURPOSE_NAMES: dict[str, str] = {
    Purpose.PLANNED_CONTROL: QT_TRANSLATE_NOOP("ObservationLabels", "Planned internal control"),
    Purpose.THEMATIC_CHECK: QT_TRANSLATE_NOOP("ObservationLabels", "Thematic check"),
    Purpose.SUPPORT: QT_TRANSLATE_NOOP("ObservationLabels", "Support and mentoring"),
    Purpose.FOLLOW_UP: QT_TRANSLATE_NOOP("ObservationLabels", "Follow-up visit"),
    Purpose.ATTESTATION: QT_TRANSLATE_NOOP("ObservationLabels", "Attestation"),
    Purpose.OPEN_LESSON: QT_TRANSLATE_NOOP("ObservationLabels", "Open lesson"),
    Purpose.PEER_VISIT: QT_TRANSLATE_NOOP("ObservationLabels", "Peer visit"),
}

STATUS_NAMES: dict[str, str] = {
    ObservationStatus.DRAFT: QT_TRANSLATE_NOOP("ObservationLabels", "Draft"),
    ObservationStatus.FINAL: QT_TRANSLATE_NOOP("ObservationLabels", "Final"),
}

BAND_NAMES: dict[str, str] = {
    Band.HIGH: QT_TRANSLATE_NOOP("ObservationLabels", "High"),
    Band.GOOD: QT_TRANSLATE_NOOP("ObservationLabels", "Good"),
    Band.NEEDS_IMPROVEMENT: QT_TRANSLATE_NOOP("ObservationLabels", "Needs improvement"),
    Band.UNSATISFACTORY: QT_TRANSLATE_NOOP("ObservationLabels", "Unsatisfactory"),
}

BAND_COLOURS: dict[str, str] = {
    Band.HIGH: "#009E73",
    Band.GOOD: "#56B4E9",
    Band.NEEDS_IMPROVEMENT: "#E69F00",
    Band.UNSATISFACTORY: "#D55E00",
}

VISIT_STATUS_NAMES: dict[str, str] = {
    VisitStatus.DONE: QT_TRANSLATE_NOOP("ObservationLabels", "Done"),
    VisitStatus.DUE: QT_TRANSLATE_NOOP("ObservationLabels", "Due"),
    VisitStatus.UPCOMING: QT_TRANSLATE_NOOP("ObservationLabels", "Upcoming"),
    VisitStatus.OVERDUE: QT_TRANSLATE_NOOP("ObservationLabels", "Overdue"),
}

VISIT_STATUS_COLOURS: dict[str, str] = {
    VisitStatus.DONE: "#009E73",
    VisitStatus.DUE: "#0072B2",
    VisitStatus.UPCOMING: "#5a6470",
    VisitStatus.OVERDUE: "#D55E00",
}

PROPOSAL_REASON_NAMES: dict[str, str] = {
    ProposalReason.YEARLY: QT_TRANSLATE_NOOP("ObservationLabels", "Yearly round"),
    ProposalReason.NEW_TEACHER: QT_TRANSLATE_NOOP("ObservationLabels", "New teacher"),
    ProposalReason.FLAGGED: QT_TRANSLATE_NOOP("ObservationLabels", "Low score"),
}

MECHANISM_NAMES: dict[str, str] = {
    Mechanism.DUAL_EDUCATION: QT_TRANSLATE_NOOP(
        "ObservationLabels", "Dual education and employer cooperation"
    ),
    Mechanism.INNOVATIVE_TECHNOLOGIES: QT_TRANSLATE_NOOP(
        "ObservationLabels", "Innovative pedagogical technologies"
    ),
    Mechanism.PERSONALISED: QT_TRANSLATE_NOOP("ObservationLabels", "Personalised education"),
    Mechanism.PROJECT_BASED: QT_TRANSLATE_NOOP("ObservationLabels", "Project-based education"),
    Mechanism.PRACTICE: QT_TRANSLATE_NOOP("ObservationLabels", "Practice and internships"),
    Mechanism.MENTORING: QT_TRANSLATE_NOOP("ObservationLabels", "Mentoring"),
    Mechanism.ASSESSMENT_REFLECTION: QT_TRANSLATE_NOOP(
        "ObservationLabels", "Assessment and reflection"
    ),
    Mechanism.PROFESSIONAL_DEVELOPMENT: QT_TRANSLATE_NOOP(
        "ObservationLabels", "Continuous professional development"
    ),
}
