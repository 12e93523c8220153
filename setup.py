"""The package list: every eduqa_desktop package found, plus resources/ mapped to
eduqa_desktop.resources (pyproject.toml maps the folder; a find in pyproject cannot add it)."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["eduqa_desktop*"]), "eduqa_desktop.resources"])
