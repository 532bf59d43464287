"""A whole working session under an audit hook that fails on any network use
and on any file opened for writing outside the folders the session chose.

Run as a script (audit hooks cannot be removed, so it runs in its own
process): ``python offline_session.py DATA_DIR EXPORT_DIR``. Prints one line
per step and "offline-session-ok" at the end; any violation exits 3.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

DATA_DIR, EXPORT_DIR = (Path(p).resolve() for p in sys.argv[1:3])
ALLOWED = (str(DATA_DIR), str(EXPORT_DIR))
NETWORK_EVENTS = {
    "socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
    "socket.gethostbyaddr", "socket.sendto", "socket.sendmsg", "urllib.Request", "http.client.connect",
    # a program started by the app could reach the network where this hook cannot see it
    "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.startfile",
}
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
violations: list[str] = []


def _writing(mode: object, flags: object) -> bool:
    if isinstance(mode, str) and any(ch in mode for ch in "wax+"):
        return True
    return isinstance(flags, int) and bool(flags & WRITE_FLAGS)


def _outside(path: object) -> bool:
    if isinstance(path, int) or path is None:
        return False  # an already-open descriptor: its opening was checked
    resolved = os.path.realpath(os.fsdecode(path))
    return not resolved.startswith(ALLOWED) and resolved != os.devnull


def guard(event: str, args: tuple) -> None:
    if event in NETWORK_EVENTS:
        violations.append(f"forbidden: {event}")
        raise RuntimeError(f"forbidden while offline: {event}")
    if event == "open" and len(args) >= 3 and _writing(args[1], args[2]) and _outside(args[0]):
        violations.append(f"write outside allowed folders: {args[0]}")
        raise RuntimeError("write outside allowed folders")
    if event in ("os.rename", "os.replace", "os.remove", "os.unlink", "os.mkdir", "shutil.copyfile") and any(
        _outside(a) for a in args[:2] if isinstance(a, str | bytes | os.PathLike)
    ):
        violations.append(f"{event} outside allowed folders: {args[:2]}")
        raise RuntimeError("change outside allowed folders")


def probe() -> int:
    """Prove the guard is not vacuous: each forbidden act must be refused and recorded."""
    import socket
    import subprocess

    sys.addaudithook(guard)
    attempts = (
        lambda: socket.create_connection(("127.0.0.1", 9), timeout=1),
        lambda: open(os.path.join(os.path.dirname(DATA_DIR), "outside.txt"), "w"),  # noqa: SIM115
        lambda: subprocess.run(["true"], check=False),
    )
    for attempt in attempts:
        with contextlib.suppress(RuntimeError):
            attempt()
    print("\n".join(violations))
    return 0


def main() -> int:
    if os.environ.get("OFFLINE_PROBE") == "1":
        return probe()
    from screening_app.domain.loader import load_form_pack

    pack = load_form_pack()  # read everything needed before the hook, as the app does at start
    sys.addaudithook(guard)
    from screening_app.services import records as records_service
    from screening_app.services import vault_service

    fast = vault_service.KdfParams(time_cost=1, memory_kib=8192, parallelism=1)
    vault, _code = vault_service.create_vault(DATA_DIR / "vault", "correct horse battery staple 42!", kdf=fast)
    print("created")
    service = records_service.RecordsService(vault, forms=pack)
    case = json.loads((Path(__file__).parents[1] / "data" / "scenarios" / "v03-classic-pattern.json").read_text())
    case["child"].update(first_name="Offline", last_name="Testchild")
    ref = service.import_case(case)
    print("completed", ref.reference)
    _export(service, ref.reference)
    vault_service.backup_vault(vault, EXPORT_DIR / "backup.cseb")
    print("backed up")
    vault.close()
    print("locked")
    vault = vault_service.open_vault(DATA_DIR / "vault", "correct horse battery staple 42!")
    assert records_service.RecordsService(vault, forms=pack).get_by_reference(ref.reference)
    vault.close()
    print("reopened")
    if violations:
        print("\n".join(violations), file=sys.stderr)
        return 3
    print("offline-session-ok")
    return 0


def _export(service, reference: str) -> None:
    try:
        from screening_app.services import export
    except ModuleNotFoundError:
        print("export: not built yet")
        return
    export.export_referral(service, reference, EXPORT_DIR / "referral.pdf", password="pdf pass 123")
    print("exported")


if __name__ == "__main__":
    sys.exit(main())
