"""Listening to the application's own signals (focusChanged, applicationStateChanged) without
connecting and disconnecting them from Python each time.

Connecting or disconnecting a QApplication signal takes Qt's signal lock for the application
while holding Python's GIL. QtDBus's thread, tearing down a connection to a bus, takes the same
lock and then asks for the GIL (PySide checks for a Python override of ``disconnectNotify`` on
the application). Both waiting: the window hung on close in a CI run (py-spy: the main thread in
``QMetaObject::disconnect``, the QtDBus thread in ``Shiboken::GilState::acquire``). So each
signal is connected once per process, to a dispatcher; screens add and remove plain Python
callbacks here, which never touches Qt's lock.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication

_listeners: dict[str, list[weakref.WeakMethod | Callable[..., Any]]] = {}
_connected: set[tuple[int, str]] = set()


def listen(signal: str, callback: Callable[..., Any]) -> None:
    """Call ``callback`` on the application's ``signal``; a bound method is held weakly."""
    app = QApplication.instance()
    if (id(app), signal) not in _connected:
        _connected.add((id(app), signal))
        getattr(app, signal).connect(lambda *args, _name=signal: _dispatch(_name, *args))
    ref = weakref.WeakMethod(callback) if hasattr(callback, "__self__") else callback
    _listeners.setdefault(signal, []).append(ref)


def unlisten(signal: str, callback: Callable[..., Any]) -> None:
    _listeners[signal] = [r for r in _listeners.get(signal, []) if _resolve(r) not in (None, callback)]


def _resolve(ref: Any) -> Callable[..., Any] | None:
    return ref() if isinstance(ref, weakref.WeakMethod) else ref


def _dispatch(signal: str, *args: Any) -> None:
    for ref in list(_listeners.get(signal, [])):
        callback = _resolve(ref)
        if callback is None:
            unlisten(signal, callback)  # type: ignore[arg-type]
            continue
        try:
            callback(*args)
        except RuntimeError:  # a screen deleted by Qt but not yet by Python: it no longer listens
            unlisten(signal, callback)
