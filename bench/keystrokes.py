"""Keys it takes to do a standard screening, keyboard only, through the real main window.

A designated safeguarding lead between lessons: from home, "New screening" (Ctrl+N), a new child,
the child's legal status, the facts recorded once each in the chronology (Ctrl+K), each question
answered with its evidence ticked, the rest of each section answered in one key, the people of
concern, the decision record, the reflection, the review, and Complete. The scenario (six invented
facts about an invented 15-year-old) is ``bench/data/keystrokes-screening.json``.

Every key goes to the widget that has the focus, as a person's would (QTest, offscreen); to reach a
field the script presses Tab until the focus is there, and counts each press. Prints
``navigation keys: N, characters: M, pages: P, seconds: S``: navigation keys are every key that is
not a character of text (Tab, Enter, the answer digits, shortcuts); characters are the text typed.
Goal (issue 12): navigation keys <= 120, each fact typed once. ``--keys`` also prints every key.

Run: ``.venv/bin/python bench/keystrokes.py`` from the repository root.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

DATA = Path(__file__).with_name("data") / "keystrokes-screening.json"
PASSPHRASE = "tangerine otter carousel lamp"
GOAL = 120


class Driver:
    """Sends keys to whatever has the focus and counts them."""

    def __init__(self, window, show_keys: bool) -> None:
        from PySide6.QtCore import Qt

        self.Qt = Qt
        self.window = window
        self.show_keys = show_keys
        self.nav_keys = 0
        self.characters = 0
        self.kinds: Counter[str] = Counter()
        self.top = window

    def focus(self):
        """The focused widget of the window or dialog in front (``top``, set as dialogs open).
        (QApplication.activeModalWidget() returning None thousands of times trips a PySide
        reference-count bug, so the script says which window is in front.)"""
        widget = self.top.focusWidget()
        return widget if widget is not None else self.top

    def name(self) -> str:
        return self.focus().objectName()

    def key(self, key, modifiers=None, label: str = "", later: bool = False) -> None:
        """``later``: for a key that opens a modal dialog (its own event loop): sent from the
        event loop, so the script goes on inside the dialog's loop."""
        from PySide6.QtCore import QTimer
        from PySide6.QtTest import QTest

        modifiers = modifiers if modifiers is not None else self.Qt.KeyboardModifier.NoModifier
        self.keep_active()
        target = self.focus()
        words = label or key.name.removeprefix("Key_")
        if self.show_keys:
            print(f"  {words:<12} on {target.objectName() or type(target).__name__}")
        if later:
            QTimer.singleShot(0, lambda: QTest.keyClick(target, key, modifiers))
        else:
            QTest.keyClick(target, key, modifiers)
            self.keep_active()
        self.nav_keys += 1
        self.kinds[words] += 1

    def keep_active(self) -> None:
        """Offscreen, a popup built on the way (a choice list) can take the activation that a window
        manager leaves with the window; shortcuts need an active window, so the script gives it back
        (the focus stays where it was)."""
        from PySide6.QtWidgets import QApplication

        if not self.top.isActiveWindow():
            focused = self.top.focusWidget()
            self.top.activateWindow()
            QApplication.processEvents()
            if focused is not None and self.top.focusWidget() is not focused:
                focused.setFocus()

    def ctrl(self, key, label: str, later: bool = False) -> None:
        self.key(key, self.Qt.KeyboardModifier.ControlModifier, label, later)

    def alt(self, key, label: str) -> None:
        self.key(key, self.Qt.KeyboardModifier.AltModifier, label)

    def type(self, text: str) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClicks(self.focus(), text)
        self.characters += len(text)

    def letter(self, letter: str) -> None:
        """One key that chooses (an answer digit, a list item's first letter): a navigation key."""
        self.key(getattr(self.Qt.Key, f"Key_{letter.upper()}"), label=f"choose {letter}")

    def tab_to(self, name: str, limit: int = 40) -> None:
        for _ in range(limit):
            if self.name() == name:
                return
            self.key(self.Qt.Key.Key_Tab)
        raise RuntimeError(f"{limit} Tabs did not reach {name} (focus is on {self.name()!r})")


def wait(predicate: Callable[[], object], what: str, timeout: float = 10.0) -> Iterator[None]:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        yield


