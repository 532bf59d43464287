"""The reporting layer: referral and escalation PDFs laid out from the domain's view-models (reportlab only)."""

from screening_app.reporting.compare_pdf import render_comparison
from screening_app.reporting.errors import ExportError, UnrenderableTextError
from screening_app.reporting.escalation_pdf import render_escalation_summary
from screening_app.reporting.intelligence_pdf import render_intelligence
from screening_app.reporting.output import protect_pdf, write_pdf_atomically
from screening_app.reporting.referral_pdf import render_referral

__all__ = [
    "ExportError",
    "UnrenderableTextError",
    "protect_pdf",
    "render_comparison",
    "render_escalation_summary",
    "render_intelligence",
    "render_referral",
    "write_pdf_atomically",
]
