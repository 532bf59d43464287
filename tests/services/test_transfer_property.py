"""Issue 14's property: any sequence of sends and receives of one child's file between three real
vaults, with files received twice, late, or in another order, ends with no record twice in any
vault, and every vault that received the file holds every assessment, version and chronology
entry the sender had. Every record is invented."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screening_app.clock import FixedClock
from screening_app.domain.loader import load_form_pack
from screening_app.services.records import RecordsService
from screening_app.services.transfer import TransferService, identity_card
from screening_app.services.vault_service import create_vault
from tests.services.conftest import FAST_KDF, PASSPHRASE
from tests.services.test_transfer import _a_child_with_a_history

UNIQUE = {"children": "uuid", "assessments": "uuid", "assessment_versions": "uuid",
          "chronology_entries": "uuid", "chronology_versions": "uuid", "escalations": "uuid"}
PACK = load_form_pack()
STEPS = st.lists(st.one_of(
    st.tuples(st.just("send"), st.sampled_from("abc"), st.sampled_from("abc")),
    st.tuples(st.just("receive"), st.integers(0, 20), st.booleans()),  # which file, and once more later
), min_size=1, max_size=12)


def _uuids(vault, table: str) -> list[str]:
    return [r[0] for r in vault.connection.execute(f'SELECT uuid FROM "{table}"').fetchall()]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STEPS)
def test_any_order_of_sends_and_receives_leaves_no_record_twice(steps):
    folder = Path(tempfile.mkdtemp(prefix="three-vaults-"))
    clock = FixedClock(datetime(2026, 11, 20, 10, 30))
    vaults, services = {}, {}
    try:
        for name in "abc":
            vaults[name], _ = create_vault(folder / name, PASSPHRASE, kdf=FAST_KDF)
            services[name] = TransferService(vaults[name], f"worker {name}", clock)
        child = _a_child_with_a_history(RecordsService(vaults["a"], "worker a", PACK, clock=clock))
        child_uuid = vaults["a"].connection.execute("SELECT uuid FROM children WHERE id = ?", (child,)).fetchone()[0]
        expected = {t: set(_uuids(vaults["a"], t)) for t in UNIQUE}
        files: list[tuple[str, bytes]] = []  # (to whom, the file)
        again: list[tuple[str, bytes]] = []
        for step in steps:
            if step[0] == "send":
                _send, source, target = step
                row = vaults[source].connection.execute("SELECT id FROM children WHERE uuid = ?",
                                                        (child_uuid,)).fetchone()
                if row is None or source == target:
                    continue  # a vault can send only what it holds, and not to itself
                sent = services[source].send(row[0], recipient=identity_card(vaults[target]).recipient)
                files.append((target, sent.data))
            elif files:
                _receive, index, twice = step
                target, data = files.pop(index % len(files))  # any order
                services[target].receive(data)
                if twice:
                    again.append((target, data))
        for target, data in [*files, *again]:  # late ones, and duplicates
            assert services[target].receive(data).receipt_code
        for name, vault in vaults.items():
            for table in UNIQUE:
                found = _uuids(vault, table)
                assert len(found) == len(set(found)), (name, table)  # no record twice
            if _uuids(vault, "children"):
                for table in UNIQUE:
                    assert expected[table] <= set(_uuids(vault, table)), (name, table)  # nothing lost
    finally:
        for vault in vaults.values():
            vault.close()
        shutil.rmtree(folder, ignore_errors=True)