def run_script(d: Driver, window, scenario: dict) -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    Key = d.Qt.Key
    yield from wait(lambda: window.current_screen == "home", "home")
    d.ctrl(Key.Key_N, "Ctrl+N", later=True)  # the picker is modal
    yield from wait(lambda: (m := QApplication.activeModalWidget()) is not None and m.objectName() == "childPicker",
                    "the child picker")
    picker = QApplication.activeModalWidget()
    d.top = picker
    picker.activateWindow()  # what the window manager does for a new dialog
    yield from wait(picker.isActiveWindow, "the picker active")
    if picker.tabs.currentIndex() == 0:
        d.alt(Key.Key_N, "Alt+N")  # "A new child"
        yield
    child = scenario["child"]
    d.tab_to("childPicker.new.first_name")
    d.type(child["first_name"])
    d.tab_to("childPicker.new.last_name")
    d.type(child["last_name"])
    d.tab_to("childPicker.new.date_of_birth")
    d.type(child["date_of_birth"])
    d.key(Key.Key_Return, label="Enter")
    yield from wait(lambda: window.current_screen == "assessment" and window.assessment.wizard is not None,
                    "the wizard")
    wizard = window.assessment.wizard
    d.top = window
    window.activateWindow()  # the window manager gives the focus back when the dialog closes
    yield from wait(window.isActiveWindow, "the window active")
    d.tab_to("child.legal_status")
    d.letter(child["legal_status_key"])
    d.tab_to("child.placing_authority")
    d.type(child["placing_authority"])
    entry_ids = yield from record_facts(d, window, wizard, scenario["facts"])
    d.key(Key.Key_Return, label="Enter")  # Next
    pages = 1
    while True:
        yield from wait(lambda: True, "")
        page = wizard.session.current_page()
        pages += 1 if page.kind != "group" or page.ref != "child" else 0
        if page.kind == "section":
            yield from section(d, wizard, scenario["sections"][page.ref], entry_ids)
        elif page.kind == "group":
            yield from group(d, page.ref, scenario)
        elif page.kind == "reflective":
            d.type(scenario["reflection"])
            d.ctrl(Key.Key_Return, "Ctrl+Enter")
        elif page.kind == "review":
            d.key(Key.Key_Return, label="Enter")
        else:
            d.key(Key.Key_Return, label="Enter")  # Complete
            break
        try:  # a mnemonic (Alt+N) clicks after Qt's 100 ms press animation
            yield from wait(lambda p=page: wizard.session.current_page().id != p.id, "the next page", 2.0)
        except RuntimeError:
            raise RuntimeError(f"still on {page.id}: {[g.message for g in wizard.session.gaps(page.id)][:3]}") from None

    yield from wait(lambda: str(getattr(window.assessment.assessment.status, "value", "")) == "completed"
                    or str(window.assessment.assessment.status) == "completed", "completion")
    d.pages = pages
    done = window.assessment.assessment
    d.level = str(getattr(done.final_level, "value", done.final_level))
    d.evidence = sum(len(a.get("events") or []) for a in wizard.session.state["answers"].values())


def record_facts(d: Driver, window, wizard, facts: list[dict]) -> Iterator[None]:
    """Each fact once, into the chronology, while the screening is open (Ctrl+K)."""
    Key = d.Qt.Key
    ids: dict[str, str] = {}
    for fact in facts:
        d.ctrl(Key.Key_K, "Ctrl+K")
        yield from wait(lambda: getattr(window, "concern_dialog", None) is not None
                        and window.concern_dialog.isVisible(), "Record a concern")
        dialog = window.concern_dialog
        d.top = dialog
        dialog.activateWindow()
        yield from wait(dialog.isActiveWindow, "the dialog active")
        d.type(fact["what"])
        d.key(Key.Key_Tab)
        d.type(fact["date"])
        if fact["source"]:
            d.alt(getattr(Key, f"Key_{fact['source']}"), f"Alt+{fact['source']}")
            radio = d.focus()
            yield from wait(radio.isChecked, "the source")
            if fact.get("who"):
                d.key(Key.Key_Tab)
                d.type(fact["who"])
        before = len(wizard.session.state.get("events") or [])
        d.key(Key.Key_Return, label="Enter")
        yield from wait(lambda dialog=dialog: not dialog.isVisible(), "the concern saved")
        d.top = window
        window.activateWindow()
        yield from wait(window.isActiveWindow, "the window active")
        yield from wait(lambda b=before: len(wizard.session.state.get("events") or []) > b, "the entry in the wizard")
        ids[fact["id"]] = str(wizard.session.state["events"][-1]["id"])
    return ids


def section(d: Driver, wizard, plan: dict, entry_ids: dict[str, str]) -> Iterator[None]:
    from PySide6.QtWidgets import QWidget

    Key = d.Qt.Key
    for indicator, digit, when, facts in plan["answers"]:
        d.tab_to(f"{indicator}.answer")
        d.letter(digit)
        yield
        if d.name() == f"{indicator}.when":
            d.letter(when)
        picker = wizard.current_page().rows[indicator].evidence
        order = [w.objectName() for w in picker.tab_stops()]
        wanted = sorted((f"{indicator}.events.{entry_ids[f]}" for f in facts), key=order.index)
        for name in wanted:  # top to bottom, as a person reads them
            box = picker.findChild(QWidget, name)
            if box.isHidden():
                d.tab_to(picker.more.objectName())
                d.key(Key.Key_Space)  # "Other entries"
                yield
            d.tab_to(name)
            d.key(Key.Key_Space)
    page = wizard.current_page()
    if page.unanswered():
        d.alt(Key.Key_3 if plan["rest"] == "no" else Key.Key_4, "Alt+3" if plan["rest"] == "no" else "Alt+4")
        yield
    d.key(Key.Key_Return, label="Enter")


