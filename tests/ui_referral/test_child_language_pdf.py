"""Save PDF offers the child's recorded language preference first (issue 17): a Welsh-speaking
child's referral is offered in Welsh whatever the interface's language, an English-speaking child's
in English; a child without one is offered the interface's language, as before. The practitioner
can still choose. Real vaults and widgets; every child invented."""

from __future__ import annotations

import subprocess
from dataclasses import replace

from PySide6.QtWidgets import QLabel

from screening_app.ui.referral.save_dialog import SaveChoice, SavePdfDialog
from tests.ui_referral.helpers import completed_child, open_latest


def _prefer(window, child_id: int, language: str | None) -> None:
    records = window.session.records
    records.update_child(child_id, replace(records.get_child(child_id).details, language=language))


def test_save_pdf_offers_the_childs_language_first(qtbot, make_window, seeded, do_unlock, tmp_path, monkeypatch):
    from screening_app.ui import i18n

    window = make_window(seeded)
    do_unlock(window)
    child = completed_child(window, 1)
    _prefer(window, child, "cy")
    open_latest(window, child)
    actions = window.assessment.summary_panel.referral
    offered: list[str | None] = []

    def ask(parent, file_name, what, language=None):  # the real dialog, answered as a practitioner would
        offered.append(language)
        dialog = SavePdfDialog(parent, file_name, what, language)
        qtbot.addWidget(dialog)
        dialog.path.setText(str(tmp_path / "offered.pdf"))
        return dialog.choice()

    actions.ask_save = ask
    actions.save()
    qtbot.waitUntil(lambda: actions.status.text().startswith("Saved"), timeout=20_000)
    assert offered == ["cy"]
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "offered.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "SWYDDOGOL-SENSITIF" in text and "LEFEL DERFYNOL" in text

    welsh = SavePdfDialog(window, "x referral.pdf", "referral", "cy")
    qtbot.addWidget(welsh)
    assert welsh.language.currentData() == "cy" and welsh.findChild(QLabel, "savePdf.language.why") is not None
    welsh.language.setCurrentIndex(welsh.language.findData("en"))  # the practitioner may choose otherwise
    assert welsh.choice().language == "en"
    monkeypatch.setattr(i18n, "current", lambda: "cy")  # a Welsh interface, an English-speaking child
    english = SavePdfDialog(window, "x referral.pdf", "referral", "en")
    qtbot.addWidget(english)
    assert english.language.currentData() == "en"
    unrecorded = SavePdfDialog(window, "x referral.pdf", "referral", None)  # not recorded: the interface's
    qtbot.addWidget(unrecorded)
    assert unrecorded.language.currentData() == "cy" and unrecorded.findChild(QLabel, "savePdf.language.why") is None


def test_a_child_without_a_preference_is_offered_the_interface_language(qtbot, make_window, seeded, do_unlock,
                                                                        tmp_path):
    window = make_window(seeded)
    do_unlock(window)
    open_latest(window, completed_child(window, 1))
    actions = window.assessment.summary_panel.referral
    offered: list[str | None] = []
    actions.ask_save = lambda _p, _n, _w, language=None: offered.append(language) or SaveChoice(
        tmp_path / "plain.pdf", None)
    actions.save()
    qtbot.waitUntil(lambda: actions.status.text().startswith("Saved"), timeout=20_000)
    assert offered == [None]
