"""Settings tabs for looking after the records: backup now, restore into a new folder, and the
integrity check. Each runs in a worker thread with a progress bar and a plain-language result.
Their words are in the interface's language (context "Maintenance"), set again when it changes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QProgressBar, QVBoxLayout, QWidget

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words, translate
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.errors import explain
from screening_app.ui.shell.session import BACKUP_FOLDER_KEY, Session
from screening_app.ui.shell.workers import Progress, run_task
from screening_app.words import fill

STOP = QT_TRANSLATE_NOOP("Maintenance", "Stop")
STOPPING = QT_TRANSLATE_NOOP("Maintenance", "Stopping...")
PASSPHRASE_OF_BACKUP = QT_TRANSLATE_NOOP("Maintenance", "Passphrase of the backup")
HEALTHY = QT_TRANSLATE_NOOP("Maintenance", "No problems found. The records file is whole and readable: %1, %2, %3.%4")
PROBLEMS = QT_TRANSLATE_NOOP("Maintenance", "Problems were found in the records file. Nothing has been changed. Make "
                                            "a backup now if you can, then restore your latest good backup into a new "
                                            "folder, or ask IT support.")


def progress_bar(name: str, accessible: str) -> QProgressBar:
    bar = QProgressBar()
    w.named(bar, name, accessible)
    bar.setRange(0, 100)
    bar.setTextVisible(False)
    bar.setMaximumHeight(12)
    bar.hide()
    return bar


class Job:
    """A button, a progress bar and a result line wired to one worker task. Its words are English
    marked in the context "Maintenance", set again by ``retranslate`` (the owner's, on Qt's
    ``LanguageChange``): the result shown too."""

    def __init__(self, name: str, text: str, start: Callable[[], None], stopped: str = "", *,
                 progress: str = "", stop_name: str = "") -> None:
        """``stopped``: what stopping leaves, said when it happens; a job without one has no Stop button.
        ``progress`` and ``stop_name``: the progress bar's and the Stop button's accessible names."""
        self.words = Words("Maintenance")
        self.button = w.button("", f"{name}.start", start)
        self.words.say(self.button.setText, text)
        self.words.say(lambda said: self.button.setAccessibleName(said.replace("&", "").rstrip(".")), text)
        self.bar = progress_bar(f"{name}.progress", "")
        if progress:
            self.words.say(self.bar.setAccessibleName, progress)
        self.result = w.label("", "help", f"{name}.result")
        self.result.hide()
        self.stopped = stopped
        self.stop = w.button("", f"{name}.stop", self._ask_stop)
        self.words.say(self.stop.setText, STOP)
        if stop_name:
            self.words.say(self.stop.setAccessibleName, stop_name)
        self.stop.hide()
        self._stop_asked = threading.Event()
        self._stopping = False
        self._message: Callable[[], str] | None = None  # the result shown, said again in a new language

    def widgets(self) -> tuple[QWidget, ...]:
        return w.row(self.button, self.stop), self.bar, self.result

    def retranslate(self) -> None:
        self.words.retranslate()
        self.stop.setText(self.words.words(STOPPING if self._stopping else STOP))
        if self._message is not None:
            self.result.setText(self._message())

    def run(self, work: Callable[[Progress], Any], done: Callable[[Any], str | Callable[[], str]]) -> None:
        """``done`` gives the result's words, or a function saying them (said again when the language changes)."""
        self.button.setEnabled(False)
        self.bar.setValue(0)
        self.bar.show()
        self.result.hide()
        asked = self._stop_asked = threading.Event()  # each run its own: a late Stop never reaches the next

        def stoppable(emit: Progress) -> Any:
            def progress(fraction: float) -> None:
                if asked.is_set():  # honoured at the job's next step: a page batch, a check's step
                    raise vs().CancelledError()
                emit(fraction)
            return work(progress)

        if self.stopped:
            self._stopping = False
            self.stop.setText(self.words.words(STOP))
            self.stop.show()
            self.stop.setFocus()
        run_task(stoppable, lambda value: self._finish(done(value)), self._failed,
                 lambda fraction: self.bar.setValue(round(fraction * 100)))

    def _ask_stop(self) -> None:
        self._stop_asked.set()
        self._stopping = True
        self.stop.setText(self.words.words(STOPPING))  # kept enabled: disabling it would throw the focus elsewhere

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, vs().CancelledError):
            self._finish(lambda: self.words.words(self.stopped))
            self.bar.hide()  # a full bar would say it finished
        else:
            self._finish(lambda: explain(exc), True)

    def _finish(self, message: str | Callable[[], str], failed: bool = False) -> None:
        self._message = message if callable(message) else (lambda: message)
        self._stopping = False
        self.button.setEnabled(True)
        if self.stop.hasFocus():
            self.button.setFocus()
        self.stop.hide()
        self.bar.setValue(100 if not failed else self.bar.value())
        self.result.setProperty("role", "error" if failed else "help")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setText(self._message())
        self.result.show()

    def forget(self) -> None:
        """The result and the bar go (at lock)."""
        self._message = None
        self.result.hide()
        self.bar.hide()


