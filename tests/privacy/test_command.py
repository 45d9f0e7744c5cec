"""``manage.py privacy_scan`` and ``manage.py warm_privacy``."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from practices.privacy import KINDS

ROOT = Path(__file__).resolve().parents[2]

CASE = (
    "Lotte Vandenberghe (°12/03/2014) woont in de Kerkstraat 12, 8750 Wingene.\r\n"
    "Mama is bereikbaar op 0475 12 34 56 of lotte.mama@telenet.be; "
    "rijksregisternummer 14.03.12-123.55. Ze zit in VBS De Regenboog.\n"
)
CLEAN = (
    "De zorgcoördinator plant de consultatie in fase 1, op dinsdag, in het schooljaar 2023-2024.\n"
)


def run(*args, stdin=None):
    """Call the command; returns (exit status, stdout)."""
    out = StringIO()
    kwargs = {"stdout": out}
    if stdin is not None:
        kwargs["stdin"] = StringIO(stdin)
    try:
        call_command("privacy_scan", *args, **kwargs)
    except SystemExit as exit_:
        return exit_.code, out.getvalue()
    return 0, out.getvalue()


def test_json_from_file_has_offsets_into_the_input(privacy_engine, tmp_path):
    path = tmp_path / "casus.txt"
    path.write_bytes(CASE.encode("utf-8"))  # keep the \r\n: offsets count it
    status, output = run("--json", str(path))
    assert status == 1
    findings = json.loads(output)
    assert findings, output
    for finding in findings:
        assert set(finding) == {"start", "end", "text", "kind"}
        assert finding["kind"] in KINDS
        assert CASE[finding["start"] : finding["end"]] == finding["text"]
    kinds = {f["text"]: f["kind"] for f in findings}
    assert kinds["Lotte Vandenberghe"] == "naam"
    assert kinds["12/03/2014"] == "datum"
    assert kinds["0475 12 34 56"] == "telefoon"
    assert kinds["lotte.mama@telenet.be"] == "email"
    assert kinds["14.03.12-123.55"] == "rijksregisternummer"
    assert kinds["VBS De Regenboog"] == "school"
    assert any(f["kind"] == "adres" and "Kerkstraat 12" in f["text"] for f in findings)


def test_json_from_stdin(privacy_engine):
    status, output = run("--json", "-", stdin=CASE)
    assert status == 1
    assert [f["text"] for f in json.loads(output)][0] == "Lotte Vandenberghe"


def test_nothing_found_exits_0(privacy_engine):
    status, output = run("--json", "-", stdin=CLEAN)
    assert status == 0
    assert json.loads(output) == []


def test_plain_output(privacy_engine):
    status, output = run("-", stdin=CASE)
    assert status == 1
    lines = output.strip().splitlines()
    assert lines[0] == "0-18\tnaam\tLotte Vandenberghe"
    assert lines[-1].endswith("identificerende gegevens gevonden.")

    status, output = run("-", stdin=CLEAN)
    assert status == 0
    assert output.strip() == "Geen identificerende gegevens gevonden."


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(CommandError) as error:
        run("--json", str(tmp_path / "bestaat-niet.txt"))
    assert error.value.returncode == 2


def test_real_process_exit_status_and_clean_json_stdout(privacy_engine):
    """Run as a separate process: exit status 1/0, and nothing but JSON on stdout
    (importing deduce would otherwise send log records to stdout)."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "leersteun.settings.test"}
    command = [sys.executable, "manage.py", "privacy_scan", "--json", "-"]
    found = subprocess.run(
        command, input=CASE.encode(), capture_output=True, cwd=ROOT, env=env, timeout=600
    )
    assert found.returncode == 1, found.stderr.decode()
    findings = json.loads(found.stdout.decode())
    assert CASE[findings[0]["start"] : findings[0]["end"]] == findings[0]["text"]

    clean = subprocess.run(
        command, input=CLEAN.encode(), capture_output=True, cwd=ROOT, env=env, timeout=600
    )
    assert clean.returncode == 0, clean.stderr.decode()
    assert json.loads(clean.stdout.decode()) == []


def test_warm_privacy(privacy_engine):
    out = StringIO()
    call_command("warm_privacy", stdout=out)
    assert "Cache" in out.getvalue()
