"""The seeded vault (the lead, R Patel) in a team with a deputy (S Khan), the first child's UPN
changed on both laptops apart: the lead's first, then the deputy's a minute later. Every name and
number invented."""

from __future__ import annotations

from pathlib import Path

from screening_app.services import vault_service as vs
from screening_app.services.records import ChildDetails, RecordsService
from screening_app.services.team import TeamService
from screening_app.services.transfer import identity_card
from tests.ui_shell.conftest import FAST_KDF, PASSPHRASE


def upn_changed_apart(seeded: Path, tmp_path: Path, clock, lead_reads: bool) -> tuple[int, vs.Vault]:
    """The child's id in the lead's vault, and the deputy's vault (open: the caller closes it).
    ``lead_reads``: the lead has synced the deputy's change already (the conflict is there)."""
    folder = tmp_path / "team"
    folder.mkdir()
    deputy_vault, _ = vs.create_vault(tmp_path / "deputy", PASSPHRASE, FAST_KDF)
    lead_vault = vs.open_vault(seeded, PASSPHRASE)
    try:
        lead, deputy = TeamService(lead_vault, "R Patel", clock), TeamService(deputy_vault, "S Khan", clock)
        lead_records = RecordsService(lead_vault, "R Patel", clock=clock)
        lead.create(folder, "Northgate safeguarding")
        lead.invite(identity_card(deputy_vault).recipient, "S Khan")
        deputy.join(folder)
        child = lead_records.list(limit=1).items[0].child_id
        details = lead_records.get_child(child).details
        lead_records.update_child(child, ChildDetails(**{**details.__dict__, "upn": "A111111111111"}))
        lead.sync()
        deputy_records = RecordsService(deputy_vault, "S Khan", clock=clock)
        theirs = deputy_vault.connection.execute("SELECT id FROM children WHERE first_name = ?",
                                                 (details.first_name,)).fetchone()[0]
        clock.advance(seconds=60)
        deputy_records.update_child(theirs, ChildDetails(**{**details.__dict__, "upn": "A222222222222"}))
        deputy.sync()
        if lead_reads:
            lead.sync()
    finally:
        lead_vault.close()
    return child, deputy_vault
