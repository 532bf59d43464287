"""Passphrases built from what an attacker would try first are refused.

The app's own words (its name, "cse", "screening", "safeguarding"...), the practitioner's and
organisation's names from the referrer profile, and recent years add almost nothing to a
passphrase: zxcvbn gets them as ``user_inputs`` and the rest of the passphrase must be strong
on its own. The year comes from an injected ``today``, never the wall clock.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from screening_app.domain.contacts import PROFILE_SETTING
from screening_app.services import vault_service as vs
from screening_app.services.records import RecordsService

PASSPHRASE = "tangerine otter carousel lamp"
FAST_KDF = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)
TODAY = date(2026, 12, 3)
PROFILE = {"name": "Priya Ramanathan", "organisation": "Oakfield Academy", "email": "p.ramanathan@oakfield.sch.uk"}

APP_AND_YEAR = ["CSEScreening2024!", "cse-screening-2026", "Safeguarding2026!", "childexploitation2026",
                "CSE Screening 2025", "screening-safeguarding-2026"]
WITH_NAMES = ["Priya Ramanathan 2026!", "PriyaRamanathan2026", "OakfieldAcademy2026!", "Ramanathan-Oakfield-2026"]
GOOD = [PASSPHRASE, "violet harbour bicycle thunder", "kx7#Vq9!mZp2Lw-Tr4", "quartz meadow 81 lighthouse"]


@pytest.mark.parametrize("weak", APP_AND_YEAR)
def test_the_apps_words_and_a_year_are_weak(weak: str) -> None:
    strength = vs.passphrase_strength(weak, today=TODAY)
    assert not strength.acceptable
    assert strength.feedback  # the practitioner is told why


@pytest.mark.parametrize("weak", APP_AND_YEAR)
def test_create_refuses_them(tmp_path: Path, weak: str) -> None:
    with pytest.raises(vs.WeakPassphraseError):
        vs.create_vault(tmp_path / "v", weak, kdf=FAST_KDF, today=TODAY)
    assert not (tmp_path / "v" / "vault.db").exists()


def test_the_year_comes_from_the_clock_given() -> None:
    """A year past zxcvbn's own list (it stops at 2019) is known because ``today`` says so."""
    assert "2031" in vs.guessable_words(date(2031, 2, 1))
    assert "2031" not in vs.guessable_words(TODAY)
    assert vs.passphrase_strength("Kestrel-2031!", today=TODAY).acceptable
    assert not vs.passphrase_strength("Kestrel-2031!", today=date(2031, 2, 1)).acceptable


@pytest.mark.parametrize("good", GOOD)
def test_a_good_passphrase_passes(good: str) -> None:
    assert vs.passphrase_strength(good, names=PROFILE.values(), today=TODAY).acceptable


@pytest.mark.parametrize("weak", WITH_NAMES)
def test_names_from_the_profile_make_a_passphrase_weak(tmp_path: Path, weak: str) -> None:
    vault, _ = vs.create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    with vault:
        RecordsService(vault, "tester").set_setting(PROFILE_SETTING, PROFILE)
        assert not vs.passphrase_strength(weak, names=vs.profile_names(vault), today=TODAY).acceptable
        with pytest.raises(vs.WeakPassphraseError):
            vs.change_passphrase(vault, PASSPHRASE, weak, today=TODAY)
    vs.open_vault(tmp_path / "v", PASSPHRASE).close()  # nothing changed


def test_the_profile_names_are_what_made_it_weak() -> None:
    """Without the profile the same passphrase scores as strong: the names are the reason."""
    assert vs.passphrase_strength("PriyaRamanathan2026", today=TODAY).acceptable


def test_recovery_refuses_a_new_passphrase_made_of_the_profile(tmp_path: Path) -> None:
    vault, code = vs.create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    with vault:
        RecordsService(vault, "tester").set_setting(PROFILE_SETTING, PROFILE)
    with pytest.raises(vs.WeakPassphraseError):
        vs.unlock_with_recovery_code(tmp_path / "v", code, "Priya Ramanathan 2026!", today=TODAY)
    vs.open_vault(tmp_path / "v", PASSPHRASE).close()


def test_a_good_passphrase_is_accepted_everywhere(tmp_path: Path) -> None:
    vault, code = vs.create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    with vault:
        RecordsService(vault, "tester").set_setting(PROFILE_SETTING, PROFILE)
        vs.change_passphrase(vault, PASSPHRASE, GOOD[1], today=TODAY)
    vs.unlock_with_recovery_code(tmp_path / "v", code, GOOD[2], today=TODAY).close()
    vs.open_vault(tmp_path / "v", GOOD[2]).close()
