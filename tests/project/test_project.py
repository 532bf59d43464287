"""Project-wide guarantees: layering, lint, schema drift, and a non-editable install."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.project.test_self_test import check_self_test_output

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def test_import_layers_hold():
    proc = subprocess.run([tool("lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]


def test_ruff_clean():
    paths = [p for p in ("screening_app", "tests", "bench") if (ROOT / p).is_dir()]
    proc = subprocess.run(
        [tool("ruff"), "check", "--no-cache", *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-4000:]


def test_form_schema_file_matches_models():
    from screening_app.domain.schema_export import form_json_schema

    committed = (ROOT / "forms" / "schema.json").read_text(encoding="utf-8")
    assert committed == form_json_schema(), "run: screening-app forms schema > forms/schema.json"


def test_nothing_reads_shared_folder():
    for path in [*ROOT.glob("screening_app/**/*.py"), *ROOT.glob("tests/**/*.py"), *ROOT.glob("bench/*.py")]:
        text = path.read_text(encoding="utf-8")
        assert "../shared" not in text.replace('"../shared"', "") or path.name == "test_project.py", path


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if proc.returncode != 0:  # no hatchling in this environment: build in isolation
        proc = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return next(out.glob("*.whl"))


def test_wheel_carries_forms_and_resources(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "screening_app/_data/forms/cse-screening.yaml" in names
    assert "screening_app/_data/forms/cse-risk-assessment.yaml" in names
    assert any(n.startswith("screening_app/_data/resources/") for n in names)


def test_installed_wheel_scores_every_case(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    code = "import screening_app, sys; print(screening_app.__file__)"
    where = subprocess.run([sys.executable, "-c", code], cwd=outside, env=env, capture_output=True, text=True)
    assert where.stdout.startswith(str(target)), where.stdout + where.stderr
    for case in sorted((ROOT / "tests" / "data" / "scenarios").glob("*.json")):
        proc = subprocess.run(
            [sys.executable, "-m", "screening_app", "score", str(case)],
            cwd=outside,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        expect_error = '"error": true' in case.read_text()
        assert (proc.returncode != 0) is expect_error, case.name + proc.stderr
    proc = subprocess.run([sys.executable, "-m", "screening_app", "--self-test"], cwd=outside,
                          env={**env, "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, timeout=300)
    check_self_test_output(proc)
