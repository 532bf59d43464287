"""Leak test: distinctive names and notes appear nowhere on disk in the clear.

A child is saved with names in several scripts and a distinctive note, the
vault is used (search, backup, check, close); then the vault folder, the
temp folder (TMPDIR points into the test) and the backup are searched for
those strings in UTF-8 and UTF-16. Zero hits allowed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from storage_support import PASSPHRASE

SECRETS = ["Žofie-Ëliška", "Всеволодовна", "عبدالرحيمة", "欧阳娜娜", "Zebracorn-Nightjar-7731"]

SCRIPT = """
import json, sys, tempfile
from pathlib import Path
from screening_app.storage.backup import write_backup
from screening_app.storage.keyslots import KdfParams
from screening_app.storage.records import ChildDetails, CompletedPayload, SearchQuery
from screening_app.storage.repository import Repository
from screening_app.storage.vault import Vault

folder, backup, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
names = json.loads(sys.argv[4])
vault, _ = Vault.create(folder, passphrase, kdf=KdfParams(time_cost=1, memory_kib=8192))
repo = Repository(vault.connection)
child = repo.add_child(ChildDetails(names[0], names[1], other_names=(names[2], names[3])))
ref = repo.start_assessment(child, "cse-screening", "1.0", json.dumps({"note": names[4]}, ensure_ascii=False))
for i in range(20):
    repo.save_draft(ref.id, json.dumps({"note": names[4], "i": i}, ensure_ascii=False))
payload = CompletedPayload(json.dumps({"note": names[4]}, ensure_ascii=False), "{}", None, "high", "high",
                           "2026-12-01", "2026-11-01")
repo.complete(ref.id, payload)
assert repo.search(SearchQuery(text=names[3])).items
write_backup(vault, backup)
assert not vault.integrity_problems()
# Leave the WAL un-checkpointed for part of the check: it too must be encrypted.
repo.save_draft(repo.start_assessment(child, "cse-screening", "1.0", "{}").id, json.dumps(names, ensure_ascii=False))
print(tempfile.gettempdir())
"""


def _needles() -> list[bytes]:
    needles = []
    for text in SECRETS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            needles.append(text.encode(encoding))
    return needles


def _hits(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {needle!r}" for needle in _needles() if needle in data]
    return found


def test_nothing_leaks_to_disk(tmp_path: Path) -> None:
    folder, backup, temp = tmp_path / "vault", tmp_path / "out" / "records.backup", tmp_path / "tmp"
    backup.parent.mkdir()
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder), str(backup), PASSPHRASE, json.dumps(SECRETS)],
        env=env, capture_output=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert Path(result.stdout.decode().strip()) == temp
    assert _hits(folder) == []
    assert _hits(temp) == []
    assert _hits(backup.parent) == []
    for text in SECRETS:  # and nothing on the child's own output streams
        assert text.encode() not in result.stdout + result.stderr
    assert not (folder / "vault.db").read_bytes().startswith(b"SQLite format 3")
