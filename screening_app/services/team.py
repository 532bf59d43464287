"""A safeguarding team sharing records through the folder its organisation already syncs (SPEC 13,
issue 15). No server: each member's vault writes its own change files into the folder
(``exchange.team_folder``) and reads everyone else's; the merge rules are ``domain.team_merge``;
the rows and registers meet in ``storage.team_records``.

Membership is a register too (``member.<age1...>`` on the team's id): who can read new files and
whose files are read. ``invite`` writes the new member in and publishes a **catch-up file**: the
whole history, encrypted to every member including the new one, so a deputy who joins today has
the lead's records from before. ``remove`` writes them out: later files are not encrypted to them,
and changes they stamp after their removal are not read. A member joins with ``join``: every file
in the folder this vault can open is read.

``sync`` = publish, then import, as one step under the vault's lock: this member's changes since
the last sync become one new file (their bases: what was in front of the practitioner), then every
file not yet read is read (any order; twice changes nothing; a file still arriving, or damaged, is
tried again next time and counted; a file from a non-member, or not what its name says, is refused
and counted), then the rows are brought up to the registers. A crash between writing the file and
recording it loses nothing: the file is read back as this member's own at the next sync.
"""

from __future__ import annotations

import base64
import functools
import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyrage import x25519

from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.domain.child_language import FIELD as LANGUAGE_FIELD
from screening_app.domain.child_language import checked_language
from screening_app.domain.hlc import ClockDriftError, HybridClock, Stamp
from screening_app.domain.team_merge import HistoryError, Register, Write
from screening_app.exchange import team_folder
from screening_app.exchange.identity import public_bytes, vault_identity
from screening_app.storage.db import transaction, translated
from screening_app.storage.team import DONE, Team, TeamStore
from screening_app.storage.team_records import TeamRecords
from screening_app.storage.vault import Vault

MEMBER = "member."
ACCESS = "child.access"  # which members may read a child's records (none named: the whole team)
CATCH_UP_CHUNK = 20_000  # writes per catch-up file: a large vault's history is several files
NAME = "team.name"


class TeamError(Exception):
    """A team command refused: ``kind`` is bad_input (exit 2) or not_for_us (exit 3)."""

    def __init__(self, message: str, kind: str = "bad_input") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class SyncReport:
    published: int = 0  # changes written in this member's new file
    read: int = 0  # files read this time
    waiting: int = 0  # files that could not be read yet (still arriving, or damaged)
    refused: dict[str, int] = field(default_factory=dict)  # forged, not_for_us, bad_input: counts
    changed: int = 0  # rows added or changed here


@dataclass(frozen=True)
class Member:
    recipient: str
    name: str
    active: bool
    fingerprint: str | None  # known once a file of theirs has been read (or for this vault)


