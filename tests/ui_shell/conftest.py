"""Fixtures for the shell: fast Argon2, throwaway data folders, a fake clock and the real window."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from screening_app.services import vault_service as vs
from screening_app.services.records import RecordsService

FAST_KDF = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)
PASSPHRASE = "tangerine otter carousel lamp"
SEED = Path(__file__).with_name("seed.py")


def load_seed():
    spec = importlib.util.spec_from_file_location("ui_shell_seed", SEED)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "records"


@pytest.fixture
def seeded(folder: Path, pack, clock) -> Path:
    """A closed vault with a few invented children (its recovery code confirmed as saved)."""
    vault, code = vs.create_vault(folder, PASSPHRASE, FAST_KDF)
    try:
        vs.confirm_recovery_code_saved(vault, code)
        load_seed().seed_children(RecordsService(vault, "tester", pack, clock=clock), clock.today(), count=6)
    finally:
        vault.close()
    return folder


@pytest.fixture
def make_window(qtbot, clock):
    from screening_app.ui.shell.main_window import MainWindow
    from screening_app.ui.shell.session import Session
    from screening_app.ui.shell.style import apply_style
    from screening_app.ui.shell.workers import wait_for_tasks

    windows = []

    def make(data_folder: Path):
        from PySide6.QtWidgets import QApplication

        apply_style(QApplication.instance())
        window = MainWindow(Session(data_folder, kdf=FAST_KDF, clock=clock), remember_geometry=False)
        # Never the developer's real system bus (logind): tests that need one start their own.
        window.system_lock.bus_address = f"unix:path={data_folder.parent / 'no-system-bus'}"
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.start()
        window.show()
        window.fill_menus()  # as ui.app does just after the first paint
        windows.append(window)
        return window

    yield make
    wait_for_tasks()
    for window in windows:
        window.session.lock()


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.submit()
    qtbot.waitUntil(lambda: window.current_screen not in ("unlock", ""), timeout=10_000)


@pytest.fixture
def do_unlock(qtbot):
    return lambda window, passphrase=PASSPHRASE: unlock(qtbot, window, passphrase)


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def welsh_built(tmp_path, monkeypatch):
    """The .qm built from the committed .ts by Qt's lrelease, as the set-up scripts build it."""
    from screening_app.ui import i18n

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "cse_screening_cy.ts"
    qm = tmp_path / "cse_screening_cy.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    monkeypatch.setattr(i18n, "qm_path", lambda language: qm if language == "cy" else tmp_path / "none.qm")
    yield qm
    i18n.use("en")
