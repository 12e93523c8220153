"""The files EduQA ships (checklists, reference data, translations, fonts, icons, style, help).

This folder is installed as the package ``eduqa_desktop.resources`` (see pyproject.toml) so
that an editable install, a wheel installed anywhere and a frozen build all find it through
``importlib.resources``; eduqa_desktop.paths is the one place that asks.
"""
