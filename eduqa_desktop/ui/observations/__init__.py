"""The Observations tab: lesson visits, checklists, the visit plan."""
