"""Screenshots of the interface in Welsh at 1366x768 (issue 17): the child record, Settings, and
the assessment wizard (the child's page, a section with a Yes answered, the review and the
result) for the screening and the combined pack.

    PYTHONPATH=. xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/ui_shell/make_welsh_wizard_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.ui_shell.make_screenshots import OUT, _seed_module, settle  # noqa: E402
from tests.ui_shell.shot_support import new_records, styled_app, unlocked_window  # noqa: E402


def main() -> int:
    from screening_app.clock import FixedClock

    app = styled_app()
    clock = FixedClock(datetime(2026, 11, 2, 9, 0))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vault, records = new_records(folder, clock)
        _seed_module().seed_children(records, clock.today(), count=4)
        vault.close()
        window = unlocked_window(folder, clock)
        window.choose_language("cy")
        settle(app, 300)
        child_id = window.home.recent_model.summary(0).child_id
        window.open_child(child_id)
        settle(app, 300)
        window.grab().save(str(OUT / "child-record-cy.png"))
        window.show_settings()
        settle(app, 300)
        window.grab().save(str(OUT / "settings-cy.png"))
        window.settings_page.tabs.setCurrentIndex(window.settings_page.tabs.count() - 3)  # Team
        settle(app, 300)
        window.grab().save(str(OUT / "settings-team-cy.png"))
        for form_id, short in (("cse-screening", "screening"), ("child-exploitation", "exploitation")):
            window.start_assessment(form_id, child_id)
            wizard = window.assessment.wizard
            settle(app, 300)
            window.grab().save(str(OUT / f"wizard-cy-{short}-child.png"))
            section = wizard.session.form.sections[0]
            wizard.go(f"section:{section.id}")
            first = section.indicators[0].id
            wizard.session.set_answer(first, answer="yes")
            wizard.go(f"section:{section.id}")
            row = wizard.current_page().rows[first]
            row.show_entry(wizard.session.answer(first))
            settle(app, 300)
            window.grab().save(str(OUT / f"wizard-cy-{short}-section.png"))
            wizard.go("review")
            settle(app, 300)
            window.grab().save(str(OUT / f"wizard-cy-{short}-review.png"))
            wizard.session.set_answer(first, answer="yes", when="current", note="Gwelais i hyn ddydd Gwener.")
            wizard.go("result")
            settle(app, 300)
            window.grab().save(str(OUT / f"wizard-cy-{short}-result.png"))
            window.assessment.close_assessment()
            settle(app, 200)
        window.close()
    print("saved to", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
