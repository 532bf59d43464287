"""Issue 15's proof with real vaults, short form: members with their own copies of the team folder,
a simulated sync service delivering files late, out of order, half-written and twice, members
offline for a while, random work between syncs; in the end every vault holds the same records
and every change. The long form: ``tests/services/team_vaults_simulation.py --members 5
--steps 1500`` (about 90 seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.team_vaults_simulation import run


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_vault_ends_identical_and_nothing_published_is_lost(tmp_path: Path, seed: int):
    world = run(tmp_path, members=4, steps=250, seed=seed)
    assert len(list(world.cloud.rglob("*.cse-team"))) > 10
