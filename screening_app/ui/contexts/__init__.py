"""People, places and patterns across children (SPEC 12): the links a practitioner sees."""

from screening_app.ui.contexts.panels import LinksPanel, PatternsPanel

__all__ = ["LinksPanel", "PatternsPanel"]
