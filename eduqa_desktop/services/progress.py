"""Progress and cancellation for services; defined in eduqa_desktop.progress so that exchange/
readers can report and stop without importing services."""

from eduqa_desktop.progress import NO_PROGRESS, Cancelled, Progress

__all__ = ["NO_PROGRESS", "Cancelled", "Progress"]
