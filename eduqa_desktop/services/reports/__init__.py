"""Reports read from the database into the plain values the exchange writers take."""
