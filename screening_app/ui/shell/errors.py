"""Exceptions to practitioner messages, in the interface's language (context "Errors"). The vault's
errors already say what to do; anything unexpected gets a plain message and never the exception
text (it might hold case data). A domain error's own words (a field's name) are shown as made."""

from __future__ import annotations

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate, vault_words
from screening_app.words import fill

FORM_PACK = QT_TRANSLATE_NOOP("Errors", "The form pack could not be used: %1. Nothing was changed. Ask whoever looks "
                                        "after your organisation's form pack to check it.")
NO_MEMORY = QT_TRANSLATE_NOOP("Errors", "The computer ran out of memory. Close other programs and try again.")
FILE_PROBLEM = QT_TRANSLATE_NOOP("Errors", "The computer reported a problem with a file or folder (%1). Try again.")
UNKNOWN_CAUSE = QT_TRANSLATE_NOOP("Errors", "unknown")
UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "Something went wrong and nothing was changed. Try again; if it keeps "
                                         "happening, ask IT support.")


def explain(exc: BaseException) -> str:
    from screening_app.domain.errors import DomainError, FormError
    from screening_app.services.vault_service import VaultError

    if isinstance(exc, VaultError):
        return vault_words(str(exc))
    if isinstance(exc, FormError):  # names a file and a place in it, never case data
        return fill(translate("Errors", FORM_PACK), exc)
    if isinstance(exc, DomainError):  # names the field, never its content
        return str(exc)
    if isinstance(exc, MemoryError):
        return translate("Errors", NO_MEMORY)
    if isinstance(exc, OSError):
        return fill(translate("Errors", FILE_PROBLEM), exc.strerror or translate("Errors", UNKNOWN_CAUSE))
    return translate("Errors", UNEXPECTED)
