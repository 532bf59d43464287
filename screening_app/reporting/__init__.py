"""The reporting layer: the referral PDF, laid out from the domain's view-model (reportlab only)."""

from screening_app.reporting.errors import ExportError, UnrenderableTextError
from screening_app.reporting.output import protect_pdf, write_pdf_atomically
from screening_app.reporting.referral_pdf import render_referral

__all__ = ["ExportError", "UnrenderableTextError", "protect_pdf", "render_referral", "write_pdf_atomically"]
