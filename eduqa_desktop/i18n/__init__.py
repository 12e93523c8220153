"""Translation catalogues: where they live, how they are rebuilt from the sources."""
