"""File ▸ Import and File ▸ Export: the import wizard, its preview and the export dialogs."""
