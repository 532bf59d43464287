"""A child's history: what changed between two assessments (side by side, printable) and
starting a review from the last completed assessment."""
