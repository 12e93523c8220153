"""The Qt user interface: thin widgets that show what services return."""

from eduqa_desktop.ui.refcount_guard import install as _protect_singletons

# PySide6 6.12.0 drops a reference of True/None on every emit() and currentData(); any widget
# can hit it, pyqtgraph fastest. Protect the singletons before any widget exists (a no-op where
# PySide6 is correct; pyproject.toml keeps 6.12.0 from being installed).
_protect_singletons()
