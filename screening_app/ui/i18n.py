"""The interface's language (issue 17, part 3): English, or Welsh through Qt's own translation
tools. Strings are marked with ``translate(context, text)`` (one whole sentence each, with %1
for what is filled in: never a sentence joined from translated pieces); ``pyside6-lupdate``
collects them into ``resources/translations/cse_screening_cy.ts`` (committed, translated there);
``pyside6-lrelease`` builds the ``.qm`` the app loads (``scripts/build-translations.sh``, run by
the set-up scripts and the bundle's build). The choice is kept with the window's geometry in the
records folder (``window.ini``: never case data), so the unlock screen is already in it.

Widgets that can be on screen when the language changes set their words in ``retranslate()``,
called when built and on Qt's ``LanguageChange`` event (sent to every widget when a translator
is installed or removed): switching needs no restart."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QSettings, QTranslator

from screening_app.words import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton

translate = QCoreApplication.translate
__all__ = ["QT_TRANSLATE_NOOP", "translate"]
LANGUAGES = {"en": "English", "cy": "Cymraeg"}  # each named in itself
SETTINGS_FILE = "window.ini"
SETTINGS_KEY = "interface/language"
_state: dict[str, object] = {"language": "en", "translator": None}


def qm_path(language: str) -> Path:
    from screening_app.paths import resources_dir

    return resources_dir() / "translations" / f"cse_screening_{language}.qm"


def available(language: str) -> bool:
    return language == "en" or (language in LANGUAGES and qm_path(language).is_file())


def saved(folder: Path) -> str:
    """The language chosen for this records folder (English if none, or one not built here)."""
    value = QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat).value(SETTINGS_KEY)
    return value if isinstance(value, str) and available(value) else "en"


def save(folder: Path, language: str) -> None:
    settings = QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def current() -> str:
    return str(_state["language"])


def use(language: str) -> bool:
    """Show the interface in ``language`` from now on (every widget is told); False, and English,
    if it is not built in this installation."""
    app = QCoreApplication.instance()
    old = _state["translator"]
    if isinstance(old, QTranslator) and app is not None:
        app.removeTranslator(old)
    _state.update(language="en", translator=None)
    if language == "en" or app is None:
        return language == "en"
    translator = QTranslator(app)
    if not available(language) or not translator.load(str(qm_path(language))):
        return False
    app.installTranslator(translator)
    _state.update(language=language, translator=translator)
    return True


# What the vault says at the unlock screen, marked for lupdate (each is a storage error's
# default_message, word for word: a test holds them to it); looked up when shown.
VAULT_MESSAGES = (
    QT_TRANSLATE_NOOP("VaultError", "That passphrase does not open these records. Check it and try again."),
    QT_TRANSLATE_NOOP("VaultError",
                      "That recovery code does not open these records. Check each group of five characters."),
    QT_TRANSLATE_NOOP("VaultError", "Enter a passphrase."),
    QT_TRANSLATE_NOOP("VaultError", "The records file is damaged and has not been changed. Restore it from your "
                                    "latest backup, or ask IT support for help."),
    QT_TRANSLATE_NOOP("VaultError", "These records are already open in another window or program. Close it first, "
                                    "then try again."),
    QT_TRANSLATE_NOOP("VaultError", "There are no records in this folder yet. Create a vault or choose another "
                                    "folder."),
)


def say(context: str, text: str, *values: object) -> str:
    """A marked sentence in the interface's language with its %1, %2... filled in (a screen binds
    its context once: ``say = functools.partial(i18n.say, "Summary")``)."""
    return fill(translate(context, text), *values)


def vault_words(english: str) -> str:
    """A vault's message in the interface's language where it is one of those marked; else as it is."""
    return translate("VaultError", english) if english in VAULT_MESSAGES else english


def spoken() -> AbstractContextManager[None]:
    """The domain's own words (``screening_app.words``) in the interface's language, for what the
    window shows (never for what is stored)."""
    from screening_app import words

    return words.language(current())


def dates_locale() -> QLocale:
    """Month names in a date box as the interface says them (Qt's Welsh abbreviations are fmt's)."""
    return QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom) if current() == "cy" else QLocale()


def other_language() -> str:
    """The language the link at the top of first run and unlock offers."""
    return "en" if current() == "cy" else "cy"


def show_language_link(button: QAbstractButton) -> None:
    """The link in the other language's own words, wide enough for them (focused too), named in the
    language it offers whatever the screen is in, and hidden where Welsh is not built."""
    word = LANGUAGES[other_language()]
    button.setText(word)
    button.setMinimumWidth(button.fontMetrics().horizontalAdvance(word) + 16)
    button.setAccessibleName("Show the app in English" if other_language() == "en" else "Dangos yr ap yn Gymraeg")
    button.setVisible(available("cy"))


class FollowsLanguage:
    """For a widget (put it first among the bases): ``retranslate()`` on Qt's ``LanguageChange``,
    sent to every widget when the interface's language is switched."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


class Words:
    """What one screen says, set now and again whenever the interface's language changes. Give
    each text marked for lupdate in this screen's context: ``words.say(label.setText,
    QT_TRANSLATE_NOOP("FirstRun", "Set up"))``; the screen calls ``retranslate()`` on Qt's
    ``LanguageChange``."""

    def __init__(self, context: str) -> None:
        self.context = context
        self._items: list[tuple[Callable[[str], object], str, tuple[object, ...]]] = []

    def say(self, setter: Callable[[str], object], text: str, *values: object) -> None:
        self._items.append((setter, text, values))
        setter(self.words(text, *values))

    def words(self, text: str, *values: object) -> str:
        return fill(translate(self.context, text), *values)

    def name_button(self, button: QAbstractButton, text: str, accessible: str = "") -> None:
        """A button's words and the name a screen reader says (its words without & or "...", or
        ``accessible``), in the interface's language now and after every change."""
        self.say(button.setText, text)
        if accessible:
            self.say(button.setAccessibleName, accessible)
        else:
            self.say(lambda words: button.setAccessibleName(words.replace("&", "").rstrip(".")), text)

    def retranslate(self) -> None:
        for setter, text, values in self._items:
            setter(self.words(text, *values))
