"""The domain's exception family. Messages name files and fields, never a child's data."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error the domain raises on bad input."""


class FormError(DomainError):
    """A form file that cannot be used: where it is wrong, and a stable code."""

    def __init__(self, code: str, file: str, location: str, message: str, problems: tuple = ()) -> None:
        self.code = code
        self.problems: tuple[FormError, ...] = problems or (self,)
        self.file = file
        self.location = location
        self.message = message
        where = f"{file}: {location}" if location else file
        super().__init__(f"{where}: {message} [{code}]")


class AnswerError(DomainError):
    """An assessment input that does not fit its form: which field, and why."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class OverrideError(DomainError):
    """A professional override that breaks the override rules."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")
