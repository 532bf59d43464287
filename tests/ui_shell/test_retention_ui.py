"""Settings, Retention (issue 16), keyboard first: the records due at date of birth + 25 years,
one kept with a reason and a next review, one deleted after a question. A real vault; the clock
stands in 2040 (children of the seed born before 2015 are due); every child invented."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt


def test_records_due_are_kept_with_a_reason_or_deleted(qtbot, make_window, seeded, do_unlock, clock):
    window = make_window(seeded)
    do_unlock(window)
    clock.at = datetime(2040, 1, 10, 9, 0)  # the date only: moving elapsed time would lock the window
    window.show_settings()
    settings = window.settings_page
    settings.tabs.setCurrentWidget(settings.retention)
    tab = settings.retention
    window.activateWindow()
    qtbot.waitUntil(tab.isVisible, timeout=3_000)
    due = [tab.list.item(i).text() for i in range(tab.list.count())]
    assert len(due) >= 2 and all(t.startswith("Due ") for t in due), due
    assert "IRMS" in tab.rule.text() and tab.rule.text().startswith(f"{len(due)} due now")
    first = tab.list.item(0).text()

    tab.list.setCurrentRow(0)
    qtbot.keyClick(tab, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # no reason: refused, nothing kept
    qtbot.waitUntil(lambda: tab.status.text().startswith("Not kept"), timeout=3_000)
    assert tab.list.item(0).text() == first
    qtbot.keyClicks(tab.reason, "A police investigation is still open")
    qtbot.keyClick(tab, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Kept "), timeout=3_000)
    assert "10 Jan 2041" in tab.status.text()
    assert first not in [tab.list.item(i).text() for i in range(tab.list.count())]

    asked = []
    tab.confirm = lambda question: asked.append(question) or True
    tab.list.setCurrentRow(0)
    before = window.session.records.counts()
    qtbot.keyClick(tab, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Deleted "), timeout=3_000)
    assert "cannot be undone" in asked[0] and "backup taken before" in asked[0]
    assert window.session.records.counts() != before
    assert date(2040, 1, 10) == clock.today()


def test_home_says_when_records_are_due_and_goes_to_them(qtbot, make_window, seeded, do_unlock, clock):
    window = make_window(seeded)
    do_unlock(window)
    home = window.home
    qtbot.waitUntil(lambda: bool(home.counts_label.text()), timeout=5_000)
    assert not home.retention_row.isVisible()  # today, nothing in the seed is 25 years past its birth
    clock.at = datetime(2040, 1, 10, 9, 0)
    home.refresh()
    qtbot.waitUntil(home.retention_row.isVisible, timeout=5_000)
    assert "due for retention review" in home.retention_label.text()
    due = int(home.retention_label.text().split()[0])
    home.retention_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.settings_page, timeout=3_000)
    assert window.settings_page.tabs.currentWidget() is window.settings_page.retention
    qtbot.waitUntil(lambda: window.settings_page.retention.list.count() == due, timeout=3_000)
