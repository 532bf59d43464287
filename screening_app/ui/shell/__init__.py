"""The application around the wizard: first run, unlock, home, child records, settings and lock."""
