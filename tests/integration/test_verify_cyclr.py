"""``intercom-wizard verify-cyclr`` end to end: a real process, real sandboxes, a scripted browser.

Each test starts the command as support staff would, waits for the sign-in address on standard
error, does the browser's part through the sandbox Cyclr and the sandbox Intercom, and checks
the exit code, the JSON and what is left in the sandbox Cyclr.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from intercom_wizard.cyclr_command import URL_LINE as URL_SENTENCE
from intercom_wizard.progress import ProgressFile
from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_SECRET
from intercom_wizard.sandbox.cyclr.behaviour import (
    SANDBOX_CYCLR_CLIENT_ID,
    SANDBOX_CYCLR_CLIENT_SECRET,
)
from intercom_wizard.sandbox.cyclr.browser import sign_in_through_cyclr
from intercom_wizard.sandbox.cyclr.faults import CyclrFaults
from intercom_wizard.sandbox.cyclr.server import SandboxCyclr
from intercom_wizard.sandbox.server import SandboxIntercom
from tests.support.network import free_port

ROOT = Path(__file__).resolve().parents[2]
URL_LINE = URL_SENTENCE.format(url="")  # how the line with the address starts, in English
BASE_ARGS = [
    "--cyclr-client-id",
    SANDBOX_CYCLR_CLIENT_ID,
    "--cyclr-location",
    "eu",
    "--service-domain",
    "acme-h.cyclr.com",
    "--no-browser",
    "--json",
]


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str
    page: tuple[int, str, str] | None

    @property
    def json(self) -> dict[str, Any]:
        return json.loads(self.stdout)  # type: ignore[no-any-return]


def _environment(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INTERCOM_", "CYCLR_"))}
    env.update(
        INTERCOM_WIZARD_HOME=str(home),
        PYTHON_KEYRING_BACKEND="tests.support.memory_keyring.MemoryKeyring",
        PYTHONPATH=str(ROOT),
        BROWSER="false",
    )
    env.update(extra or {})
    return env


def run(
    home: Path,
    *args: str,
    browse: bool = True,
    say_done: bool = False,
    env: dict[str, str] | None = None,
    timeout: str = "15",
    stdin_first: str = "",
) -> Outcome:
    command = [sys.executable, "-m", "intercom_wizard", "verify-cyclr", *BASE_ARGS, *args]
    if "--timeout" not in args:
        command += ["--timeout", timeout]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=_environment(home, env),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None and process.stdin is not None
    if stdin_first:
        process.stdin.write(stdin_first)
        process.stdin.flush()
    seen: list[str] = []
    url = None
    for line in process.stderr:
        seen.append(line)
        if line.startswith(URL_LINE):
            url = line[len(URL_LINE) :].strip()
            break
    page = None
    if url is not None and browse:
        box: list[tuple[int, str, str]] = []
        thread = threading.Thread(target=lambda: box.append(sign_in_through_cyclr(url)))
        thread.start()
        thread.join(30)
        page = box[0] if box else None
    if url is not None and say_done:
        process.stdin.write("\n")
        process.stdin.flush()
    stdout, rest = process.communicate(timeout=90)
    return Outcome(process.returncode, stdout, "".join(seen) + rest, page)


def test_happy_path_signs_in_and_removes_everything(tmp_path: Path) -> None:
    outcome = run(tmp_path, "--sandbox", "--api-version", "2.11")
    assert outcome.code == 0, outcome.stderr
    result = outcome.json
    assert result["ok"] is True and result["error"] is None
    assert result["verdict"] == "authenticated" and result["authenticated"] is True
    assert result["account"]["created"] is True
    assert [c["version"] for c in result["connectors"]] == ["2.9", "2.10", "2.11"]
    assert [c["matches"] for c in result["connectors"]] == [False, False, True]
    assert result["connector"] == {"id": "5103", "name": "Intercom", "version": "2.11"}
    assert result["cleanup"] == {"connector_removed": True, "account_removed": True}
    assert outcome.page is not None and outcome.page[0] == 200
    assert "Back from Cyclr" in outcome.page[1]
    assert "Intercom setup check" in outcome.stderr  # said what it creates, before it did


def test_readable_output(tmp_path: Path) -> None:
    command = [a for a in BASE_ARGS if a != "--json"]
    process = subprocess.run(
        [sys.executable, "-m", "intercom_wizard", "verify-cyclr", *command, "--sandbox",
         "--sandbox-faults", "no-match", "--api-version", "2.11"],
        cwd=ROOT, env=_environment(tmp_path), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert process.returncode == 1
    assert "None of the Intercom connectors" in process.stdout
    assert "Deleted the account" in process.stdout


def test_without_a_version_no_match_is_claimed(tmp_path: Path) -> None:
    outcome = run(tmp_path, "--sandbox", "--connector", "5102")
    assert outcome.code == 1, outcome.stderr
    assert outcome.json["verdict"] == "authenticated"
    assert {c["matches"] for c in outcome.json["connectors"]} == {None}
    assert "not known" in outcome.json["error"]["message"]


def test_several_connectors_and_no_version_is_no_match(tmp_path: Path) -> None:
    outcome = run(tmp_path, "--sandbox")
    assert outcome.code == 1
    assert outcome.json["verdict"] == "no-matching-connector"
    assert outcome.json["cleanup"]["account_removed"] is True


def test_wrong_secret_in_the_console_is_an_exchange_failure(tmp_path: Path) -> None:
    outcome = run(
        tmp_path, "--sandbox", "--sandbox-faults", "console-secret", "--api-version", "2.11"
    )
    assert outcome.code == 4, outcome.stderr
    result = outcome.json
    assert result["verdict"] == "exchange-failed" and result["authenticated"] is False
    assert "Cyclr Console" in result["error"]["hint"]
    assert result["cleanup"] == {"connector_removed": True, "account_removed": True}


def test_callback_not_registered_is_a_refused_redirect(tmp_path: Path) -> None:
    outcome = run(
        tmp_path,
        "--sandbox",
        "--sandbox-faults",
        "callback-not-registered",
        "--api-version",
        "2.11",
        say_done=True,
    )
    assert outcome.code == 4, outcome.stderr
    assert outcome.page is not None and "not registered" in outcome.page[1]
    assert outcome.json["verdict"] == "redirect-refused"
    assert "/connector/callback" in outcome.json["error"]["hint"]


def test_a_browser_that_never_comes_back_times_out(tmp_path: Path) -> None:
    outcome = run(tmp_path, "--sandbox", "--api-version", "2.11", browse=False, timeout="3")
    assert outcome.code == 3
    assert outcome.json["verdict"] == "timed-out"
    assert outcome.json["cleanup"] == {"connector_removed": True, "account_removed": True}


@pytest.mark.parametrize(
    ("fault", "verdict"),
    [("no-intercom", "no-intercom-connector"), ("no-match", "no-matching-connector")],
)
def test_missing_connectors_exit_1(tmp_path: Path, fault: str, verdict: str) -> None:
    outcome = run(tmp_path, "--sandbox", "--sandbox-faults", fault, "--api-version", "2.11")
    assert outcome.code == 1
    assert outcome.json["verdict"] == verdict
    assert outcome.json["connector"] is None
    assert outcome.json["cleanup"] == {"connector_removed": None, "account_removed": True}


def test_refused_api_credentials_exit_4(tmp_path: Path) -> None:
    outcome = run(tmp_path, "--sandbox", "--sandbox-faults", "refuse-api")
    assert outcome.code == 4
    assert outcome.json["verdict"] == "credentials-refused"
    assert "OAuth Client Credentials" in outcome.json["error"]["hint"]
    assert outcome.json["account"] is None


def test_failing_clean_up_says_what_is_left_and_where(tmp_path: Path) -> None:
    outcome = run(
        tmp_path, "--sandbox", "--sandbox-faults", "cleanup-fails", "--api-version", "2.11"
    )
    assert outcome.code == 1
    result = outcome.json
    assert result["verdict"] == "authenticated"
    assert result["cleanup"] == {"connector_removed": False, "account_removed": False}
    assert result["account"]["id"] in result["error"]["message"]
    assert "Cyclr Console under Accounts" in result["error"]["message"]


def test_slow_clean_up_is_waited_for(tmp_path: Path) -> None:
    outcome = run(
        tmp_path, "--sandbox", "--sandbox-faults", "slow-cleanup=1", "--api-version", "2.11"
    )
    assert outcome.code == 0, outcome.stderr
    assert outcome.json["cleanup"] == {"connector_removed": True, "account_removed": True}


def test_an_unreachable_cyclr_exits_5(tmp_path: Path) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    outcome = run(
        tmp_path,
        env={
            "INTERCOM_WIZARD_CYCLR_API_URL": closed,
            "INTERCOM_WIZARD_CYCLR_SERVICE_URL": closed,
            "CYCLR_CLIENT_SECRET": "anything-at-all",
        },
    )
    assert outcome.code == 5
    assert outcome.json["verdict"] == "unreachable"


@pytest.mark.parametrize(
    "args",
    [
        ["--sandbox", "--api-version", "9.99"],
        ["--sandbox", "--port", "70000"],
        ["--sandbox", "--port", "80"],  # needs administrator rights
        ["--sandbox", "--port", "-1"],
        ["--sandbox", "--timeout", "0"],
        ["--sandbox", "--cyclr-location", "mars"],
        ["--sandbox-faults", "no-match"],
        ["--sandbox", "--sandbox-faults", "nonsense"],
        ["--sandbox", "--connector", "6001"],  # Slack: not an Intercom connector
        ["--sandbox", "--account", "no-such-account"],
    ],
)
def test_bad_input_exits_2_with_json(tmp_path: Path, args: list[str]) -> None:
    if "--cyclr-location" in args:
        command = [a for a in BASE_ARGS if a not in ("--cyclr-location", "eu")]
        process = subprocess.run(
            [sys.executable, "-m", "intercom_wizard", "verify-cyclr", *command, *args],
            cwd=ROOT, env=_environment(tmp_path), capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert process.returncode == 2, process.stderr
        return
    outcome = run(tmp_path, *args)
    assert outcome.code == 2, outcome.stderr
    assert outcome.json["ok"] is False and outcome.json["error"]["exit_code"] == 2
    assert "Traceback" not in outcome.stderr


@pytest.mark.parametrize("as_json", [False, True])
def test_a_bad_location_is_worded_in_the_chosen_language_except_for_json(
    tmp_path: Path, as_json: bool
) -> None:
    command = [a for a in BASE_ARGS if a not in ("--cyclr-location", "eu", "--json")]
    command += ["--cyclr-location", "xx", *(["--json"] if as_json else [])]
    process = subprocess.run(
        [sys.executable, "-m", "intercom_wizard", "verify-cyclr", *command],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env=_environment(tmp_path, {"INTERCOM_WIZARD_LANGUAGE": "de"}),
    )  # fmt: skip
    assert process.returncode == 2, process.stderr
    assert "Traceback" not in process.stderr
    if as_json:  # machines read it: English, on standard output and standard error alike
        error = json.loads(process.stdout)["error"]
        assert error["message"] == "“xx” is not a Cyclr Console location."
        assert error["hint"].startswith("Use us (my.cyclr.com)")
        assert "is not a Cyclr Console location" in process.stderr
    else:
        assert process.stdout == ""
        assert "„xx“ ist kein Standort einer Cyclr Console." in process.stderr
        assert "Verwenden Sie us (my.cyclr.com)" in process.stderr


@pytest.fixture
def sandboxes() -> Iterator[tuple[SandboxIntercom, SandboxCyclr]]:
    with (
        SandboxIntercom() as intercom,
        SandboxCyclr(intercom_base=intercom.base_url, faults=CyclrFaults()) as cyclr,
    ):
        intercom.redirect_uris = frozenset({cyclr.callback_url})
        yield intercom, cyclr


def test_no_secret_or_token_is_left_anywhere(
    tmp_path: Path, sandboxes: tuple[SandboxIntercom, SandboxCyclr]
) -> None:
    intercom, cyclr = sandboxes
    outcome = run(
        tmp_path,
        "--api-version",
        "2.11",
        "--debug",
        env={
            "INTERCOM_WIZARD_CYCLR_API_URL": cyclr.base_url,
            "INTERCOM_WIZARD_CYCLR_SERVICE_URL": cyclr.base_url,
            "CYCLR_CLIENT_SECRET": SANDBOX_CYCLR_CLIENT_SECRET,
        },
    )
    assert outcome.code == 0, outcome.stderr
    assert not cyclr.installed() and len(cyclr.deleted_accounts) == 1
    secrets = [SANDBOX_CYCLR_CLIENT_SECRET, SANDBOX_CLIENT_SECRET, *intercom.issued_tokens]
    secrets += cyclr.issued
    assert len(cyclr.issued) == 2 and intercom.issued_tokens  # an API and a sign-in token
    written = [p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()]
    assert any("Cyclr check" in text for text in written)  # the log was written
    # The sign-in token is part of the address to open, so it is on standard error once, in
    # that line only; it is single use and the browser has spent it.
    url_line = next(line for line in outcome.stderr.splitlines() if line.startswith(URL_LINE))
    stderr_without_url = outcome.stderr.replace(url_line, "")
    for secret in secrets:
        assert secret not in outcome.stdout
        assert secret not in stderr_without_url
        for text in written:
            assert secret not in text


def test_the_secret_is_read_from_standard_input_and_never_accepted_as_an_argument(
    tmp_path: Path, sandboxes: tuple[SandboxIntercom, SandboxCyclr]
) -> None:
    _, cyclr = sandboxes
    stand_in = {
        "INTERCOM_WIZARD_CYCLR_API_URL": cyclr.base_url,
        "INTERCOM_WIZARD_CYCLR_SERVICE_URL": cyclr.base_url,
    }
    outcome = run(
        tmp_path,
        "--api-version",
        "2.11",
        env=stand_in,
        stdin_first=SANDBOX_CYCLR_CLIENT_SECRET + "\n",
    )
    assert outcome.code == 0, outcome.stderr
    refused = subprocess.run(
        [sys.executable, "-m", "intercom_wizard", "verify-cyclr", *BASE_ARGS,
         "--cyclr-client-secret", "x"],
        cwd=ROOT, env=_environment(tmp_path, stand_in), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert refused.returncode == 2
    assert "Unrecognized arguments: --cyclr-client-secret" in refused.stderr


def test_ctrl_c_cancels_and_still_cleans_up(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "intercom_wizard", "verify-cyclr", *BASE_ARGS, "--sandbox"]
    process = subprocess.Popen(
        [*command, "--api-version", "2.11"],
        cwd=ROOT,
        env=_environment(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    for line in process.stderr:
        if line.startswith(URL_LINE):
            break
    process.send_signal(signal.SIGINT)
    stdout, _ = process.communicate(timeout=60)
    assert process.returncode == 3
    result = json.loads(stdout)
    assert result["verdict"] == "cancelled"
    assert result["cleanup"] == {"connector_removed": True, "account_removed": True}


def test_without_api_version_the_last_detected_version_picks_the_connector(
    tmp_path: Path,
) -> None:
    ProgressFile(tmp_path / "progress.json").note_detected_version("2.10", "2026-12-01T00:00:00")
    outcome = run(tmp_path, "--sandbox")
    assert outcome.code == 0, outcome.stderr
    result = outcome.json
    assert result["connector"]["version"] == "2.10"
    assert [c["matches"] for c in result["connectors"]] == [False, True, False]
    assert "API version 2.10, which the last consent test on this computer detected" in (
        outcome.stderr
    )


def test_without_api_version_or_a_detected_one_no_match_is_claimed(tmp_path: Path) -> None:
    outcome = run(tmp_path, "--sandbox", browse=False)
    assert outcome.code == 1, outcome.stderr
    result = outcome.json
    assert result["verdict"] == "no-matching-connector"
    assert [c["matches"] for c in result["connectors"]] == [None, None, None]
