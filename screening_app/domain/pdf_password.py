"""How long a password must be to protect a PDF that leaves the vault (a referral, a transfer, a
subject access response). Its own module so a command can say so in its help without loading the
referral's model."""

from __future__ import annotations

# A protected referral is AES-256 (PDF revision 6) and its password is read
# out to the MASH by phone, so it must be short enough to say and type, and
# long enough that the file, sitting in an inbox, resists guessing: 8 is
# NIST SP 800-63B's minimum for a chosen secret, and three random words (the
# NCSC's advice, easy to read out) clear it comfortably. One rule for the
# desktop save dialog, the export service and ``screening-app export``.
MIN_PDF_PASSWORD = 8


def pdf_password_problem(password: str) -> str | None:
    """Why ``password`` cannot protect a referral, or None."""
    if len(password) < MIN_PDF_PASSWORD:
        advice = "three random words are easy to read out"
        return f"the PDF password needs at least {MIN_PDF_PASSWORD} characters ({advice})"
    return None
