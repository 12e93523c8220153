"""Pure-Python domain core: formulas, scoring and matching rules (standard library only)."""
