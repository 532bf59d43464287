"""Retention (SPEC 13, issue 16): which children's records are due for review, and the review's
outcome: keep (with the reason and the next date) or delete (no readable trace; the journal
checkpointed; in a team every member erases too). The rule is a setting with the organisation's
policy named (``retention.rule``: {"years": 25, "policy": "..."}); a backup taken before keeps its
copy, which is the organisation's choice (the README says so)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.domain.retention import Rule, review_due
from screening_app.storage.casework import Casework
from screening_app.storage.retention import RetentionStore

RULE_SETTING = "retention.rule"


@dataclass(frozen=True)
class Due:
    child_id: int
    name: str
    date_of_birth: date | None
    review_due: date
    reference: str | None
    last_reason: str | None  # why it was kept last time, if it was


class RetentionError(ValueError):
    """Bad input (a reason missing, a date in the past); nothing was changed."""


class RetentionService:
    def __init__(self, vault: Any, actor: str = "unknown", clock: Clock = SYSTEM_CLOCK) -> None:
        self.vault, self.clock = vault, clock
        self.store = RetentionStore(vault.connection, actor, clock)

    def rule(self) -> Rule:
        value = Casework(self.vault.connection).get_setting(RULE_SETTING) or {}
        return Rule(int(value.get("years", Rule.years)), str(value.get("policy", Rule.policy)))

    def set_rule(self, years: int, policy: str) -> None:
        if not 1 <= years <= 100 or not policy.strip():
            raise RetentionError("give the number of years (1 to 100) and name the organisation's policy")
        Casework(self.vault.connection).set_setting(RULE_SETTING, {"years": years, "policy": policy.strip()})

    def due(self, on: date | None = None) -> list[Due]:
        """Records due for review on or before ``on`` (today), the longest overdue first."""
        today = on or self.clock.today()
        rule, found = self.rule(), []
        # Born after this, a record with a date of birth cannot be due (a day's slack for 29 February).
        born_by = date(today.year - rule.years, 3, 1) if (today.month, today.day) == (2, 29) else \
            today.replace(year=today.year - rule.years)
        for facts in self.store.facts(born_by + timedelta(days=1)):
            when = review_due(rule, facts.date_of_birth, facts.approx_age, facts.first_recorded, facts.kept_until)
            if when <= today:
                found.append(Due(facts.child_id, facts.name, facts.date_of_birth, when, facts.reference,
                                 facts.last_reason))
        return sorted(found, key=lambda d: (d.review_due, d.child_id))

    def keep(self, child_id: int, until: date, reason: str) -> None:
        if not reason.strip():
            raise RetentionError("say why the record is kept (for example: a police investigation is open)")
        if until <= self.clock.today():
            raise RetentionError("the next review must be after today")
        self.store.keep(child_id, until, reason.strip())

    def delete(self, child_id: int) -> None:
        self.store.delete(child_id)
        self.vault.checkpoint()  # no earlier page image left in the journal
