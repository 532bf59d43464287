"""One rule for a referral's PDF password, in the export service itself: the
desktop dialog and the CLI check it first, and nothing can go round them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screening_app.domain.pdf_password import MIN_PDF_PASSWORD
from screening_app.services.export import ExportError, ExportService
from screening_app.services.records import RecordsService
from screening_app.services.vault_service import KdfParams, create_vault

SCENARIOS = Path(__file__).parents[1] / "data" / "scenarios"


def test_a_short_pdf_password_writes_nothing(tmp_path):
    vault, _ = create_vault(
        tmp_path / "vault", "tangerine otter carousel lamp", kdf=KdfParams(time_cost=1, memory_kib=8192)
    )
    try:
        service = RecordsService(vault, actor="tester")
        case = json.loads((SCENARIOS / "v03-classic-pattern.json").read_text(encoding="utf-8"))
        reference = service.import_case(case).reference
        exporter = ExportService(service)
        with pytest.raises(ExportError, match=f"at least {MIN_PDF_PASSWORD} characters"):
            exporter.export(reference, tmp_path / "x.pdf", password="x" * (MIN_PDF_PASSWORD - 1))
        assert not (tmp_path / "x.pdf").exists()
        assert exporter.render(reference, password="x" * MIN_PDF_PASSWORD).startswith(b"%PDF")
    finally:
        vault.close()
