"""Exceptions to practitioner messages. The vault's errors already say what to do; anything
unexpected gets a plain message and never the exception text (it might hold case data)."""

from __future__ import annotations


def explain(exc: BaseException) -> str:
    from screening_app.domain.errors import DomainError, FormError
    from screening_app.services.vault_service import VaultError

    if isinstance(exc, VaultError):
        return str(exc)
    if isinstance(exc, FormError):  # names a file and a place in it, never case data
        return (f"The form pack could not be used: {exc}. Nothing was changed. "
                "Ask whoever looks after your organisation's form pack to check it.")
    if isinstance(exc, DomainError):  # names the field, never its content
        return str(exc)
    if isinstance(exc, MemoryError):
        return "The computer ran out of memory. Close other programs and try again."
    if isinstance(exc, OSError):
        return f"The computer reported a problem with a file or folder ({exc.strerror or 'unknown'}). Try again."
    return "Something went wrong and nothing was changed. Try again; if it keeps happening, ask IT support."