def _box(words: Words, heading: str, intro: str, *parts: QWidget) -> QGroupBox:
    box = QGroupBox()
    words.say(box.setTitle, heading)
    layout = QVBoxLayout(box)
    layout.addWidget(label := w.label("", "intro"))
    words.say(label.setText, intro)
    for part in parts:
        layout.addWidget(part)
    return box


def _count(number: int, one: str, many: str) -> str:
    """'1 child', '1,204 drafts': one phrase for one, another for any other number."""
    return translate("Maintenance", one) if number == 1 else fill(translate("Maintenance", many), f"{number:,}")


def describe_health(report: Any) -> str:
    notes = "".join(f" {note}" for note in report.notes)  # a damaged journal's copy still in the folder
    if report.healthy:
        counts = report.counts
        return fill(translate("Maintenance", HEALTHY),
                    _count(counts.get("children", 0), QT_TRANSLATE_NOOP("Maintenance", "1 child"),
                           QT_TRANSLATE_NOOP("Maintenance", "%1 children")),
                    _count(counts.get("completed", 0), QT_TRANSLATE_NOOP("Maintenance", "1 completed assessment"),
                           QT_TRANSLATE_NOOP("Maintenance", "%1 completed assessments")),
                    _count(counts.get("drafts", 0), QT_TRANSLATE_NOOP("Maintenance", "1 draft"),
                           QT_TRANSLATE_NOOP("Maintenance", "%1 drafts")), notes)
    if report.journal and not report.problems:
        return report.journal + notes
    return translate("Maintenance", PROBLEMS) + notes


class RestoreBox(FollowsLanguage, QGroupBox):
    """Restore a backup into a new, empty folder; usable locked (from the unlock screen) or unlocked.
    ``switchFolder`` asks the window to lock and offer the restored records for unlocking. Its words
    follow the interface's language (the unlock screen and Settings show it while it is switched)."""

    switchFolder = Signal(Path)

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.words = Words("Maintenance")
        self.words.say(self.setTitle, QT_TRANSLATE_NOOP("Maintenance", "Restore"))
        self.choose_restore_file: Callable[[], str] = self._ask_restore_file
        self.choose_restore_folder: Callable[[], str] = self._ask_restore_folder
        self.restore = Job(f"{prefix}.restore", QT_TRANSLATE_NOOP("Maintenance", "Restore a backup..."),
                           self.start_restore,
                           progress=QT_TRANSLATE_NOOP("Maintenance", "Restore a backup... progress"),
                           stop_name=QT_TRANSLATE_NOOP("Maintenance", "Stop: Restore a backup"))
        self.restore_passphrase = w.line_edit(f"{prefix}.restore.passphrase", "", secret=True)
        self.words.say(self.restore_passphrase.setAccessibleName, PASSPHRASE_OF_BACKUP)
        self.words.say(self.restore_passphrase.setPlaceholderText, PASSPHRASE_OF_BACKUP)
        self.open_restored = w.button("", f"{prefix}.restore.open", self._open_restored)
        for setter in (self.open_restored.setText, self.open_restored.setAccessibleName):
            self.words.say(setter, QT_TRANSLATE_NOOP("Maintenance", "Open the restored records"))
        self.open_restored.hide()
        self._restored: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(intro := w.label("", "intro"))
        self.words.say(intro.setText, QT_TRANSLATE_NOOP("Maintenance", "Restores a backup into a new, empty folder. "
                                                                       "The current records are not changed."))
        for part in (w.narrow(self.restore_passphrase, 420), *self.restore.widgets(), w.row(self.open_restored)):
            layout.addWidget(part)


    def retranslate(self) -> None:
        self.words.retranslate()
        self.restore.retranslate()

    def start_restore(self) -> None:
        source = self.choose_restore_file()
        target = self.choose_restore_folder() if source else ""
        if not source or not target:
            return
        passphrase = self.restore_passphrase.text()
        self.open_restored.hide()

        def done(_result: object) -> Callable[[], str]:
            self._restored = Path(target)
            self.restore_passphrase.clear()
            self.open_restored.show()
            return lambda: self.words.words(QT_TRANSLATE_NOOP(
                "Maintenance", "Restored into %1. The restored records open with the backup's passphrase."), target)

        self.restore.run(lambda progress: vs().restore_vault(Path(source), Path(target), passphrase, progress),
                         done)

    def _open_restored(self) -> None:
        if self._restored is not None:
            self.open_restored.hide()
            self.switchFolder.emit(self._restored)

    def _ask_restore_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Maintenance", "Choose a backup"), str(Path.home()),
            translate("Maintenance", "CSE Screening backup (*.cseb);;All files (*)"))
        return path

    def _ask_restore_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, translate("Maintenance", "Choose an empty folder for the restored records"))

    def clear(self) -> None:
        self.restore_passphrase.clear()
        self.restore.forget()