class TeamService:
    def __init__(self, vault: Vault, actor: str = "unknown", clock: Clock = SYSTEM_CLOCK) -> None:
        self.vault, self.clock, self.actor = vault, clock, actor
        self.store = TeamStore(vault.connection, actor, clock)
        self.records = TeamRecords(vault.connection, actor, clock, self.store)
        self._touched: set[str] = set()  # records whose registers gained a write in this sync's import

    @functools.cached_property
    def identity(self) -> Any:
        """This vault's transfer identity, opened when first needed (a child's record asks only
        whether the vault is in a team, and a vault outside one never needs it)."""
        return vault_identity(self.vault, self.clock)

    @property
    def me(self) -> str:
        return self.identity.fingerprint

    # ------------------------------------------------------------ membership

    def team(self) -> Team | None:
        return self.store.team()

    def _hlc(self, team: Team | None) -> HybridClock:
        return HybridClock(self.me, lambda: int(self.clock.utc_now().timestamp() * 1000),
                           team.clock if team else Stamp(0, 0, self.me))

    def create(self, folder: Path, name: str) -> Team:
        if self.store.team() is not None:
            raise TeamError("this vault already belongs to a team")
        if not folder.is_dir():
            raise TeamError(f"{folder}: the team folder does not exist (make it in the synced folder first)")
        if not name.strip():
            raise TeamError("give the team a name (for example the school's name and 'safeguarding')")
        team_id = str(uuidlib.uuid4())
        hlc = self._hlc(None)
        first = [Write((team_id, NAME), hlc.tick(), name.strip()),
                 Write((team_id, MEMBER + self.identity.recipient), hlc.tick(),
                       {"name": self.actor, "active": True})]
        self.store.start(team_id, name.strip(), str(folder), self.me, hlc.last)
        self._publish(first, hlc)
        return self._team()

    def invite(self, recipient: str, name: str = "") -> Member:
        team = self._team()
        _check_recipient(recipient)
        if self._roster(team).get(recipient, {}).get("active"):
            raise TeamError("this key is already a member of the team")
        self.sync()  # whatever is waiting goes out first
        hlc = self._hlc(self._team())
        key = (team.uuid, MEMBER + recipient)
        write = Write(key, hlc.tick(), {"name": name.strip() or "a member", "active": True}, self._heads(key))
        self._publish([write], hlc, catch_up=True)  # the whole history, readable by the new member too
        return self.members()[recipient]

    def remove(self, recipient: str) -> None:
        team = self._team()
        current = self.members().get(recipient)
        if current is None or not current.active:
            raise TeamError("this key is not a member of the team")
        if recipient == self.identity.recipient:
            raise TeamError("a member cannot remove themselves; ask another member")
        hlc = self._hlc(team)
        key = (team.uuid, MEMBER + recipient)
        self._publish([Write(key, hlc.tick(), {"name": current.name, "active": False}, self._heads(key))], hlc)

    def join(self, folder: Path) -> Team:
        if self.store.team() is not None:
            raise TeamError("this vault already belongs to a team")
        if not folder.is_dir():
            raise TeamError(f"{folder}: the team folder does not exist (has the sync service brought it here?)")
        teams = set()
        for found in team_folder.change_files(folder):
            try:
                teams.add(team_folder.read_change_file(found, self.identity.age, None).team)
            except team_folder.Refused:
                continue
        if not teams:
            raise TeamError("nothing in this folder was written for this vault: ask a member to invite your key "
                            "('screening-app identity'), wait for the sync, and join again", "not_for_us")
        if len(teams) > 1:
            raise TeamError("this folder holds more than one team's files", "bad_input")
        team_id = teams.pop()
        self.store.start(team_id, "", str(folder), self.me, Stamp(0, 0, self.me))
        with self.store.conn.lock:  # read first: then this vault's own records go out to every member at once
            self._import(folder, self._team(), SyncReport(), own_only=False)
            with translated(), transaction(self.store.conn):
                self.store.set_caught_up(m.recipient for m in self.members().values() if m.active)
        self.sync()
        name = self.store.current_values(NAME).get((team_id, NAME))
        with translated(), transaction(self.store.conn):
            self.store.conn.execute("UPDATE team SET name = ?", (name or "",))
        return self._team()

    def _roster(self, team: Team) -> dict[str, dict[str, Any]]:
        """recipient -> the member register's value (name, active)."""
        return {key[1][len(MEMBER):]: value for key, value in self.store.current_values(MEMBER).items()
                if key[0] == team.uuid and isinstance(value, dict)}

    def members(self, fingerprints: bool = False) -> dict[str, Member]:
        team = self.store.team()
        if team is None:
            return {}
        known = self._fingerprints(team) if fingerprints else {self.identity.recipient: self.me}
        return {recipient: Member(recipient, str(value.get("name", "")), bool(value.get("active")),
                                  known.get(recipient))
                for recipient, value in self._roster(team).items()}

    def _fingerprints(self, team: Team) -> dict[str, str]:
        """recipient -> fingerprint of each member whose file this vault has read (noted as it was
        read: reading a file again to find out would decrypt it on every status)."""
        return {**self.store.fingerprints(), self.identity.recipient: self.me}

    # ------------------------------------------------------------ sync

    def sync(self) -> SyncReport:
        team = self._team()
        folder = Path(team.folder)
        if not folder.is_dir():
            raise TeamError(f"{folder}: the team folder is not there (is the sync service running?)")
        report = SyncReport()
        with self.store.conn.lock:  # nothing typed in the window lands between publishing and importing
            self._import(folder, team, report, own_only=True)  # a file written but not recorded (a crash)
            hlc = self._hlc(self._team())
            writes, looked = self.records.changes(hlc.tick, full=self.store.full_scan())
            if writes:
                self._publish(writes, hlc)
                report.published = len(writes)
            with translated(), transaction(self.store.conn):
                for table, ids in looked.items():
                    self.store.clean(table, ids)
                self.store.set_full_scan(False)  # from now on the triggers name what changed
            self._import(folder, self._team(), report, own_only=False, materialise=False)
            self._catch_up_new_members()
            with translated(), transaction(self.store.conn):
                report.changed += self.records.materialise(self._touched)
            self._touched = set()
            if self.records.erased_now:  # a child a member erased: no earlier page image left in the journal
                self.records.erased_now = 0
                self.vault.checkpoint()
        return report

    def _catch_up_new_members(self) -> None:
        """A member this vault's earlier files were not encrypted to (invited by someone else while
        this laptop was away) gets everything this vault holds, in one catch-up file to everyone."""
        team = self._team()
        active = {m.recipient for m in self.members().values() if m.active}
        if active - self.store.caught_up() - {self.identity.recipient}:
            self._publish([], self._hlc(team), catch_up=True, own=True)

    def _publish(self, writes: list[Write], hlc: HybridClock, catch_up: bool = False, own: bool = False) -> None:
        """Write ``writes`` (or, for a catch-up, the history) in new files: one per audience, as a
        child's records go only to the members allowed to see that child."""
        team = self._team()
        if catch_up:  # the history (``own``: this member's changes), for a member who could not read them
            with translated(), transaction(self.store.conn):
                self.store.add_writes(writes)
            everyone = self._recipients(team, writes)
            for part in self.store.all_writes(CATCH_UP_CHUNK, self.me if own else None):
                for audience, group in self._by_audience(team, part, everyone):
                    self._write_file(team, group, hlc, audience, catch_up=True)
            with translated(), transaction(self.store.conn):
                self.store.set_caught_up(everyone)
            return
        groups = self._by_audience(team, writes, self._recipients(team, writes))
        for audience, group in groups:
            self._write_file(team, group, hlc, audience)

    def _by_audience(self, team: Team, writes: list[Write], everyone: list[str]) -> list[tuple[list[str], list[Write]]]:
        access = {key[0]: value for key, value in self.store.current_values(ACCESS).items()
                  if isinstance(value, list) and value}
        for write in writes:  # a restriction published in this very batch applies to it
            if write.key[1] == ACCESS:
                access[write.key[0]] = write.value if isinstance(write.value, list) and write.value else None
        groups: dict[tuple[str, ...], list[Write]] = {}
        for write, child in zip(writes, self.records.children_of(writes), strict=True):
            allowed = access.get(child) if child else None
            audience = sorted((set(allowed) & set(everyone)) | {self.identity.recipient}) if allowed else everyone
            groups.setdefault(tuple(audience), []).append(write)
        return [(list(audience), group) for audience, group in groups.items()]

    def restrict(self, child_id: int, recipients: list[str] | None) -> None:
        """Only these members (and this one) receive this child's records from now on; None: the
        whole team again. What a member already holds stays with them: access cannot be taken back
        from a laptop, only not extended."""
        team = self._team()
        uuid = self.store.conn.execute("SELECT uuid FROM children WHERE id = ?", (child_id,)).fetchone()
        if uuid is None:
            raise TeamError("no such child here")
        members = {m.recipient for m in self.members().values() if m.active}
        if recipients is not None:
            unknown = [r for r in recipients if r not in members]
            if unknown:
                raise TeamError("only members of the team can be named: " + ", ".join(r[:12] + "..." for r in unknown))
            recipients = sorted(set(recipients) | {self.identity.recipient})
        key = (uuid[0], ACCESS)
        hlc = self._hlc(team)
        with self.store.conn.lock:
            self._publish([Write(key, hlc.tick(), recipients, self._heads(key))], hlc)
        self.sync()

    def conflicts_of_child(self, child_id: int) -> list[dict[str, Any]]:
        """The child's own details changed on two laptops apart, as ``status`` lists them."""
        row = self.store.conn.execute("SELECT uuid FROM children WHERE id = ?", (child_id,)).fetchone()
        if row is None or self.store.team() is None:
            return []
        return [{"record": k[0], "field": k[1], "values": [w.value for w in ws]}
                for k, ws in sorted(self.store.conflicts_of([row[0]]).items()) if k[1] != ACCESS]

    def access(self, child_id: int) -> list[str] | None:
        row = self.store.conn.execute("SELECT uuid FROM children WHERE id = ?", (child_id,)).fetchone()
        value = self.store.current_values(ACCESS).get((row[0], ACCESS)) if row else None
        return value if isinstance(value, list) and value else None

    def _recipients(self, team: Team, writes: list[Write]) -> list[str]:
        return sorted({m.recipient for m in self._members_after(team, writes) if m.active})

    def _write_file(self, team: Team, writes: list[Write], hlc: HybridClock, recipients: list[str],
                    catch_up: bool = False) -> None:
        folder = Path(team.folder)
        seq = max(team_folder.next_number(folder, self.me), self.store.published(self.me) + 1)
        data = team_folder.seal_changes({
            "format": team_folder.FORMAT, "version": team_folder.VERSION, "team": team.uuid, "seq": seq,
            "writer": {"recipient": self.identity.recipient, "name": self.actor,
                       "signing_key": base64.b64encode(public_bytes(self.identity.verify_key)).decode("ascii")},
            "writes": [_as_content(w) for w in writes], "catch_up": catch_up}, self.identity.signing, recipients)
        team_folder.write_change_file(folder, self.me, seq, data)
        with translated(), transaction(self.store.conn):
            self.store.add_writes(writes)
            self.store.mark_file(self.me, seq, "published")
            self.store.set_clock(hlc.last)

    def _members_after(self, team: Team, writes: list[Write]) -> list[Member]:
        members = self.members()
        for write in writes:
            if write.key[0] == team.uuid and write.key[1].startswith(MEMBER):
                recipient = write.key[1][len(MEMBER):]
                members[recipient] = Member(recipient, write.value.get("name", ""), bool(write.value.get("active")),
                                            None)
        members.setdefault(self.identity.recipient, Member(self.identity.recipient, self.actor, True, self.me))
        return list(members.values())

    def _import(self, folder: Path, team: Team, report: SyncReport, own_only: bool,
                materialise: bool = True) -> None:
        status = self.store.file_status()
        files = [f for f in team_folder.change_files(folder)  # read, or refused for good: not again
                 if (f.member, f.seq) not in status and (f.member == self.me) == own_only]
        pending = list(files)
        while pending:  # a member's first file can come before the file that made them a member
            progress, later = False, []
            for found in pending:
                outcome = self._read(found, team)
                if outcome == "later":
                    later.append(found)
                    continue
                progress = True
                if outcome == "imported":
                    report.read += 1
                elif outcome == "unreadable":
                    report.waiting += 1
                else:
                    report.refused[outcome] = report.refused.get(outcome, 0) + 1
            pending = later if progress else []
            if not progress:  # not a member, after everything here was read: their invite may be on its way
                report.waiting += len(later)
        if materialise and not own_only:  # never before publishing: that would undo what was typed since
            with translated(), transaction(self.store.conn):
                report.changed += self.records.materialise(self._touched)
            self._touched = set()

    def _read(self, found: team_folder.Found, team: Team) -> str:
        try:
            changes = team_folder.read_change_file(found, self.identity.age, team.uuid)
        except team_folder.Refused as exc:
            if exc.kind != "unreadable":
                self._mark(found, exc.kind)
            return exc.kind
        try:
            writes = [_as_write(w) for w in changes.writes]
        except ValueError:
            self._mark(found, "bad_input")
            return "bad_input"
        roster = self._roster(team) or _roster_in(writes, team)  # joining: the inviter's catch-up file
        member = roster.get(changes.writer.recipient)
        if member is None or (not member.get("active") and not self._before_removal(team, changes.writer.recipient,
                                                                                       writes)):
            return "later"
        pinned = self.me if changes.writer.recipient == self.identity.recipient else \
            self.store.fingerprints().get(changes.writer.recipient)
        if pinned is not None and pinned != found.member:  # another signing key claims a member's key
            self._mark(found, "forged")
            return "forged"
        own = [w for w in writes if w.stamp.member == found.member]
        if len(own) != len(writes) and not changes.catch_up:  # only a catch-up carries others' changes
            self._mark(found, "forged")
            return "forged"
        with translated(), transaction(self.store.conn):  # about a child erased since: never brought back
            writes = self.records.drop_erased(writes)
        hlc = self._hlc(self._team())
        try:
            registers = self.store.registers_of({w.key[0] for w in writes})
            for write in writes:
                registers.setdefault(write.key, Register(write.key)).add(write)
                hlc.observe(write.stamp)
        except (HistoryError, ClockDriftError):
            self._mark(found, "forged")
            return "forged"
        with translated(), transaction(self.store.conn):
            self._touched.update(key[0] for key in self.store.add_writes(writes))
            self.store.mark_file(found.member, found.seq, "imported")
            self.store.note_fingerprint(changes.writer.recipient, found.member)
            self.store.set_clock(hlc.last)
        return "imported"

    def _before_removal(self, team: Team, recipient: str, writes: list[Write]) -> bool:
        """A removed member's changes stamped before their removal are still theirs to give."""
        register = self.store.register((team.uuid, MEMBER + recipient))
        removed = [w.stamp for w in register.history.values() if not w.value.get("active")]
        return bool(removed) and all(w.stamp < min(removed) for w in writes)

    def _mark(self, found: team_folder.Found, status: str) -> None:
        with translated(), transaction(self.store.conn):
            self.store.mark_file(found.member, found.seq, status)

    def _heads(self, key: tuple[str, str]) -> tuple[Stamp, ...]:
        return tuple(h.stamp for h in self.store.register(key).heads())

    def _team(self) -> Team:
        team = self.store.team()
        if team is None:
            raise TeamError("this vault is not in a team: 'team create' or 'team join' first")
        return team

    def decide(self, record: str, field: str, value: Any) -> SyncReport:
        """A person's decision on a field changed on two laptops apart: ``value`` (one of those
        shown, or another) written with every competing change as its base, so the field has one
        head again on every laptop once this file is read; then a sync, which brings the row here
        up to date."""
        team = self._team()
        key = (record, field)
        if key not in self.store.conflicts_of([record]):
            raise TeamError("that field is not in conflict (it may have been decided already)")
        if field == LANGUAGE_FIELD:
            checked_language(value)  # en, cy or not recorded: anything else refused before a file is written
        with self.store.conn.lock:
            hlc = self._hlc(team)
            self._publish([Write(key, hlc.tick(), value, self._heads(key))], hlc)
            self._touched.add(record)
        return self.sync()

    # ------------------------------------------------------------ status

    def status(self) -> dict[str, Any]:
        team = self._team()
        files = self.store.file_status()
        waiting = sum(1 for f in team_folder.change_files(Path(team.folder)) if (f.member, f.seq) not in files)
        conflicts = self.store.conflicts()
        return {
            "team": team.name, "folder": team.folder, "member": self.me,
            "members": [{"recipient": m.recipient, "name": m.name, "active": m.active,
                         "fingerprint": m.fingerprint} for m in sorted(self.members(fingerprints=True).values(),
                                                                      key=lambda m: m.name)],
            "published": self.store.published(self.me),
            "read": sum(1 for s in files.values() if s == "imported"),
            "pending": waiting,
            "refused": sum(1 for s in files.values() if s not in DONE),  # not for this vault, or not genuine
            "conflicts": [{"record": k[0], "field": k[1], "values": [w.value for w in ws]}
                          for k, ws in sorted(conflicts.items())],
            "last_sync": self.store.last_sync(),
        }


