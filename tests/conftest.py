"""Shared fixtures: the installed form pack, scenario cases, a case builder.

No test touches the real user data folder: HOME and the XDG folders point
into a temporary directory for the whole session.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from screening_app.ui.none_guard import keep_none_alive

keep_none_alive()  # the suite's own Qt calls, as the app's: see screening_app/ui/none_guard.py

# Property tests run hypothesis's default number of examples in the suite;
# HYPOTHESIS_PROFILE=fuzz-long runs FUZZ_EXAMPLES per property with no time
# limits (scripts/fuzz-forms-long.sh). Tests that fix max_examples keep it.
settings.register_profile(
    "fuzz-long",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "20000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

DATA = Path(__file__).parent / "data"
SCENARIOS = sorted((DATA / "scenarios").glob("*.json"))
WIZARD_DATE = date(2026, 11, 1)
# "Now" for every test that asks a clock: no test reads the system date for an expected value.
TEST_NOW = datetime(2026, 11, 22, 10, 0)


@pytest.fixture(scope="session", autouse=True)
def _no_stray_temp_files(tmp_path_factory: pytest.TempPathFactory):
    """Every temporary file a test or the app makes goes to this folder (TMPDIR, for child
    processes too), and it must be empty at the end: a test that leaves a vault or a PDF in
    the shared temp folder fails the run (tests use ``tmp_path``; the app cleans up)."""
    import tempfile

    stray = tmp_path_factory.mktemp("stray-temp")
    saved = os.environ.get("TMPDIR")
    os.environ["TMPDIR"], tempfile.tempdir = str(stray), str(stray)
    yield
    os.environ.pop("TMPDIR") if saved is None else os.environ.update(TMPDIR=saved)
    tempfile.tempdir = None
    left = sorted(p.name for p in stray.iterdir())
    assert not left, f"left in the temp folder by the tests or the app: {left[:10]}"


@pytest.fixture(scope="session", autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory):
    home = tmp_path_factory.mktemp("home")
    saved = {k: os.environ.get(k) for k in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME")}
    os.environ.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    yield home
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(autouse=True)
def _qt_garbage_on_the_ui_thread(request: pytest.FixtureRequest):
    """As in the app (``ui/gc_guard.py``): once a test has a QApplication, cycles are collected
    on the UI thread only, so a worker thread (a PDF, a sync) never destroys a window left by an
    earlier test; after each test, what is due is collected here."""
    import gc

    if "qapp" in request.fixturenames:
        from screening_app.ui.gc_guard import collect_on_ui_thread

        collect_on_ui_thread(request.getfixturevalue("qapp"))
    yield
    if not gc.isenabled():
        from screening_app.ui.gc_guard import collect_due

        collect_due()


@pytest.fixture
def clock():
    """The application's clock, standing at ``TEST_NOW`` until a test moves it on."""
    from screening_app.clock import FixedClock

    return FixedClock(TEST_NOW)


@pytest.fixture(scope="session")
def pack():
    from screening_app.domain.loader import load_form_pack

    return load_form_pack()


@pytest.fixture
def make_wizard(qtbot, pack):
    """make_wizard(form_id, state=None) -> (wizard, saved states list): the Qt wizard on a fixed date."""
    from screening_app.domain.navigation import new_state
    from screening_app.ui.wizard import AssessmentWizard

    def build(form_id="cse-screening", state=None):
        saved: list[dict] = []
        form = pack[form_id]
        wizard = AssessmentWizard(form, state or new_state(form, WIZARD_DATE), lambda s: saved.append(s))
        qtbot.addWidget(wizard)
        wizard.resize(1366, 768)
        wizard.show()
        return wizard, saved

    return build


@pytest.fixture(scope="session")
def screening(pack):
    return pack["cse-screening"]


@pytest.fixture(scope="session")
def full_assessment(pack):
    return pack["cse-risk-assessment"]


def load_case(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def concern(when: str | None = "current", answer: str = "yes", note: str = "Seen by me in school.") -> dict:
    value = {"answer": answer, "note": note}
    if when:
        value["when"] = when
    return value


def case(
    answers: dict,
    *,
    dob: str | None = "2012-01-01",
    approx_age: int | None = None,
    form: str = "cse-screening",
    on: str = "2026-11-01",
    people: list | None = None,
) -> dict:
    child = {"date_of_birth": dob} if dob else {"approx_age": approx_age}
    return {"form": form, "assessed_on": on, "child": child, "answers": answers, "people": people or []}
