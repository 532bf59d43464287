"""CSE Screening: an offline tool to recognise and respond to child sexual exploitation."""

__version__ = "0.1.0"
