"""The chronology on screen: a child's facts, latest first, and the dialog that records one."""

from screening_app.ui.chronology.dialog import ConcernDialog
from screening_app.ui.chronology.panel import ChronologyPanel

__all__ = ["ChronologyPanel", "ConcernDialog"]
