"""The main window: first run or unlock, then home, child records, assessments and settings.

Locking (idle, Ctrl+L, the menu) saves the open draft, writes any unsaved
screen state into the encrypted vault, clears every widget that held case
data, closes the vault and shows the unlock screen. Unlocking returns to the
same screen with the typing restored. Dialogs holding typing (the child picker,
an escalation, a review's or a correction's note) are *kept* (see ``keep``):
their snapshots go into the vault too and they are reopened, typing and caret
back, the way they were opened. The window title never names a child.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QStackedWidget

from screening_app.ui import i18n
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, Words, translate
from screening_app.ui.shell.session import RESUME_KEY, Session
from screening_app.words import fill

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent

    from screening_app.ui.shell.lock import IdleWatch, LockShortcutReach, SystemLockWatch
    from screening_app.ui.shell.unlock import UnlockPage
    from screening_app.ui.transfer.team_sync import TeamSyncer

WINDOW_TITLE = "CSE Screening"
WINDOW_SETTINGS = "window.ini"
MIN_USABLE = QSize(900, 600)  # a smaller remembered window (or one off-screen) is not restored
AFTER_PAINT_MS = 50
CONCERN = "concern"  # the child picker chooses a child for a new chronology entry


class MainWindow(QMainWindow):
    screenChanged = Signal(str)

    def __init__(self, session: Session, remember_geometry: bool = True) -> None:
        super().__init__()
        self.session = session
        self.words = Words("Menu")  # the menus and actions, set again when the language changes
        self.setObjectName("mainWindow")
        self.setAccessibleName("CSE Screening")
        self.setWindowTitle(WINDOW_TITLE)
        self.remember_geometry = remember_geometry
        # made when first needed, after the first paint: the idle and system-lock watches (they only
        # matter once records are open), the team's sync
        self._idle: IdleWatch | None = None
        self._system_lock: SystemLockWatch | None = None
        self._team_syncer: TeamSyncer | None = None
        self._watching_input = False  # the idle filter is installed after the first paint: see watch_input
        self.lock_reach: LockShortcutReach | None = None  # Ctrl+L inside dialogs: made at the first unlock
        self.journal_warning: Any = None  # what an unlock could not recover from a damaged journal
        self.receive_dialog: Any = None  # Records, Receive a child's file
        self._build_pages()
        self._build_menu()
        self._build_status_bar()
        self._restore_geometry()

    # ------------------------------------------------------------ building

    def _build_pages(self) -> None:
        """Only the first window is built at start (``start``: first run or unlock); the rest waits
        for the first paint or the first unlock."""
        if i18n.current() != (language := i18n.saved(self.session.folder)):
            i18n.use(language)  # the language chosen for this folder, before the first word is shown
        self._unlock_page: UnlockPage | None = None
        self.first_run: Any = None
        self.screens: dict[str, Any] = {}
        self.stack = QStackedWidget()
        self.stack.setObjectName("mainStack")
        self.setCentralWidget(self.stack)

    @property
    def idle(self) -> IdleWatch:
        """Locks after the idle minutes (the clock runs once unlocked: ``start`` in ``_after_unlock``)."""
        if self._idle is None:
            from screening_app.ui.shell.lock import IdleWatch

            self._idle = IdleWatch(self.session.clock)
            self._idle.idle.connect(self.lock)
        return self._idle

    @property
    def system_lock(self) -> SystemLockWatch:
        """Locks when the machine sleeps or the session is locked (armed at the first unlock)."""
        if self._system_lock is None:
            from screening_app.ui.shell.lock import watch_system_lock

            self._system_lock = watch_system_lock(self, self.lock)
        return self._system_lock

    @property
    def team_syncer(self) -> TeamSyncer:
        """The team's background sync and what the status bar says of it (issue 15)."""
        if self._team_syncer is None:
            from screening_app.ui.transfer.team_sync import TeamSyncer

            self._team_syncer = TeamSyncer(self.session, self)
            self._team_syncer.said.connect(self._team_said)
        return self._team_syncer

    @property
    def unlock_page(self) -> UnlockPage:
        """Built when first needed: at start when the folder holds records; after a first run, at the
        first lock (the first-run screen paints first without it)."""
        if self._unlock_page is None:
            from screening_app.ui.shell.unlock import UnlockPage

            page = self._unlock_page = UnlockPage(self.session)
            self.stack.addWidget(page)
            page.unlocked.connect(self._after_unlock)
            page.unlockStarted.connect(lambda: QTimer.singleShot(0, self._build_workspace))
            page.restoreRequested.connect(self.restore_while_locked)
            page.languageChosen.connect(self.choose_language)
        return self._unlock_page

    def choose_language(self, language: str) -> None:
        """The interface in ``language`` from now on, for this records folder (kept with the window's
        geometry; never case data). Screens translated so far change at once."""
        if i18n.use(language) and self.session.vault_exists():  # first run: kept once the records exist
            i18n.save(self.session.folder, language)

    def _build_first_run(self) -> None:
        if self.first_run is None:
            from screening_app.ui.shell.first_run import FirstRunPage

            self.first_run = FirstRunPage(self.session)
            self.stack.addWidget(self.first_run)
            self.first_run.completed.connect(self._after_first_run)
            self.first_run.languageChosen.connect(self.choose_language)

    def _after_first_run(self) -> None:
        i18n.save(self.session.folder, i18n.current())  # the folder exists now: keep the language chosen
        self._after_unlock()

    def watch_input(self) -> None:
        """Install the idle watch's application-wide event filter (once). Not in the constructor:
        a Python filter sees every event, and the first one about an object of a class PySide does
        not wrap makes Shiboken create every lazily loaded Qt class (~30 ms) before the first paint.
        The idle clock only runs once unlocked, and ``start`` resets it, so nothing is missed."""
        if not self._watching_input:
            self._watching_input = True
            QApplication.instance().installEventFilter(self.idle)

    def prepare(self) -> None:
        """Called once the first window is up: build the screens behind the lock while the
        practitioner types the passphrase, so neither start-up nor the KDF waits for them."""
        self.watch_input()
        self.fill_menus()
        if self.current_screen == "first_run":
            self.first_run.build_rest()
        if not self.screens and self.current_screen == "unlock":
            self._build_workspace()

    def _build_workspace(self) -> None:
        if self.screens:
            return
        from screening_app.ui.shell.assessment import AssessmentPage
        from screening_app.ui.shell.child_record import ChildRecordPage
        from screening_app.ui.shell.home import HomePage
        from screening_app.ui.shell.settings import SettingsPage

        s = self.session
        self.home, self.child_record = HomePage(s), ChildRecordPage(s)
        self.assessment, self.settings_page = AssessmentPage(s), SettingsPage(s)
        self.screens = {"home": self.home, "child": self.child_record, "assessment": self.assessment,
                        "settings": self.settings_page}
        for page in self.screens.values():
            self.stack.addWidget(page)
        self.home.openChild.connect(self.open_child)
        self.home.openAssessment.connect(self.open_assessment)
        self.home.newAssessment.connect(self.new_assessment)
        self.home.newRecoveryCode.connect(lambda: (self.show_settings(), self.settings_page.show_recovery()))
        for signal, tab in ((self.home.showTransfers, "transfers"), (self.home.showRetention, "retention")):
            signal.connect(lambda tab=tab: (self.show_settings(),
                                            self.settings_page.tabs.setCurrentWidget(getattr(self.settings_page, tab))))
        self.child_record.goHome.connect(self.go_home)
        self.child_record.openChild.connect(self.open_child)
        self.child_record.openAssessment.connect(self.open_assessment)
        self.child_record.correctAssessment.connect(self.correct_assessment)
        self.child_record.newAssessment.connect(self.start_assessment)
        self.child_record.chronology.recordConcern.connect(self.record_concern)
        self.child_record.chronology.correctEntry.connect(lambda entry: self.record_concern(entry=entry))
        self.assessment.closed.connect(self.open_child)
        self.settings_page.goHome.connect(self.go_home)
        self.settings_page.team.teamChanged.connect(self.team_syncer.start)  # started or joined in Settings
        self.settings_page.idleChanged.connect(lambda minutes: self.idle.start(minutes))
        self.settings_page.languageChosen.connect(self.choose_language)
        self.settings_page.maintenance.switchFolder.connect(self.switch_folder)

    def _action(self, text: str, name: str, slot: Any, shortcut: Any = None) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(self)
        self.words.say(action.setText, text)
        action.setObjectName(name)
        if shortcut is not None:  # by property: setShortcut()'s overloads build the Qt namespace (see widgets.py)
            action.setProperty("shortcut", QKeySequence(shortcut))
            action.setProperty("shortcutContext", "ApplicationShortcut")  # Qt.ShortcutContext.ApplicationShortcut
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menu(self) -> None:
        """The menu bar and its menus' titles; their actions come just after the first paint."""
        bar = self.menuBar()
        self.records_menu = bar.addMenu("")
        self.words.say(self.records_menu.setTitle, QT_TRANSLATE_NOOP("Menu", "&Records"))
        self.go_menu = bar.addMenu("")
        self.words.say(self.go_menu.setTitle, QT_TRANSLATE_NOOP("Menu", "&Go"))
        self.menus_filled = False

    def fill_menus(self) -> None:
        """The menus' actions and their shortcuts (once): right after the first paint (``ui.app``),
        or at the first unlock or ``prepare``, whichever comes first. Not before it: QAction and
        QKeySequence (with its StandardKey enum) cost PySide ~4 ms to make ready, and on the unlock
        and first-run screens every action but Quit is disabled anyway."""
        if self.menus_filled:
            return
        self.menus_filled = True
        from PySide6.QtGui import QKeySequence

        records, act = self.records_menu, self._action
        self.unlocked_actions = [
            act(QT_TRANSLATE_NOOP("Menu", "New &screening..."), "action.newScreening",
                lambda: self.new_assessment("cse-screening"), "Ctrl+N"),
            act(QT_TRANSLATE_NOOP("Menu", "New full &assessment..."), "action.newAssessment",
                lambda: self.new_assessment("cse-risk-assessment")),
            act(QT_TRANSLATE_NOOP("Menu", "New &exploitation screening..."), "action.newExploitationScreening",
                lambda: self.new_assessment("child-exploitation")),
            act(QT_TRANSLATE_NOOP("Menu", "&Home"), "action.home", self.go_home, "Ctrl+H"),
            act(QT_TRANSLATE_NOOP("Menu", "Se&ttings"), "action.settings", self.show_settings, "Ctrl+,"),
        ]
        self.lock_action = act(QT_TRANSLATE_NOOP("Menu", "&Lock now"), "action.lock", self.lock, "Ctrl+L")
        self.unlocked_actions.append(self.lock_action)
        for action in self.unlocked_actions[:3]:
            records.addAction(action)
        records.addSeparator()
        self.escalate_action = act(QT_TRANSLATE_NOOP("Menu", "Record a professional &disagreement..."),
                                   "action.recordEscalation", self.record_escalation)
        self.print_escalations_action = act(QT_TRANSLATE_NOOP("Menu", "&Print escalation summary..."),
                                            "action.printEscalations", self.print_escalations)
        self.concern_action = act(QT_TRANSLATE_NOOP("Menu", "Record a &concern..."), "action.recordConcern",
                                  self.record_concern, "Ctrl+K")
        records.addAction(self.concern_action)
        records.addAction(self.escalate_action)
        records.addAction(self.print_escalations_action)
        records.addSeparator()
        self.receive_action = act(QT_TRANSLATE_NOOP("Menu", "&Receive a child's file..."), "action.receiveTransfer",
                                  self.receive_transfer)
        records.addAction(self.receive_action)
        # Governance (issue 16): the designated safeguarding lead's anonymous report for governors
        self.picture_action = act(QT_TRANSLATE_NOOP("Menu", "Partnership p&icture..."), "action.partnershipPicture",
                                  self.partnership_picture)
        records.addAction(self.picture_action)
        records.addSeparator()
        records.addAction(self.lock_action)
        records.addAction(act(QT_TRANSLATE_NOOP("Menu", "&Quit"), "action.quit", self.close,
                              QKeySequence.StandardKey.Quit))
        for action in self.unlocked_actions[3:5]:
            self.go_menu.addAction(action)
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.words.retranslate()  # the menus (each Welsh item keeps a letter of its own for Alt)
            self._update_status()
        super().changeEvent(event)

    def _build_status_bar(self) -> None:
        self.folder_label = QLabel()
        self.folder_label.setObjectName("status.folder")
        self.lock_label = QLabel()
        self.lock_label.setObjectName("status.lock")
        self.team_label = QLabel()  # the team's sync, when this vault is in a team (issue 15)
        self.team_label.setObjectName("status.team")
        self.team_label.hide()
        self.statusBar().addWidget(self.folder_label, 1)
        self.statusBar().addPermanentWidget(self.team_label)
        self.statusBar().addPermanentWidget(self.lock_label)

    def _team_said(self, text: str) -> None:
        self.team_label.setText(text)
        self.team_label.setVisible(bool(text))

    def _update_status(self) -> None:
        unlocked = self.session.unlocked
        self.folder_label.setText(fill(translate("Window", "Records folder: %1"), self.session.folder))
        self.lock_label.setText(translate("Window", "Unlocked · Ctrl+L locks") if unlocked else
                                translate("Window", "Locked"))
        if not self.menus_filled:
            return
        for action in self.unlocked_actions:
            action.setEnabled(unlocked)
        has_child = unlocked and self.escalation_context()[0] is not None
        self.escalate_action.setEnabled(has_child)
        self.concern_action.setEnabled(unlocked)  # without a child on screen it asks which child
        self.receive_action.setEnabled(unlocked)
        self.picture_action.setEnabled(unlocked)
        self.print_escalations_action.setEnabled(has_child)

    # ------------------------------------------------------------ start, unlock, lock

    def start(self) -> None:
        """First run on an empty folder, else the unlock screen."""
        if self.session.vault_exists():
            self._show_unlock()
        else:
            self._build_first_run()
            self.stack.setCurrentWidget(self.first_run)
            self._set_screen("first_run")
            self.first_run.focus_first()

    def _show_unlock(self) -> None:
        self.unlock_page.reset()
        self.stack.setCurrentWidget(self.unlock_page)
        self._set_screen("unlock")
        self.unlock_page.passphrase.setFocus()

    def _after_unlock(self) -> None:
        self.fill_menus()
        self._build_workspace()
        self.watch_input()
        self.system_lock.watch_state()
        self.idle.start(self.session.idle_minutes())
        QTimer.singleShot(AFTER_PAINT_MS, self, self._watch_system)
        self._tell_journal()
        # Only when this vault is in a team, and its first sync waits a few seconds anyway: asking
        # (which imports the team's code, ~40 ms) waits until home has been painted.
        QTimer.singleShot(AFTER_PAINT_MS, self, self._start_team_sync)
        resume = self.session.setting(RESUME_KEY)
        if resume:
            self._resume(resume)
            QTimer.singleShot(AFTER_PAINT_MS, self._forget_resume)  # a write: not before the first paint
            dialogs = list(resume.get("dialogs") or [])
            if isinstance(resume.get("picker"), dict):  # written before dialogs were kept in general
                picker = resume["picker"]
                dialogs.append({"kind": "picker", "args": {"form_id": picker.get("form_id")}, "state": picker})
            for entry in dialogs:  # each back over the same screen, in the order they were opened
                if isinstance(entry, dict):
                    QTimer.singleShot(0, self, lambda entry=entry: self._reopen(entry))
        else:
            self.go_home()

    def _start_team_sync(self) -> None:
        if self.session.unlocked:  # not if locked meanwhile
            self.team_syncer.start()

    def _tell_journal(self) -> None:
        """The unlock found a damaged journal and kept a copy aside: say what was not recovered."""
        message = self.session.journal_message()
        if message:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, "Some recent work was not recovered", message,
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("journalWarning")
            box.setAccessibleName("Some recent work was not recovered")
            box.open()  # window-modal, not blocking: the screens behind are restored meanwhile
            self.journal_warning = box

    def _watch_system(self) -> None:
        """Once there are records to lock (never before the first paint): Ctrl+L from inside modal
        dialogs, and logind's sleep and session-lock signals on Linux."""
        if self.lock_reach is None:
            from screening_app.ui.shell.lock import LockShortcutReach

            self.lock_reach = LockShortcutReach(self.lock_action)
        self.system_lock.arm()

    def _forget_resume(self) -> None:
        if self.session.unlocked:
            self.session.set_setting(RESUME_KEY, None)

    def _resume(self, resume: dict[str, Any]) -> None:
        screen, state = resume.get("screen"), resume.get("state") or {}
        try:
            if screen == "child" and state.get("child_id") is not None:
                self.child_record.restore(state)
                self._show("child")
            elif screen == "assessment" and state.get("assessment_id"):
                self.assessment.restore(state)
                self._hook_wizard()
                self._show("assessment")
            elif screen == "settings":
                self.settings_page.restore(state)
                self._show("settings")
            else:
                self.go_home()
                self.home.restore(state)
        except Exception:  # the record may have gone; home is always safe ground
            self.go_home()

    def lock(self) -> None:
        if not self.session.unlocked:
            return
        from screening_app.ui.shell.keep import kept_dialogs, snapshots

        kept = kept_dialogs()
        dialogs = snapshots(kept)  # typing in dialogs: kept in the vault, never in a widget
        self._close_dialogs()
        screen = self.current_screen
        page = self.screens.get(screen)
        if self.screens:
            self.assessment.save_now()
        snapshot = {"screen": screen, "state": page.snapshot() if page is not None else {}}
        if dialogs:
            snapshot["dialogs"] = dialogs
        try:
            self.session.set_setting(RESUME_KEY, snapshot)
        finally:
            for dialog in kept:
                dialog.clear()
            for widget in self.screens.values():
                widget.clear()
            self.idle.stop()
            self.team_syncer.stop()
            self.session.lock()
            self._show_unlock()

    @staticmethod
    def _close_dialogs() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def _reopen(self, entry: dict[str, Any]) -> None:
        """Reopen a kept dialog the way it was opened, with its typing (``keep``)."""
        from screening_app.ui.shell.keep import kept_dialogs

        kind, args, state = str(entry.get("kind")), dict(entry.get("args") or {}), dict(entry.get("state") or {})
        if not self.session.unlocked or any(d.kept[0] == kind for d in kept_dialogs()):
            return
        record = self.child_record
        on_child = self.current_screen == "child" and record.child_id is not None
        try:
            if kind == "picker":
                self.new_assessment(str(args.get("form_id") or "cse-screening"), state)
            elif kind == "escalation" and args.get("escalation_id") is not None:
                if self.current_screen == "home":
                    self.home.edit_escalation(int(args["escalation_id"]), state)
            elif kind == "escalation" and args.get("child_id") is not None:
                self.record_escalation((int(args["child_id"]), args.get("assessment_id")), state)
            elif kind == "concern" and args.get("child_id") is not None:
                self.record_concern(int(args["child_id"]), self._entry(args), state)
            elif kind == "review" and on_child:
                record.start_review(state)
            elif kind == "correction" and on_child and record.has_assessment(int(args.get("assessment_id") or 0)):
                record.correct(int(args["assessment_id"]), state)
        except Exception:  # the record may have gone: the screen itself is back, and nothing crashes
            return

    def restore_while_locked(self) -> None:
        """From the unlock screen (a damaged vault): restore a backup into a new folder, then open it."""
        from PySide6.QtWidgets import QVBoxLayout

        from screening_app.ui.shell.maintenance import RestoreBox

        dialog = QDialog(self)
        dialog.setObjectName("restoreDialog")
        dialog.setWindowTitle("Restore from a backup")
        box = RestoreBox("unlock")
        box.switchFolder.connect(lambda folder: (dialog.accept(), self.switch_folder(folder)))
        QVBoxLayout(dialog).addWidget(box)
        self.restore_dialog = dialog
        dialog.open()

    def switch_folder(self, folder: Path) -> None:
        """Lock these records and offer the restored ones for unlocking."""
        self.lock()
        self.session.folder = Path(folder)
        self._show_unlock()

    # ------------------------------------------------------------ navigation

    @property
    def current_screen(self) -> str:
        return getattr(self, "_screen", "")

    def _set_screen(self, name: str) -> None:
        self._screen = name
        self._update_status()
        self.screenChanged.emit(name)

    def _show(self, name: str) -> None:
        self.stack.setCurrentWidget(self.screens[name])
        self._set_screen(name)

    def _leave_assessment(self) -> None:
        if self.current_screen == "assessment" and self.screens:
            self.assessment.save_now()
            self.assessment.clear()

    def go_home(self) -> None:
        if not self.session.unlocked:
            return
        self._leave_assessment()
        self.home.clear_search()
        self.home.refresh()
        self._show("home")
        self.home.search.setFocus()

    def show_settings(self) -> None:
        if not self.session.unlocked:
            return
        self._leave_assessment()
        self.settings_page.load()
        self._show("settings")

    def open_child(self, child_id: int) -> None:
        if not self.session.unlocked:
            return
        if not child_id:
            self.go_home()
            return
        self.child_record.show_child(child_id)
        self.session.record_opened(child_id)  # the audit trail: who opened it, and when
        self._show("child")

    def open_assessment(self, assessment_id: int, correction_reason: str | None = None) -> None:
        if not self.session.unlocked:
            return
        self.assessment.open(assessment_id, correction_reason)
        self._hook_wizard()
        self._show("assessment")

    # ------------------------------------------------------------ escalation (SPEC 9.3)

    def _hook_wizard(self) -> None:
        """The result page's "Record a professional disagreement..." opens the same dialog as the menu."""
        wizard = getattr(self.assessment, "wizard", None)
        if wizard is not None and wizard is not getattr(self, "_hooked_wizard", None):
            signal = getattr(wizard, "escalationRequested", None)
            if signal is not None:
                signal.connect(self.record_escalation)
            self._hooked_wizard = wizard

    def escalation_context(self) -> tuple[int | None, int | None]:
        """(child id, assessment id) of the record on screen, or (None, None) on other screens."""
        if not self.screens:
            return None, None
        screen = self.current_screen
        if screen == "child":
            return self.child_record.child_id, None
        current = getattr(self.assessment, "assessment", None)
        if screen == "assessment" and current is not None:
            return current.child_id, current.id
        return None, None

    def record_escalation(self, context: tuple[int, int | None] | None = None,
                          restore: dict[str, Any] | None = None) -> None:
        """For the record on screen (or ``context``: child, assessment); ``restore`` is the typing
        kept across a lock."""
        child_id, assessment_id = context or self.escalation_context()
        if not self.session.unlocked or child_id is None:
            return
        from screening_app.ui.escalation import EscalationDialog

        dialog = EscalationDialog(self.session, child_id, assessment_id, parent=self)
        if restore:
            dialog.restore(restore)
        dialog.finished.connect(dialog.deleteLater)
        self.escalation_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------ chronology (SPEC 11)

    def record_concern(self, child_id: int | None = None, entry: Any = None,
                       restore: dict[str, Any] | None = None) -> None:
        """A new chronology entry for the child on screen (or ``child_id``), or a correction of
        ``entry``; ``restore`` is the typing kept across a lock."""
        child_id = child_id or self.escalation_context()[0]
        if not self.session.unlocked:
            return
        if child_id is None:  # from home: which child? (the picker, as for a new screening)
            self.new_assessment(CONCERN)
            return
        from screening_app.ui.chronology import ConcernDialog

        dialog = ConcernDialog(self.session, child_id, entry, parent=self)
        if restore:
            dialog.restore(restore)
        dialog.saved.connect(lambda entry_id: self._chronology_changed(child_id, entry_id))
        dialog.finished.connect(dialog.deleteLater)
        self.concern_dialog = dialog
        dialog.open()

    def _entry(self, args: dict[str, Any]) -> Any:
        wanted = args.get("entry_id")
        if wanted is None:
            return None
        entries = self.session.chronology_service().for_child(int(args["child_id"]))
        return next(e for e in entries if e.id == int(wanted))

    def _chronology_changed(self, child_id: int, entry_id: int | None = None) -> None:
        if self.current_screen == "child" and self.child_record.child_id == child_id:
            self.child_record.chronology.show_child(child_id)
        wizard, assessment = self.assessment.wizard, self.assessment.assessment
        if wizard is not None and assessment is not None and assessment.child_id == child_id and entry_id:
            wizard.add_event(self.session.chronology_service().as_event(entry_id))

    def print_escalations(self) -> None:
        child_id, _assessment_id = self.escalation_context()
        if self.session.unlocked and child_id is not None:
            from screening_app.ui.escalation import print_summary

            print_summary(self, self.session, child_id)

    def receive_transfer(self) -> None:
        """A child's file from another school or practitioner (SPEC 13); its record opens after."""
        if not self.session.unlocked:
            return
        from screening_app.ui.transfer.receive_dialog import ReceiveDialog

        self.receive_dialog = ReceiveDialog(self, self.session)
        self.receive_dialog.finished.connect(lambda _r: self._received())
        self.receive_dialog.open()

    def partnership_picture(self) -> None:
        """Anonymous counts for a period, as charts, saved as PDF or CSV (issue 16)."""
        if not self.session.unlocked:
            return
        from screening_app.ui.governance.partnership_dialog import PartnershipDialog

        dialog = PartnershipDialog(self, self.session)
        dialog.finished.connect(dialog.deleteLater)
        self.picture_dialog = dialog
        dialog.open()

    def _received(self) -> None:
        dialog, self.receive_dialog = self.receive_dialog, None
        if dialog is None:
            return
        child = dialog.received_child
        dialog.clear()
        dialog.deleteLater()
        if child is not None and self.session.unlocked:
            self.open_child(child)

    def correct_assessment(self, assessment_id: int, reason: str) -> None:
        self.open_assessment(assessment_id, reason)

    def new_assessment(self, form_id: str, restore: dict[str, Any] | None = None) -> None:
        """Ask which child, then start (or, for ``CONCERN``, record a concern for that child).
        ``restore`` is the picker's typing kept across a lock."""
        if not self.session.unlocked:
            return
        from screening_app.ui.shell.child_picker import ChildPicker

        picker = ChildPicker(self.session, form_id, self)
        picker.addAction(self.lock_action)  # a modal dialog shadows the window's shortcuts: Ctrl+L too
        if restore:
            picker.restore(restore)
        accepted = picker.exec() == QDialog.DialogCode.Accepted
        child_id = picker.child_id
        picker.clear()
        picker.deleteLater()
        if accepted and child_id is not None and self.session.unlocked:
            self.record_concern(child_id) if form_id == CONCERN else self.start_assessment(form_id, child_id)

    def start_assessment(self, form_id: str, child_id: int) -> None:
        if not self.session.unlocked:
            return
        try:
            ref = self.session.records.start_assessment(child_id, form_id)
        except Exception as exc:  # a broken form pack, a full disk: say so, never crash, nothing lost
            from PySide6.QtWidgets import QMessageBox

            from screening_app.ui.shell.errors import explain

            QMessageBox.warning(self, "Could not start", explain(exc))
            return
        self.open_assessment(ref.id)

    # ------------------------------------------------------------ window

    def _window_settings(self) -> QSettings:
        """Window geometry only (never case data), kept in the data folder so portable
        mode leaves nothing outside it and each records folder remembers its window."""
        return QSettings(str(self.session.folder / WINDOW_SETTINGS), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        if self.remember_geometry:
            geometry = self._window_settings().value("window/geometry")
            if geometry is not None and self.restoreGeometry(geometry) and self._geometry_usable():
                return
        self._default_geometry()

    def _geometry_usable(self) -> bool:
        screen = self.screen().availableGeometry()
        size = self.size()
        big_enough = size.width() >= min(MIN_USABLE.width(), screen.width()) and size.height() >= min(
            MIN_USABLE.height(), screen.height()
        )
        return big_enough and screen.intersects(self.frameGeometry())

    def _default_geometry(self) -> None:
        """Most of the screen, up to 1280 x 800, centred."""
        screen = self.screen().availableGeometry()
        width = min(1280, int(screen.width() * 0.92))
        height = min(800, int(screen.height() * 0.92))
        self.resize(width, height)
        self.move(screen.x() + (screen.width() - width) // 2, screen.y() + (screen.height() - height) // 2)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.unlocked:
            self.lock()
        if self.remember_geometry:
            self._window_settings().setValue("window/geometry", self.saveGeometry())  # geometry only: no case data
        if self._idle is not None:
            QApplication.instance().removeEventFilter(self._idle)
        if self._system_lock is not None:
            self._system_lock.stop()
        if self.lock_reach is not None:
            self.lock_reach.stop()
        super().closeEvent(event)
