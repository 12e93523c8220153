"""EduQA Desktop: quality of education for schools, offline."""

__version__ = "0.1.0"
