"""What every screenshot script starts with: the styled application, a new vault of records with
its recovery code confirmed (fast Argon2), and the main window at 1366x768 unlocked on it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from screening_app.clock import Clock
from screening_app.domain.loader import load_form_pack
from screening_app.services import vault_service as vs
from screening_app.services.records import RecordsService

PASSPHRASE = "tangerine otter carousel lamp"
FAST_KDF = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)


_KEPT: list[QApplication] = []  # an application nothing refers to can be collected under a script's feet


def styled_app() -> QApplication:
    from screening_app.ui.shell.style import apply_style

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    _KEPT[:] = [app]
    return app


def new_records(folder: Path, clock: Clock, actor: str = "tester") -> tuple[Any, RecordsService]:
    """A new vault in ``folder`` (the caller closes it before the window opens it)."""
    vault, code = vs.create_vault(folder, PASSPHRASE, FAST_KDF)
    vs.confirm_recovery_code_saved(vault, code)
    return vault, RecordsService(vault, actor, load_form_pack(), clock=clock)


def unlocked_window(folder: Path, clock: Clock, settle_ms: int = 800) -> Any:
    from screening_app.ui.shell.main_window import MainWindow
    from screening_app.ui.shell.session import Session

    window = MainWindow(Session(folder, kdf=FAST_KDF, clock=clock), remember_geometry=False)
    window.resize(1366, 768)
    window.start()
    window.show()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.submit()
    QTest.qWait(settle_ms)
    return window
