"""Small helpers shared by the referral and comparison UI tests."""

from __future__ import annotations

from typing import Any


def completed_child(window: Any, at_least: int = 2) -> int:
    """A seeded child with at least ``at_least`` completed assessments."""
    from screening_app.ui.shell.types import SearchQuery

    counts: dict[int, int] = {}
    page = window.session.page(SearchQuery(status="completed"), 500, None)
    for item in page.items:
        counts[item.child_id] = counts.get(item.child_id, 0) + 1
    return next(child for child, count in sorted(counts.items()) if count >= at_least)


def open_latest(window: Any, child_id: int, form_id: str | None = None) -> Any:
    """Open the child's newest completed assessment (of ``form_id`` if given) read-only."""
    window.open_child(child_id)
    item = next(i for i in window.child_record.completed() if form_id is None or i.form_id == form_id)
    window.open_assessment(item.id)
    return item
