"""The reporting layer's exception family. Messages name fields, never a child's data."""

from __future__ import annotations


class ExportError(Exception):
    """The referral cannot be produced; nothing has been written."""


class UnrenderableTextError(ExportError):
    """Text in a script none of the embedded fonts can show."""

    def __init__(self, where: str, codepoint: int) -> None:
        self.where = where or "form text"
        self.codepoint = codepoint
        super().__init__(
            f"{self.where}: contains a character (U+{codepoint:04X}) that no font of the application can show; "
            "change or remove it and export again"
        )
