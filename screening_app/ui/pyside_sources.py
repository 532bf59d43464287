"""Stop PySide6 reading the source of every module imported after it.

PySide6's ``__feature__`` support (snake_case and true_property, which this app never selects)
hooks every import made after PySide6 is loaded and, the first time it sees a module, reads the
module's whole source with ``inspect.getsource`` to look for the word "PySide6"
(``shibokensupport.feature._mod_uses_pyside``). linecache then keeps every line of it for the rest
of the process. Measured in the development install: ~2 ms before the first window is painted,
~40 ms across the imports of an unlock (the services, pydantic, SQLCipher, reportlab) and 5 MB of
source text held for nothing. A frozen build has no sources to read, but still looks for each file.

The answer only matters to a module that selects a feature itself, and that selection is made by
``from __feature__ import ...``, never by this check. So this app's own modules are said to use
PySide6 (select id 0: Qt's normal names, as the check finds for them) and every other module not
to (-1: ignored, as the check finds for the libraries the app imports, none of which use Qt),
without reading a file. Nothing changes when PySide6 has no such hook (another version): ``skip``
then returns False.
"""

import sys  # and nothing else: each module imported here before skip() is read once more

APP_PACKAGE = __name__.split(".")[0]


def _uses_pyside(module: object) -> bool:
    return getattr(module, "__name__", "").split(".")[0] == APP_PACKAGE


def skip() -> bool:
    """Answer PySide6's per-module check by name from now on; True if done now. Call it straight
    after importing PySide6 (the check runs as each later module finishes importing)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    if feature._mod_uses_pyside is _uses_pyside:
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True