class MaintenanceTab(QWidget):
    """Backup, restore and the integrity check for the open records: a Settings tab, so its words
    are set again when the interface's language changes."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.words = Words("Maintenance")
        self.choose_backup_file: Callable[[], str] = self._ask_backup_file
        self.backup = Job("settings.backup", QT_TRANSLATE_NOOP("Maintenance", "Back up now..."), self.start_backup,
                          stopped=QT_TRANSLATE_NOOP("Maintenance", "Stopped before the backup was finished: no "
                                                                   "backup was written."),
                          progress=QT_TRANSLATE_NOOP("Maintenance", "Back up now... progress"),
                          stop_name=QT_TRANSLATE_NOOP("Maintenance", "Stop: Back up now"))
        self.check = Job("settings.integrity", QT_TRANSLATE_NOOP("Maintenance", "Check the records"), self.start_check,
                         stopped=QT_TRANSLATE_NOOP("Maintenance", "Stopped before the check was finished. Nothing "
                                                                  "was changed."),
                         progress=QT_TRANSLATE_NOOP("Maintenance", "Check the records progress"),
                         stop_name=QT_TRANSLATE_NOOP("Maintenance", "Stop: Check the records"))
        self.restore_box = RestoreBox("settings")
        self.switchFolder = self.restore_box.switchFolder
        layout = QVBoxLayout(self)
        layout.addWidget(_box(self.words, QT_TRANSLATE_NOOP("Maintenance", "Backup"), QT_TRANSLATE_NOOP(
            "Maintenance", "A backup is one encrypted file; it opens with the passphrase in use when it was made. "
                           "Keep it on an encrypted drive or your organisation's network."), *self.backup.widgets()))
        layout.addWidget(self.restore_box)
        layout.addWidget(_box(self.words, QT_TRANSLATE_NOOP("Maintenance", "Integrity check"), QT_TRANSLATE_NOOP(
            "Maintenance", "Reads every page of the records file and checks the database structure."),
            *self.check.widgets()))
        layout.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # the restore box, a widget of its own, is told too
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.words.retranslate()
        self.backup.retranslate()
        self.check.retranslate()

    def start_backup(self) -> None:
        path = self.choose_backup_file()
        if not path:
            return
        vault = self.session.vault
        self.backup.run(lambda progress: vs().backup_vault(vault, Path(path), progress),
                        lambda _r: lambda: self.words.words(QT_TRANSLATE_NOOP("Maintenance", "Backup written to %1."),
                                                            path))

    def _ask_backup_file(self) -> str:
        folder = self.session.setting(BACKUP_FOLDER_KEY, "") or str(Path.home())
        name = f"cse-screening-backup-{self.session.clock.now():%Y-%m-%d-%H%M}.cseb"
        path, _ = QFileDialog.getSaveFileName(self, translate("Maintenance", "Back up the records"),
                                              str(Path(folder) / name),
                                              translate("Maintenance", "CSE Screening backup (*.cseb)"))
        return path

    def start_check(self) -> None:
        vault = self.session.vault
        self.check.run(lambda progress: vs().check_vault(vault, progress),
                       lambda report: lambda: describe_health(report))

    def clear(self) -> None:
        self.restore_box.clear()
        for job in (self.backup, self.check):
            job.forget()


def vs():
    from screening_app.services import vault_service

    return vault_service
