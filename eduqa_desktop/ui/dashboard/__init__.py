"""The Dashboard tab: quality charts."""

from eduqa_desktop.ui.dashboard.refcount_guard import install as _protect_singletons

# PySide6 6.12.0 drops a reference of True on every emit(); pyqtgraph emits thousands while
# drawing. Protect the singletons before any chart exists (a no-op where PySide6 is correct).
_protect_singletons()
