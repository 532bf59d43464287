"""Settings tabs for looking after the records: backup now, restore into a new folder, and the
integrity check. Each runs in a worker thread with a progress bar and a plain-language result."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QProgressBar, QVBoxLayout, QWidget

from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.errors import explain
from screening_app.ui.shell.session import BACKUP_FOLDER_KEY, Session
from screening_app.ui.shell.workers import Progress, run_task


def progress_bar(name: str, accessible: str) -> QProgressBar:
    bar = QProgressBar()
    w.named(bar, name, accessible)
    bar.setRange(0, 100)
    bar.setTextVisible(False)
    bar.setMaximumHeight(12)
    bar.hide()
    return bar


class Job:
    """A button, a progress bar and a result line wired to one worker task."""

    def __init__(self, name: str, text: str, start: Callable[[], None], stopped: str = "") -> None:
        """``stopped``: what stopping leaves, said when it happens; a job without one has no Stop button."""
        self.button = w.button(text, f"{name}.start", start)
        self.bar = progress_bar(f"{name}.progress", f"{text} progress")
        self.result = w.label("", "help", f"{name}.result")
        self.result.hide()
        self.stopped = stopped
        self.stop = w.button("Stop", f"{name}.stop", self._ask_stop, accessible=f"Stop: {text.rstrip('.')}")
        self.stop.hide()
        self._stop_asked = threading.Event()

    def widgets(self) -> tuple[QWidget, ...]:
        return w.row(self.button, self.stop), self.bar, self.result

    def run(self, work: Callable[[Progress], Any], done: Callable[[Any], str]) -> None:
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
            self.stop.setText("Stop")
            self.stop.show()
            self.stop.setFocus()
        run_task(stoppable, lambda value: self._finish(done(value)), self._failed,
                 lambda fraction: self.bar.setValue(round(fraction * 100)))

    def _ask_stop(self) -> None:
        self._stop_asked.set()
        self.stop.setText("Stopping...")  # kept enabled: disabling it would throw the focus elsewhere

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, vs().CancelledError):
            self._finish(self.stopped)
            self.bar.hide()  # a full bar would say it finished
        else:
            self._finish(explain(exc), True)

    def _finish(self, message: str, failed: bool = False) -> None:
        self.button.setEnabled(True)
        if self.stop.hasFocus():
            self.button.setFocus()
        self.stop.hide()
        self.bar.setValue(100 if not failed else self.bar.value())
        self.result.setProperty("role", "error" if failed else "help")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setText(message)
        self.result.show()


def _box(heading: str, intro: str, *parts: QWidget) -> QGroupBox:
    box = QGroupBox(heading)
    layout = QVBoxLayout(box)
    layout.addWidget(w.label(intro, "intro"))
    for part in parts:
        layout.addWidget(part)
    return box


def describe_health(report: Any) -> str:
    notes = "".join(f" {note}" for note in report.notes)  # a damaged journal's copy still in the folder
    if report.healthy:
        counts = report.counts
        return (f"No problems found. The records file is whole and readable: "
                f"{fmt.count(counts.get('children', 0), 'child', 'children')}, "
                f"{fmt.count(counts.get('completed', 0), 'completed assessment')}, "
                f"{fmt.count(counts.get('drafts', 0), 'draft')}.{notes}")
    if report.journal and not report.problems:
        return report.journal + notes
    return ("Problems were found in the records file. Nothing has been changed. Make a backup now if you can, "
            "then restore your latest good backup into a new folder, or ask IT support." + notes)


class RestoreBox(QGroupBox):
    """Restore a backup into a new, empty folder; usable locked (from the unlock screen) or unlocked.
    ``switchFolder`` asks the window to lock and offer the restored records for unlocking."""

    switchFolder = Signal(Path)

    def __init__(self, prefix: str) -> None:
        super().__init__("Restore")
        self.choose_restore_file: Callable[[], str] = self._ask_restore_file
        self.choose_restore_folder: Callable[[], str] = self._ask_restore_folder
        self.restore = Job(f"{prefix}.restore", "Restore a backup...", self.start_restore)
        self.restore_passphrase = w.line_edit(f"{prefix}.restore.passphrase", "Passphrase of the backup",
                                              "Passphrase of the backup", secret=True)
        self.open_restored = w.button("Open the restored records", f"{prefix}.restore.open", self._open_restored)
        self.open_restored.hide()
        self._restored: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(w.label("Restores a backup into a new, empty folder. The current records are not "
                                 "changed.", "intro"))
        for part in (w.narrow(self.restore_passphrase, 420), *self.restore.widgets(), w.row(self.open_restored)):
            layout.addWidget(part)

    def start_restore(self) -> None:
        source = self.choose_restore_file()
        target = self.choose_restore_folder() if source else ""
        if not source or not target:
            return
        passphrase = self.restore_passphrase.text()
        self.open_restored.hide()

        def done(_result: object) -> str:
            self._restored = Path(target)
            self.restore_passphrase.clear()
            self.open_restored.show()
            return f"Restored into {target}. The restored records open with the backup's passphrase."

        self.restore.run(lambda progress: vs().restore_vault(Path(source), Path(target), passphrase, progress),
                         done)

    def _open_restored(self) -> None:
        if self._restored is not None:
            self.open_restored.hide()
            self.switchFolder.emit(self._restored)

    def _ask_restore_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, "Choose a backup", str(Path.home()),
                                              "CSE Screening backup (*.cseb);;All files (*)")
        return path

    def _ask_restore_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, "Choose an empty folder for the restored records")

    def clear(self) -> None:
        self.restore_passphrase.clear()
        self.restore.result.hide()
        self.restore.bar.hide()


class MaintenanceTab(QWidget):
    """Backup, restore and the integrity check for the open records."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.choose_backup_file: Callable[[], str] = self._ask_backup_file
        self.backup = Job("settings.backup", "Back up now...", self.start_backup,
                          stopped="Stopped before the backup was finished: no backup was written.")
        self.check = Job("settings.integrity", "Check the records", self.start_check,
                         stopped="Stopped before the check was finished. Nothing was changed.")
        self.restore_box = RestoreBox("settings")
        self.switchFolder = self.restore_box.switchFolder
        layout = QVBoxLayout(self)
        layout.addWidget(_box("Backup", "A backup is one encrypted file; it opens with the passphrase in use "
                              "when it was made. Keep it on an encrypted drive or your organisation's network.",
                              *self.backup.widgets()))
        layout.addWidget(self.restore_box)
        layout.addWidget(_box("Integrity check", "Reads every page of the records file and checks the "
                              "database structure.", *self.check.widgets()))
        layout.addStretch(1)

    def start_backup(self) -> None:
        path = self.choose_backup_file()
        if not path:
            return
        vault = self.session.vault
        self.backup.run(lambda progress: vs().backup_vault(vault, Path(path), progress),
                        lambda _r: f"Backup written to {path}.")

    def _ask_backup_file(self) -> str:
        folder = self.session.setting(BACKUP_FOLDER_KEY, "") or str(Path.home())
        name = f"cse-screening-backup-{self.session.clock.now():%Y-%m-%d-%H%M}.cseb"
        path, _ = QFileDialog.getSaveFileName(self, "Back up the records", str(Path(folder) / name),
                                              "CSE Screening backup (*.cseb)")
        return path

    def start_check(self) -> None:
        vault = self.session.vault
        self.check.run(lambda progress: vs().check_vault(vault, progress), describe_health)

    def clear(self) -> None:
        self.restore_box.clear()
        for job in (self.backup, self.check):
            job.result.hide()
            job.bar.hide()


def vs():
    from screening_app.services import vault_service

    return vault_service
