"""A real encrypted vault in a temporary folder, with a fast key derivation, for the use cases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from screening_app.services.vault_service import KdfParams, Vault, create_vault

PASSPHRASE = "tangerine otter carousel lamp"
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    opened, _ = create_vault(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield opened
    opened.close()


@pytest.fixture
def make_vaults(tmp_path: Path, pack, clock):
    """``make_vaults("a", "b")``: a real vault per name, each with its records and transfer
    services ("worker a", ...), all closed after the test."""
    from screening_app.services.records import RecordsService
    from screening_app.services.transfer import TransferService

    opened: list[Vault] = []

    def make(*names: str) -> dict:
        found = {}
        for name in names:
            vault, _ = create_vault(tmp_path / name, PASSPHRASE, kdf=FAST_KDF)
            opened.append(vault)
            found[name] = (vault, RecordsService(vault, f"worker {name}", pack, clock=clock),
                           TransferService(vault, f"worker {name}", clock))
        return found

    yield make
    for vault in opened:
        vault.close()
