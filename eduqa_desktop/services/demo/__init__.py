"""The demo school generator; callers import `generate_demo` from here."""

from eduqa_desktop.services.demo.district import DEMO_SCHOOL_NAME, DemoSummary, generate_demo

__all__ = ["DEMO_SCHOOL_NAME", "DemoSummary", "generate_demo"]
