"""A team's shared folder (SPEC 13, issue 15): any folder the organisation already syncs (OneDrive
or SharePoint, a network share, Syncthing). No server: the sync service moves files; this module
makes the files safe to move.

Layout::

    FOLDER/
      C999-9F17-8C64-D0D7/          one folder per member, named by the member's fingerprint
        00000001.cse-team           change files, numbered from 1, each written once, never changed
        00000002.cse-team
      A834-E7B2-A0B7-4738/
        ...

A member writes only in its own folder, and only new files (written beside, then renamed into
place), so a sync service never has two versions of one file to reconcile: there is no conflict
copy that matters. Anything else in the folder (a sync service's "00000003 (1).cse-team", a
temporary file, a stray document) is not a change file and is left alone.

A change file is a bundle (``exchange.bundle``): signed by its writer (Ed25519), encrypted with age
to every current member, nothing readable in it. Reading one is strict and says why it is refused:
``unreadable`` (cut short or still arriving: a sync service writing while the app reads; tried
again at the next sync), ``not_for_us`` (written before this member joined, or after they left),
``forged`` (signed by a key that is not the folder's member, or content that does not match its
name), ``bad_input`` (a newer version of the app, or not a change file at all).
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError
from pyrage import x25519

from screening_app.exchange import bundle
from screening_app.exchange.identity import fingerprint
from screening_app.fileio import fsync_dir, open_owner_only, remove_quietly, write_all

SUFFIX = ".cse-team"
FORMAT = "cse-screening-team-changes"
VERSION = 1
_MEMBER_DIR = re.compile(r"^[0-9A-F]{4}(-[0-9A-F]{4}){3}$")
_FILE = re.compile(r"^(\d{8})\.cse-team$")
MAX_FILE = 256 * 1024 * 1024


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Writer(_Strict):
    recipient: StrictStr
    signing_key: StrictStr  # base64 of the Ed25519 public key that signed the file
    name: StrictStr


class TeamWrite(_Strict):
    record: StrictStr = Field(min_length=1, max_length=200)
    field: StrictStr = Field(min_length=1, max_length=100)
    stamp: StrictStr
    value: Any
    bases: list[StrictStr]


class Changes(_Strict):
    format: Literal["cse-screening-team-changes"]
    version: Literal[1]
    team: StrictStr
    seq: StrictInt = Field(ge=1)
    writer: Writer
    writes: list[TeamWrite]
    catch_up: bool = False  # everything the writer holds, for members its earlier files were not encrypted to


@dataclass(frozen=True)
class Found:
    member: str  # the folder's name: the writer's fingerprint
    seq: int
    path: Path


class Refused(Exception):
    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind  # unreadable, not_for_us, forged, bad_input


def member_folder(folder: Path, member: str) -> Path:
    return folder / member


def change_files(folder: Path) -> list[Found]:
    """Every change file in the team folder, by member then number; nothing else."""
    found = []
    try:
        members = sorted(p for p in folder.iterdir() if p.is_dir() and _MEMBER_DIR.match(p.name))
    except OSError:
        return []
    for member in members:
        try:
            names = sorted(os.listdir(member))
        except OSError:
            continue
        for name in names:
            match = _FILE.match(name)
            if match and int(match.group(1)) >= 1:
                found.append(Found(member.name, int(match.group(1)), member / name))
    return found


def next_number(folder: Path, member: str) -> int:
    return max((f.seq for f in change_files(folder) if f.member == member), default=0) + 1


def write_change_file(folder: Path, member: str, seq: int, data: bytes) -> Path:
    """Write file ``seq`` in the member's own folder: beside, durably, then renamed into place.
    Never over an existing file (FileExistsError): a change file, once written, never changes."""
    own = member_folder(folder, member)
    own.mkdir(mode=0o700, exist_ok=True)
    target = own / f"{seq:08d}{SUFFIX}"
    if target.exists():
        raise FileExistsError(str(target))
    temp = own / f".{seq:08d}.{os.getpid()}.tmp"
    try:
        fd = open_owner_only(temp, os.O_WRONLY | os.O_EXCL)
        try:
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if target.exists():
            raise FileExistsError(str(target))
        os.replace(temp, target)
        fsync_dir(own)
    finally:
        remove_quietly(temp)
    return target


def seal_changes(changes: dict[str, Any], signing: Any, recipients: list[str]) -> bytes:
    content = Changes.model_validate(changes).model_dump_json().encode("utf-8")
    return bundle.seal(content, signing, recipient=recipients)


def read_change_file(found: Found, identity: x25519.Identity, team: str | None) -> Changes:
    """The file's changes, checked: signed by the member whose folder it is in, for this team, and
    numbered as it is named. ``Refused`` (with its kind) otherwise; nothing is changed by reading."""
    try:
        with found.path.open("rb") as handle:
            data = handle.read(MAX_FILE + 1)
    except OSError:
        raise Refused("the file cannot be read yet", "unreadable") from None
    if len(data) > MAX_FILE:
        raise Refused("the file is too large to be a change file", "bad_input")
    try:
        opened = bundle.open_bundle(data, identity)
    except bundle.BundleError as exc:
        kind = {"damaged": "unreadable", "not_for_us": "not_for_us"}.get(exc.kind, "bad_input")
        raise Refused(str(exc), kind) from None
    try:
        changes = Changes.model_validate_json(opened.content)
    except ValidationError:
        raise Refused("the change file's content is not in the expected form", "bad_input") from None
    signer = base64.b64encode(opened.signer).decode("ascii")
    if changes.writer.signing_key != signer or fingerprint(changes.writer.recipient, opened.signer) != found.member:
        raise Refused("the change file was not written by the member whose folder it is in", "forged")
    if changes.seq != found.seq or (team is not None and changes.team != team):
        raise Refused("the change file's content does not match its name or team", "forged")
    return changes
