"""Surveys and graduates in the window: the File ▸ Surveys menu, its dialogs, the Voices panel."""
