"""The practitioner's own details and local contacts, stored once (encrypted, in the
vault's settings) and used on every referral. No imports: the start-up screens use it."""

from __future__ import annotations

PROFILE_SETTING = "referrer_profile"  # keys are the form's referrer group fields
CONTACTS_SETTING = "local_contacts"

# (key, label, hint): printed with the level's required actions on the referral
LOCAL_CONTACTS = (
    ("mash_phone", "MASH / Children's Social Care", "phone number"),
    ("police_non_emergency", "Police (non-emergency)", "101"),
    ("out_of_hours", "Out-of-hours social care", "phone number"),
)
