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
