"""Retention (issue 16) on a real vault: records due for review by date of birth + 25 years (the
organisation's own years, with its policy named), a decision to keep them with a reason and a next
date, and deletion that leaves no readable trace and an audit entry without personal data. Every
child invented; the clock is fixed, never today's date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from screening_app.clock import FixedClock
from screening_app.services.records import ChildDetails, RecordsService
from screening_app.services.retention import RetentionError, RetentionService
from screening_app.storage.vault import Vault
from tests.storage.pages import found_in_file


def _child(records: RecordsService, first: str, born: date | None, age: int | None = None) -> int:
    return records.create_child(ChildDetails(first_name=first, last_name="Invented", date_of_birth=born,
                                             approx_age=age))


def test_due_kept_and_deleted(vault, pack):
    now = FixedClock(datetime(2037, 3, 1, 9, 0))
    records = RecordsService(vault, "R Patel", pack, clock=now)
    old = _child(records, "Amberly", date(2011, 2, 1))  # due 1 Feb 2036
    young = _child(records, "Beatrix", date(2015, 6, 1))  # due 2040
    unknown = _child(records, "Cosima", None, age=14)  # recorded in 2037, about 14: due 2048
    service = RetentionService(vault, "R Patel", now)
    assert [d.child_id for d in service.due()] == [old] and service.due()[0].review_due == date(2036, 2, 1)
    service.set_rule(20, "Northshire records policy 4.2: date of birth + 20 years")
    assert [d.child_id for d in service.due()] == [old, young]  # 2031 and 2035
    with pytest.raises(RetentionError, match="say why"):
        service.keep(old, date(2040, 1, 1), " ")
    with pytest.raises(RetentionError, match="after today"):
        service.keep(old, date(2030, 1, 1), "a police investigation is open")
    service.keep(old, date(2040, 1, 1), "a police investigation is open (Op. Invented)")
    assert [d.child_id for d in service.due()] == [young]
    # no date of birth, about 14 when recorded on 1 Mar 2037: 20 - 14 years after, 1 Mar 2043
    assert unknown not in [d.child_id for d in service.due(date(2043, 2, 28))]
    assert unknown in [d.child_id for d in service.due(date(2043, 3, 1))]

    vault.checkpoint()
    assert found_in_file(Vault.db_path(vault.folder), vault._key, "Beatrix", "Amberly") == {"Beatrix", "Amberly"}
    service.delete(young)
    assert [d.child_id for d in service.due()] == []
    assert found_in_file(Vault.db_path(vault.folder), vault._key, "Beatrix", "Amberly") == {"Amberly"}  # no trace
    action, kind, record = vault.connection.execute(
        "SELECT action, record_kind, record_id FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert (action, kind, record) == ("retention.deleted", "child", young)


def test_the_records_looked_at_are_exactly_the_ones_that_can_be_due(vault, pack):
    """``due`` reads only records the date-of-birth index says could be due (3 s to 4 ms at 50,000
    children): on the boundary, on 29 February, and a decision to keep outranking a later rule."""
    now = FixedClock(datetime(2036, 2, 29, 9, 0))
    records = RecordsService(vault, "R Patel", pack, clock=now)
    on_the_day = _child(records, "Delphine", date(2011, 2, 28))  # 25 years today (2036 is a leap year: the 28th)
    leap = _child(records, "Esmé", date(2011, 3, 1))  # tomorrow
    born_29th = _child(records, "Fenella", date(2008, 2, 29))  # 25 in 2033, a year with no 29th: due 28 Feb
    service = RetentionService(vault, "R Patel", now)
    assert [d.child_id for d in service.due()] == [born_29th, on_the_day]
    assert leap in [d.child_id for d in service.due(date(2036, 3, 1))]
    service.set_rule(20, "Northshire records policy 4.2")
    kept = _child(records, "Gwendolen", date(2015, 6, 1))  # due 2035 under 20 years
    service.keep(kept, date(2036, 6, 1), "the police asked us to keep it")
    service.set_rule(30, "Northshire records policy 5.0")  # born 2015 + 30 is 2045, but the decision holds
    assert [d.child_id for d in service.due(date(2036, 6, 1))] == [kept]
