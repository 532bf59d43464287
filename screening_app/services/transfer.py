"""Use cases of moving a child's file between vaults (issue 14). So far: the vault's transfer identity."""

from __future__ import annotations

from dataclasses import dataclass

from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.exchange.identity import vault_identity
from screening_app.storage.vault import Vault


@dataclass(frozen=True)
class IdentityCard:
    recipient: str  # age1...: what a sender pastes
    fingerprint: str  # XXXX-XXXX-XXXX-XXXX: read out on the phone to check the paste


def identity_card(vault: Vault, clock: Clock = SYSTEM_CLOCK) -> IdentityCard:
    identity = vault_identity(vault, clock)
    return IdentityCard(identity.recipient, identity.fingerprint)
