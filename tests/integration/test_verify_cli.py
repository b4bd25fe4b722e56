"""``intercom-wizard verify`` end to end: a real process, a real sandbox server, a scripted browser.

Each test starts the command as a user would, waits for the line that tells where to go,
does the browser's part against the sandbox, and checks the exit code, the JSON on standard
output, the page the browser was finally shown, and that no secret leaked anywhere.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.progress import ProgressFile
from intercom_wizard.sandbox.faults import Faults
from intercom_wizard.sandbox.scripted_browser import consent_in_sandbox
from intercom_wizard.sandbox.server import SandboxIntercom
from intercom_wizard.session import SetupSession
from tests.support.network import assert_port_free, busy_port, free_port
from tests.support.verify_process import (
    ROOT,
    read_authorize_url,
    start_verify,
    verify_environment,
)


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str
    page: tuple[int, str] | None = None
    browser_error: BaseException | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def json(self) -> dict[str, Any]:
        return json.loads(self.stdout)  # type: ignore[no-any-return]


@pytest.fixture
def sandbox() -> Iterator[SandboxIntercom]:
    with SandboxIntercom() as server:
        yield server


def verify(
    sandbox: SandboxIntercom | None,
    *args: str,
    secret: str | None = "sandbox-client-secret",
    approve: bool | None = True,
    stdin: str | None = None,
    home: Path,
    interrupt_after_url: bool = False,
    as_json: bool = True,
) -> Outcome:
    """Run ``verify`` and, when ``approve`` is not None, do the browser's part."""
    env = verify_environment(home, base_url=sandbox.base_url if sandbox else None, secret=secret)
    command = ["--no-browser", *args]
    if as_json:
        command.append("--json")
    if "--client-id" not in args:
        command += ["--client-id", "sandbox-client-id"]
    if "--port" not in args:
        command += ["--port", str(free_port())]
    stdin_file = home / "stdin.txt"
    stdin_file.write_text(stdin or "")
    with stdin_file.open() as stdin_stream:
        process = start_verify(
            command, env, stdin=stdin_stream if stdin is not None else subprocess.DEVNULL
        )
    assert process.stderr is not None and process.stdout is not None
    stderr_lines: list[str] = []
    outcome = Outcome(code=-1, stdout="", stderr="")
    browser: threading.Thread | None = None
    url = read_authorize_url(process, stderr_lines)
    if url is not None:
        outcome.extra["url"] = url
        if interrupt_after_url:
            process.send_signal(signal.SIGINT)
        elif approve is not None:

            def browse(url: str = url, approve: bool = approve) -> None:
                try:
                    outcome.page = consent_in_sandbox(url, approve=approve, timeout=20)
                except BaseException as error:
                    outcome.browser_error = error

            browser = threading.Thread(target=browse, daemon=True)
            browser.start()
    stdout, rest = process.communicate(timeout=60)
    stderr_lines.append(rest)
    if browser is not None:
        browser.join(30)
    outcome.code, outcome.stdout, outcome.stderr = process.returncode, stdout, "".join(stderr_lines)
    # Nothing secret on any channel the user or a log collector sees.
    if secret:
        assert secret not in outcome.stdout and secret not in outcome.stderr
    return outcome


def assert_no_token_leaked(sandbox: SandboxIntercom, outcome: Outcome) -> None:
    for token in sandbox.issued_tokens:
        assert token not in outcome.stdout and token not in outcome.stderr


