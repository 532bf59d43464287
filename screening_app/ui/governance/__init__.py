"""Records governance in the window (issue 16): retention reviews."""
