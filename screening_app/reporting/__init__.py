"""The reporting layer: referral and escalation PDFs laid out from the domain's view-models (reportlab only).

The names below load on first use (PEP 562): importing ``screening_app.reporting.errors`` (as the
services do at module level) must not load reportlab, about 270 ms that Home never needs.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "ExportError": "errors",
    "UnrenderableTextError": "errors",
    "protect_pdf": "output",
    "register_primary": "fonts",
    "render_comparison": "compare_pdf",
    "render_escalation_summary": "escalation_pdf",
    "render_intelligence": "intelligence_pdf",
    "render_referral": "referral_pdf",
    "write_pdf_atomically": "output",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
