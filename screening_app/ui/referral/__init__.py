"""The referral PDF in the application: preview in a window (from memory, never a temp
file), save with an optional password, print; shared by the comparison PDF."""