def group(d: Driver, ref: str, scenario: dict) -> Iterator[None]:
    Key = d.Qt.Key
    if ref == "people":
        d.alt(Key.Key_A, "Alt+A")  # Add an entry
        yield from wait(lambda: d.name().startswith("people.") and d.name() not in ("people.table", "people.add"),
                        "the new entry's first field")
        for index, value in enumerate(scenario["person"]):
            if index:
                d.key(Key.Key_Tab)
            d.type(value)
        d.key(Key.Key_Return, label="Enter")
    elif ref == "child_voice":
        d.type(scenario["child_words"])
        d.ctrl(Key.Key_Return, "Ctrl+Enter")
    elif ref == "consent":
        d.letter(scenario["parents_told_key"])
        d.key(Key.Key_Return, label="Enter")
    elif ref == "decision_record":
        decision = scenario["decision"]
        d.tab_to("decision_record.discussed_with")
        d.type(decision["discussed_with"])
        d.key(Key.Key_Tab)
        d.type(decision["agency"])
        d.key(Key.Key_Tab)
        d.letter(decision["decision_key"])
        d.key(Key.Key_Tab)
        d.type(decision["reason"])
        d.ctrl(Key.Key_Return, "Ctrl+Enter")
    else:  # nothing to add (the referrer is kept from the profile): Next
        d.alt(Key.Key_N, "Alt+N")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="keystrokes.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", type=Path, default=DATA, help="the scenario (JSON)")
    parser.add_argument("--keys", action="store_true", help="print every navigation key and where it went")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    scenario = json.loads(args.scenario.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="keystrokes-") as tmp:
        try:
            driver = drive(Path(tmp) / "records", scenario, args.keys)
        except RuntimeError as exc:
            print(f"stopped: {exc}", file=sys.stderr)
            return 1
    print(f"navigation keys: {driver.nav_keys}, characters: {driver.characters}, pages: {driver.pages}, "
          f"seconds: {driver.seconds:.1f}")
    print("  by key: " + ", ".join(f"{k} {n}" for k, n in driver.kinds.most_common()))
    facts = sum(len(f["what"]) for f in scenario["facts"])
    print(f"  level: {driver.level}; answers evidenced by chronology entries: {driver.evidence}; "
          f"the facts' own text: {facts} characters")
    print(f"  goal: navigation keys <= {GOAL}: {'met' if driver.nav_keys <= GOAL else 'NOT met'}")
    return 0


def prepare(folder: Path, scenario: dict):
    """A vault as a school's would be on the day: the referrer's profile set once, a few children."""
    from screening_app.clock import FixedClock
    from screening_app.domain.contacts import PROFILE_SETTING
    from screening_app.domain.loader import load_form_pack
    from screening_app.services import vault_service as vs
    from screening_app.services.records import ChildDetails, RecordsService

    clock = FixedClock(datetime.fromisoformat(scenario["today"]))
    kdf = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)
    vault, code = vs.create_vault(folder, PASSPHRASE, kdf)
    try:
        vs.confirm_recovery_code_saved(vault, code)
        records = RecordsService(vault, "bench", load_form_pack(), clock=clock)
        records.set_setting(PROFILE_SETTING, scenario["profile"])
        for first, last in scenario["other_children"]:
            records.create_child(ChildDetails(first_name=first, last_name=last))
    finally:
        vault.close()
    return clock, kdf


def drive(folder: Path, scenario: dict, show_keys: bool = False) -> Driver:
    """The whole screening, keys only, through the real main window; raises RuntimeError where it
    gets stuck. The window is closed and the vault locked afterwards."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from screening_app.ui.shell.main_window import MainWindow
    from screening_app.ui.shell.session import Session
    from screening_app.ui.shell.style import apply_style

    app = QApplication.instance() or QApplication([])
    clock, kdf = prepare(folder, scenario)
    apply_style(app)
    window = MainWindow(Session(folder, kdf=kdf, clock=clock), remember_geometry=False)
    window.system_lock.bus_address = f"unix:path={folder.parent / 'no-system-bus'}"
    window.resize(1366, 768)
    window.start()
    window.show()
    window.activateWindow()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.submit()
    driver = Driver(window, show_keys)
    steps = run_script(driver, window, scenario)
    outcome: dict[str, str] = {}
    # A local loop, not app.exec(): the application's own exit (aboutToQuit) shuts its workers
    # down, and the suite goes on using the same QApplication after this run.
    loop = QEventLoop()

    def pump() -> None:
        try:
            next(steps)
        except StopIteration:
            loop.quit()
        except Exception as exc:
            outcome["error"] = f"after {driver.nav_keys} navigation keys: {type(exc).__name__}: {exc}"
            loop.quit()

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(pump)
    started = time.perf_counter()
    timer.start()
    loop.exec()
    driver.seconds = time.perf_counter() - started
    timer.stop()
    window.session.lock()
    window.close()
    window.deleteLater()
    if "error" in outcome:
        raise RuntimeError(outcome["error"])
    return driver


if __name__ == "__main__":
    sys.exit(main())