def test_happy_path_over_https(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    outcome = verify(sandbox, "--api-version", "2.11", home=tmp_path)
    assert outcome.code == 0, outcome.stderr
    result = outcome.json
    assert result["ok"] is True
    assert result["redirect_uri"].startswith("https://127.0.0.1:")
    assert result["workspace"]["name"] == "Sandbox Workspace"
    assert result["workspace"]["id_code"] == "sbx123"
    assert result["admin"]["email"]
    assert result["api_version"] == {
        "detected": "2.11",
        "source": "response-header",
        "selected": "2.11",
        "matches": True,
    }
    assert set(result["permissions"].values()) == {"granted"}
    assert result["token_stored"] is True
    assert outcome.page is not None and outcome.page[0] == 200
    assert "Sandbox Workspace" in outcome.page[1]
    assert_no_token_leaked(sandbox, outcome)
    # The listener is gone: the port can be bound again at once.
    assert_port_free(int(result["redirect_uri"].rsplit(":", 1)[1].split("/")[0]))


def test_happy_path_over_plain_http(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    outcome = verify(sandbox, "--http", home=tmp_path)
    assert outcome.code == 0, outcome.stderr
    assert outcome.json["redirect_uri"].startswith("http://127.0.0.1:")
    assert outcome.json["api_version"]["matches"] is None


def test_readable_output_without_json(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    sandbox.faults = Faults(missing={PermissionKey.READ_ADMINS})
    outcome = verify(sandbox, "--http", "--api-version", "2.11", as_json=False, home=tmp_path)
    assert outcome.code == 1
    assert "Sandbox Workspace" in outcome.stdout
    assert "matches the chosen version" in outcome.stdout
    assert "missing" in outcome.stdout and "Read admins" in outcome.stdout
    assert "run the test again" in outcome.stdout


def test_declined_consent_exits_3(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    outcome = verify(sandbox, approve=False, home=tmp_path)
    assert outcome.code == 3, outcome.stderr
    assert outcome.json["ok"] is False
    assert outcome.json["error"]["type"] == "ConsentDeclined"
    assert outcome.page is not None and outcome.page[0] == 400
    assert sandbox.token_requests == 0


def test_decline_fault_exits_3(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    sandbox.faults = Faults(decline=True)
    outcome = verify(sandbox, home=tmp_path)
    assert outcome.code == 3


def test_missing_permission_exits_1_and_names_it(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    sandbox.faults = Faults(missing={PermissionKey.WRITE_CONVERSATIONS})
    outcome = verify(sandbox, "--api-version", "2.11", home=tmp_path)
    assert outcome.code == 1, outcome.stderr
    permissions = outcome.json["permissions"]
    assert permissions["write_conversations"] == "missing"
    assert permissions["read_admins"] == "granted"
    assert outcome.json["request_ids"]["write_conversations"]
    assert any("Write conversations" in p for p in outcome.json["problems"])
    assert outcome.page is not None and "Write conversations" in outcome.page[1]


def test_version_mismatch_exits_1(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    outcome = verify(sandbox, "--api-version", "2.9", home=tmp_path)
    assert outcome.code == 1
    assert outcome.json["api_version"]["matches"] is False
    assert outcome.json["api_version"]["selected"] == "2.9"
    # The finding says what differs where the connector works, computed from the descriptions.
    (mismatch,) = [f for f in outcome.json["findings"] if f["kind"] == "version-mismatch"]
    assert "From 2.9 to 2.11" in mismatch["hint"]
    assert "added POST /conversations/{id}/convert" in mismatch["hint"]
    assert "api-changelog" in mismatch["hint"]


def test_no_version_header_exits_1_with_unknown_source(
    sandbox: SandboxIntercom, tmp_path: Path
) -> None:
    sandbox.faults = Faults(no_version_header=True)
    outcome = verify(sandbox, home=tmp_path)
    assert outcome.code == 1
    assert outcome.json["api_version"]["detected"] is None
    assert outcome.json["api_version"]["source"] == "unknown"


def test_wrong_secret_exits_4(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    outcome = verify(sandbox, secret="not-the-right-secret", home=tmp_path)
    assert outcome.code == 4, outcome.stderr
    assert outcome.json["error"]["type"] == "TokenExchangeError"
    assert (
        "secret"
        in outcome.json["error"]["message"].lower() + str(outcome.json["error"]["hint"]).lower()
    )
    assert outcome.page is not None and outcome.page[0] >= 400
    assert sandbox.token_requests == 1  # the code was not sent twice


def test_server_error_is_reported(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    sandbox.faults = Faults(server_error=True)
    outcome = verify(sandbox, home=tmp_path)
    # Intercom answered, with a refusal on its side: the exchange was refused (4), not lost.
    assert outcome.code == 4, outcome.stderr
    assert outcome.json["ok"] is False
    assert outcome.json["error"]["type"] == "TokenExchangeError"
    assert "Intercom's side" in outcome.json["error"]["message"]
    assert "Traceback" not in outcome.stderr
    assert sandbox.token_requests == 1


def test_rate_limit_is_waited_out(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    sandbox.faults = Faults(rate_limit_once=True)
    outcome = verify(sandbox, "--api-version", "2.11", home=tmp_path)
    assert outcome.code == 0, outcome.stderr
    assert outcome.json["workspace"] is not None
    assert set(outcome.json["permissions"].values()) == {"granted"}


def test_slow_answers_still_verify(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    sandbox.faults = Faults(slow_seconds=0.5)
    outcome = verify(sandbox, home=tmp_path)
    assert outcome.code == 0, outcome.stderr


def test_dropped_connection_is_a_network_problem(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    sandbox.faults = Faults(drop_connection=True)
    outcome = verify(sandbox, home=tmp_path)
    assert outcome.code == 5, outcome.stderr
    assert outcome.json["ok"] is False
    assert outcome.json["error"]["type"] == "NetworkError"
    assert "broke" in outcome.json["error"]["message"]
    assert "Traceback" not in outcome.stderr


def test_timeout_exits_3(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    outcome = verify(sandbox, "--timeout", "1", approve=None, home=tmp_path)
    assert outcome.code == 3
    assert outcome.json["error"]["type"] == "ConsentTimeout"


def test_port_in_use_names_the_port(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    with busy_port() as port:
        outcome = verify(sandbox, "--port", str(port), approve=None, home=tmp_path)
    assert outcome.code == 5
    assert str(port) in outcome.json["error"]["message"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--region", "mars"), "mars"),
        (("--port", "80"), "80"),
        (("--timeout", "0"), "timeout"),
        (("--api-version", "7.7"), "7.7"),
        (("--client-id", "  "), "client"),
    ],
)
def test_bad_input_exits_2(
    sandbox: SandboxIntercom, tmp_path: Path, args: tuple[str, ...], needle: str
) -> None:
    outcome = verify(sandbox, *args, approve=None, home=tmp_path)
    assert outcome.code == 2
    assert needle.lower() in outcome.stderr.lower()
    assert "Traceback" not in outcome.stderr


def test_the_secret_can_come_from_standard_input(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    outcome = verify(sandbox, secret=None, stdin="sandbox-client-secret\n", home=tmp_path)
    assert outcome.code == 0, outcome.stderr


def test_no_secret_at_all_is_bad_input(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    outcome = verify(sandbox, secret=None, stdin="", approve=None, home=tmp_path)
    assert outcome.code == 2
    assert "secret" in outcome.stderr.lower()


def test_ctrl_c_exits_3_and_frees_the_port(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    port = free_port()
    outcome = verify(
        sandbox, "--port", str(port), approve=None, interrupt_after_url=True, home=tmp_path
    )
    assert outcome.code == 3
    assert "Traceback" not in outcome.stderr
    assert_port_free(port)


def test_embedded_sandbox_needs_no_setup(tmp_path: Path) -> None:
    outcome = verify(None, "--sandbox", secret=None, home=tmp_path)
    assert outcome.code == 0, outcome.stderr
    assert outcome.json["workspace"]["name"] == "Sandbox Workspace"


def test_embedded_sandbox_trains_on_faults(tmp_path: Path) -> None:
    outcome = verify(
        None, "--sandbox", "--sandbox-faults", "missing=read_admins", secret=None, home=tmp_path
    )
    assert outcome.code == 1
    assert outcome.json["permissions"]["read_admins"] == "missing"


def run_to_the_end(home: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    """``verify`` with exactly ``args`` (nothing added), run until it exits."""
    env = verify_environment(home, secret="sandbox-client-secret")
    return subprocess.run(
        [sys.executable, "-m", "intercom_wizard", "verify", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


GOOD = ["--client-id", "sandbox-client-id", "--no-browser", "--http"]
BAD_INPUT = [
    pytest.param([*GOOD, "--port", "0"], "Port 0", id="port-0"),
    pytest.param([*GOOD, "--port", "-1"], "Port -1", id="port-negative"),
    pytest.param([*GOOD, "--port", "70000"], "Port 70000", id="port-too-big"),
    pytest.param([*GOOD, "--port", "abc"], "whole number", id="port-not-a-number"),
    pytest.param([*GOOD, "--timeout", "-5"], "--timeout", id="timeout-negative"),
    pytest.param([*GOOD, "--timeout", "nan"], "--timeout", id="timeout-nan"),
    pytest.param([*GOOD, "--region", "xx"], "region", id="region"),
    pytest.param([*GOOD, "--api-version", "9.99"], "9.99", id="api-version"),
    pytest.param(["--no-browser"], "--client-id", id="client-id-missing"),
    pytest.param([*GOOD, "--client-id"], "expected one argument", id="client-id-no-value"),
    pytest.param([*GOOD, "--bogus"], "--bogus", id="unknown-option"),
    pytest.param([*GOOD, "--sandbox-faults", "decline"], "--sandbox", id="faults-alone"),
    pytest.param(["--client-id", "my app", *GOOD[2:]], "space", id="client-id-space"),
    pytest.param(["--client-id", "my\napp", *GOOD[2:]], "line break", id="client-id-newline"),
    pytest.param(["--client-id", "x" * 10_000, *GOOD[2:]], "10000", id="client-id-10kb"),
    pytest.param(["--client-id", "app\u00e9", *GOOD[2:]], "U+00E9", id="client-id-non-ascii"),
]


@pytest.mark.parametrize(("args", "needle"), BAD_INPUT)
def test_bad_input_with_json_is_exactly_one_json_object_with_an_error(
    tmp_path: Path, args: list[str], needle: str
) -> None:
    done = run_to_the_end(tmp_path, [*args, "--json"])
    assert done.returncode == 2, done.stderr
    answer = json.loads(done.stdout)  # the whole of standard output is one object
    assert answer["ok"] is False
    assert answer["error"]["exit_code"] == 2
    assert needle.lower() in answer["error"]["message"].lower()
    assert answer["error"]["hint"]
    # The same keys as a finished test's JSON, problems and request_ids included.
    assert {"problems", "request_ids", "findings", "permissions"} <= set(answer)
    assert answer["problems"] == [answer["error"]["message"]]
    assert "Traceback" not in done.stderr and "usage:" not in done.stderr


@pytest.mark.parametrize(("args", "needle"), BAD_INPUT)
def test_bad_input_without_json_is_one_clear_line(
    tmp_path: Path, args: list[str], needle: str
) -> None:
    done = run_to_the_end(tmp_path, args)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("intercom-wizard: "), done.stderr
    assert needle.lower() in lines[0].lower()
    assert "usage:" not in done.stderr


@pytest.mark.parametrize(
    "client_id", ["my app", "my\napp", "x" * 10_000, "app\u00e9"], ids=["space", "nl", "10kb", "é"]
)
def test_a_bad_client_id_is_refused_before_the_listener_opens(
    tmp_path: Path, client_id: str
) -> None:
    # The port is taken: a verify that opened its listener first would fail with 5 instead.
    with busy_port() as port:
        done = run_to_the_end(
            tmp_path, ["--client-id", client_id, "--port", str(port), "--no-browser", "--json"]
        )
    assert done.returncode == 2, done.stderr
    assert "Client ID" in json.loads(done.stdout)["error"]["message"]
    assert "Open this URL" not in done.stderr


def test_a_stored_test_token_is_noted_for_forget(sandbox: SandboxIntercom, tmp_path: Path) -> None:
    # forget (and the Windows uninstaller) take the Client ID from the saved progress.
    outcome = verify(sandbox, home=tmp_path)
    assert outcome.code == 0 and outcome.json["token_stored"] is True
    assert ProgressFile(tmp_path / "progress.json").load().session.client_id == "sandbox-client-id"


def test_the_wizards_own_client_id_is_left_as_it_was(
    sandbox: SandboxIntercom, tmp_path: Path
) -> None:
    ProgressFile(tmp_path / "progress.json").save(SetupSession(client_id="the-wizards-app"))
    outcome = verify(sandbox, home=tmp_path)
    assert outcome.code == 0
    assert ProgressFile(tmp_path / "progress.json").load().session.client_id == "the-wizards-app"


def test_the_detected_version_is_left_for_verify_cyclr(
    sandbox: SandboxIntercom, tmp_path: Path
) -> None:
    sandbox.api_version = "2.10"
    outcome = verify(sandbox, home=tmp_path)
    assert outcome.json["api_version"]["detected"] == "2.10"
    assert ProgressFile(tmp_path / "progress.json").detected_version() == "2.10"
