"""The Teachers tab: staff, profiles, activities, team analysis."""
