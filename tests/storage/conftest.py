"""Fixtures for storage tests: a fresh vault in tmp_path, made with fast KDF parameters."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# pytest imports test files by path (importlib mode), so make the shared helper importable.
sys.path.insert(0, str(Path(__file__).parent))
from storage_support import FAST_KDF, PASSPHRASE

from screening_app.storage.vault import Vault


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created(vault_dir: Path) -> tuple[Path, str]:
    """A closed vault on disk and its recovery code."""
    vault, code = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    return vault_dir, code


@pytest.fixture
def vault(created: tuple[Path, str]) -> Iterator[Vault]:
    opened = Vault.open(created[0], PASSPHRASE)
    yield opened
    opened.close()
