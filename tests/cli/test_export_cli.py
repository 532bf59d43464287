"""``screening-app export`` as a newcomer meets it: honest messages that show
paths as typed, a PDF password long enough to protect the file, and help that
says where the PDF password comes from. Refusals change nothing on disk."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import modules_loaded, run

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"
SCENARIOS = Path(__file__).parents[1] / "data" / "scenarios"


@pytest.fixture
def stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    assert (
        run(monkeypatch, capsys, ["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"], PASSPHRASE)[0]
        == 0
    )
    code, out, _ = run(
        monkeypatch,
        capsys,
        ["import", str(SCENARIOS / "v03-classic-pattern.json"), "--data-dir", str(folder), "--passphrase-stdin"],
        PASSPHRASE,
    )
    assert code == 0
    return folder, out.strip()


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def export(monkeypatch, capsys, folder: Path, reference: str, pdf: Path, *extra: str, lines=(PASSPHRASE,)):
    args = ["export", reference, "--pdf", str(pdf), "--data-dir", str(folder), "--passphrase-stdin", *extra]
    return run(monkeypatch, capsys, args, *lines)


def refused(
    monkeypatch, capsys, tmp_path: Path, folder: Path, reference: str, pdf: Path, *extra: str, lines=(PASSPHRASE,)
) -> str:
    """The one-line message of a refusal (exit 2) that left every file as it was."""
    before = snapshot(tmp_path)
    code, out, err = export(monkeypatch, capsys, folder, reference, pdf, *extra, lines=lines)
    assert (code, out) == (2, ""), err
    assert err.count("\n") == 1 and err.startswith("screening-app: ") and "Traceback" not in err
    assert snapshot(tmp_path) == before
    return err.removeprefix("screening-app: ").rstrip("\n")


def test_a_reference_that_never_existed_is_not_found(stored, tmp_path, monkeypatch, capsys):
    folder, _ = stored
    message = refused(monkeypatch, capsys, tmp_path, folder, "NOPE", tmp_path / "x.pdf")
    assert message == "NOPE: no assessment has this reference (screening-app list shows them)"


def test_a_missing_folder_is_named_as_typed(stored, tmp_path, monkeypatch, capsys):
    folder, reference = stored
    target = tmp_path / "nonexist" / "x.pdf"
    message = refused(monkeypatch, capsys, tmp_path, folder, reference, target)
    assert message == f"{target}: the folder does not exist"


@pytest.mark.parametrize("password", ["x", "1234567"])
def test_short_pdf_passwords_are_refused(stored, tmp_path, monkeypatch, capsys, password):
    folder, reference = stored
    message = refused(
        monkeypatch, capsys, tmp_path, folder, reference, tmp_path / "x.pdf", "--protect", lines=(PASSPHRASE, password)
    )
    assert message == (
        "--protect: the PDF password needs at least 8 characters (three random words are easy to read out)"
    )


def test_eight_characters_are_enough(stored, tmp_path, monkeypatch, capsys):
    folder, reference = stored
    code, out, err = export(
        monkeypatch, capsys, folder, reference, tmp_path / "x.pdf", "--protect", lines=(PASSPHRASE, "8 chars!")
    )
    assert code == 0, err
    assert out.strip() == str(tmp_path / "x.pdf")


def test_help_says_where_the_pdf_password_comes_from(monkeypatch, capsys):
    with pytest.raises(SystemExit) as info:
        run(monkeypatch, capsys, ["export", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: screening-app export ")
    text = " ".join(out.split())
    assert "the next line on standard input, after the vault passphrase" in text
    assert "at least 8 characters" in text


def test_export_in_welsh_and_an_unknown_language_refused(monkeypatch, capsys, tmp_path, stored):

    folder, reference = stored
    pdf = tmp_path / "atgyfeiriad.pdf"
    code, out, err = export(monkeypatch, capsys, folder, reference, pdf, "--lang", "cy")
    assert (code, out.strip()) == (0, str(pdf)), err
    text = " ".join(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "SWYDDOGOL-SENSITIF" in text and "LEFEL DERFYNOL" in text and "OFFICIAL-SENSITIVE" not in text
    from screening_app.domain.loader import load_form_pack

    welsh, english = (load_form_pack(language=lang)["cse-screening"] for lang in ("cy", "en"))
    assert " ".join(welsh.levels.high.meaning.split()) in text  # the pack's own text, in Welsh
    assert " ".join(english.levels.high.meaning.split()) not in text
    assert "Paratowyd testun Cymraeg y ffurflen gan" in text  # until a Welsh-language reviewer has reviewed it
    assert "Dangosyddion a atebwyd ie neu posibl" in text and "Indicators answered yes" not in text
    message = refused(monkeypatch, capsys, tmp_path, folder, reference, tmp_path / "x.pdf", "--lang", "fr")
    assert "--lang" in message and "'fr'" in message


def _text(pdf: Path) -> str:

    return " ".join(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def _import_with_language(monkeypatch, capsys, tmp_path: Path, folder: Path, language: object) -> tuple[int, str, str]:
    import json

    case = json.loads((SCENARIOS / "v03-classic-pattern.json").read_text(encoding="utf-8"))
    case["child"]["language"] = language  # the child's recorded preference (issue 17)
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return run(monkeypatch, capsys, ["import", str(path), "--data-dir", str(folder), "--passphrase-stdin"],
               PASSPHRASE)


def test_without_lang_the_childs_recorded_preference_is_used_and_lang_overrides_it(monkeypatch, capsys, tmp_path,
                                                                                    stored):
    folder, english_child = stored  # the stored child has no preference recorded: English
    code, out, err = _import_with_language(monkeypatch, capsys, tmp_path, folder, "cy")
    assert code == 0, err
    welsh_child = out.strip()
    for reference, extra, welsh in ((welsh_child, (), True), (welsh_child, ("--lang", "en"), False),
                                    (english_child, (), False), (english_child, ("--lang", "cy"), True)):
        pdf = tmp_path / f"{reference}{''.join(extra)}.pdf"
        code, out, err = export(monkeypatch, capsys, folder, reference, pdf, *extra)
        assert (code, out.strip()) == (0, str(pdf)), err
        text = _text(pdf)
        assert ("SWYDDOGOL-SENSITIF" in text) is welsh and ("OFFICIAL-SENSITIVE" in text) is not welsh, (reference,
                                                                                                          extra)


def test_a_case_file_with_a_preference_this_app_does_not_record_is_refused(monkeypatch, capsys, tmp_path, stored):
    folder, _reference = stored
    before = snapshot(folder)
    for wrong, said in (("fr", "must be en (English) or cy (Welsh)"), ("Welsh", "must be en (English)"),
                        ("CY", "must be en (English)"), (1, "must be text")):
        code, out, err = _import_with_language(monkeypatch, capsys, tmp_path, folder, wrong)
        assert (code, out) == (2, "") and f"child.language: {said}" in err, err
        assert err.count("\n") == 1 and "Traceback" not in err
    assert snapshot(folder) == before


def test_the_export_command_loads_nothing_heavy_before_the_passphrase_is_read():
    """Issue 18: the passphrase's KDF (half a second by design) starts as soon as it is read and runs
    beside the loading of storage, pydantic and reportlab, so the command's own module must not load
    them first."""
    setup = "from screening_app.cli.main import build_parser\nbuild_parser(['export', 'CSE-1', '--pdf', 'x.pdf'])"
    heavy = ("pydantic", "reportlab", "sqlcipher3", "yaml", "cryptography")
    light = ("screening_app.services.early_unlock", "screening_app.storage.kdf", "screening_app.storage.errors",
             "screening_app.storage.wipe")
    assert modules_loaded(setup, heavy, ("screening_app.services.", "screening_app.storage."), light) == []


def test_a_damaged_form_pack_is_said_before_the_vault_is_opened(monkeypatch, capsys, tmp_path, stored):
    """The form pack now loads while the passphrase's KDF runs, before the vault is open: a form
    file that cannot be used is still one line and exit 2, never an 'unexpected internal error'."""
    from screening_app.domain.errors import FormError
    from screening_app.services import export

    def damaged(*_args, **_kwargs):
        raise FormError("E_YAML", "cse-screening.yaml", "", "not valid YAML")

    monkeypatch.setattr(export, "load_form_pack", damaged)
    folder, reference = stored
    err = refused(monkeypatch, capsys, tmp_path, folder, reference, tmp_path / "out.pdf")
    assert err.startswith(f"{reference}: ") and "not valid YAML" in err
