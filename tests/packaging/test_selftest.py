"""``--self-test`` in a source checkout: one JSON object, ok, and reasons instead of tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from intercom_wizard import resources
from intercom_wizard.ui import selftest
from tests.support.memory_keyring import MemoryKeyring
from tests.support.verify_process import ROOT, verify_environment


def test_a_complete_installation_passes(
    qapp: object,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copy = tmp_path / "report.json"
    monkeypatch.setenv(selftest.REPORT_FILE_ENV, str(copy))
    assert selftest.run_self_test() == selftest.EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["problems"] == []
    assert json.loads(copy.read_text()) == report
    checked = report["checked"]
    assert {"wizard", "templates", "illustrations", "icon", "translations"} <= set(checked)
    assert {"certificate", "keyring", "ca_bundle", "single_instance"} <= set(checked)
    assert checked["keyring"]["backend"]


def test_missing_resources_are_named_not_raised(
    qapp: object,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "illustrations").mkdir()
    (tmp_path / "illustrations" / "broken.svg").write_text("<svg")
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path)
    assert selftest.run_self_test() == selftest.EXIT_FAILED
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["ok"] is False
    problems = "\n".join(report["problems"])
    assert "templates: no *.html files in resources/templates" in problems
    assert "illustrations: Qt cannot draw broken.svg" in problems
    assert "icon: resources/icons/intercom-wizard.svg is missing" in problems
    assert "Traceback" not in captured.out + captured.err


def test_a_dummy_secret_goes_through_the_keyring_and_is_gone_after(
    qapp: object, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    assert selftest.run_self_test() == selftest.EXIT_OK
    keyring_report = json.loads(capsys.readouterr().out)["checked"]["keyring"]
    assert keyring_report["round_trip"] == "saved, read back and deleted a dummy secret"
    assert memory_keyring.entries == {}


class _ForgetfulKeyring(MemoryKeyring):
    """Says it saved, then reads back nothing: what a broken backend in a build looks like."""

    def get_password(self, service: str, username: str) -> str | None:
        return None


def test_a_keyring_that_loses_secrets_fails_the_self_test(
    qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(_ForgetfulKeyring())
    try:
        assert selftest.run_self_test() == selftest.EXIT_FAILED
    finally:
        keyring.set_keyring(previous)
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert problems == [
        "keyring: save/read/delete of a dummy secret failed: "
        "the secret read back is not the one saved"
    ]


PAGES = [
    "WELCOME",
    "WHERE",
    "CREATE_APP",
    "REDIRECT_URLS",
    "PERMISSIONS",
    "CREDENTIALS",
    "API_VERSION",
    "TEST",
    "RESULTS",
    "FINISH",
    "CYCLR_CHECK",
]


@pytest.mark.slow
def test_full_walks_the_wizard_from_welcome_to_finish(tmp_path: Path) -> None:
    """As support staff run it: Qt's -platform option on the command line, a real keyring
    backend in a child process (the tests' in-memory one), the real sandbox and listener."""
    env = {
        **verify_environment(tmp_path),
        "INTERCOM_WIZARD_SELF_TEST_REPORT": str(tmp_path / "report.json"),
    }
    env.pop("QT_QPA_PLATFORM", None)
    command = [sys.executable, "-m", "intercom_wizard", "-platform", "offscreen", "--self-test"]
    result = subprocess.run(
        [*command, "--full"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["checked"]["qt"]["platform_plugin"] == "offscreen"
    walk = report["checked"]["walk"]
    assert [page["page"] for page in walk["pages"]] == PAGES
    assert walk["token_requests"] == 2  # the wizard's consent test, then Cyclr's sign-in
    cyclr = walk["pages"][-1]
    assert "connector and account were removed" in cyclr["checked"]
    assert "MemoryKeyring" in walk["secret_store"]
    assert json.loads((tmp_path / "report.json").read_text()) == report
