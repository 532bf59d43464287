"""The self-test's Qt steps: the platform plugin loads, a widget paints, the
PDF viewer module is there. Runs offscreen when there is no display."""

from __future__ import annotations

import os
import sys
from typing import Any


def _ensure_platform() -> None:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _qt_paints(_run: Any) -> str:
    _ensure_platform()
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([sys.argv[0]])
    label = QLabel("CSE Screening self-test")
    label.resize(240, 40)
    if label.grab().isNull():
        raise AssertionError("Qt could not paint a widget")
    return f"platform {app.platformName()}"


def _pdf_viewer(_run: Any) -> str:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    return f"{QPdfDocument.__name__} and {QPdfView.__name__} available"


def qt_steps() -> tuple:
    return (("Qt paints a window", _qt_paints), ("PDF preview module", _pdf_viewer))


def qt_version() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    return f"Qt {qVersion()} (PySide6 {PySide6.__version__})"
