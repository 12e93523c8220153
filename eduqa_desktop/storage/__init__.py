"""Storage: the ORM models, opening and migrating databases, aggregate queries, backups."""