def _roster_in(writes: list[Write], team: Team) -> dict[str, dict[str, Any]]:
    """The members a file says the team has (its latest member writes): how a joining vault, which
    knows no one yet, accepts the inviter's catch-up file. The joiner checks the inviter's
    fingerprint by phone ('team join' prints it)."""
    latest: dict[str, Write] = {}
    for write in writes:
        if write.key[0] == team.uuid and write.key[1].startswith(MEMBER) and isinstance(write.value, dict):
            recipient = write.key[1][len(MEMBER):]
            if recipient not in latest or write.stamp > latest[recipient].stamp:
                latest[recipient] = write
    return {recipient: w.value for recipient, w in latest.items()}


def _check_recipient(recipient: str) -> None:
    try:
        x25519.Recipient.from_str(recipient)
    except Exception:
        raise TeamError("that is not a transfer key: it is the age1... line 'screening-app identity' prints") from None


def _as_content(write: Write) -> dict[str, Any]:
    return {"record": write.key[0], "field": write.key[1], "stamp": write.stamp.text(), "value": write.value,
            "bases": [b.text() for b in write.bases]}


def _as_write(item: team_folder.TeamWrite) -> Write:
    return Write((item.record, item.field), Stamp.parse(item.stamp), item.value,
                 tuple(Stamp.parse(b) for b in item.bases))
