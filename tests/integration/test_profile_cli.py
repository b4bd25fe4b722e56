"""``intercom-wizard profile create|show`` and ``open`` as support staff and partners run them:
real processes, a private data folder, and the wizard's own progress file as what it shows."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.verify_process import ROOT, verify_environment

CREATE = ["profile", "create", "--service-domain", "acme-h.cyclr.com", "--region", "eu"]


def run(
    home: Path, *args: str, timeout: float = 60, extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intercom_wizard", *args],
        cwd=ROOT,
        env=verify_environment(home) | (extra or {}),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_create_prints_a_link_that_show_reads_back(tmp_path: Path) -> None:
    made = run(
        tmp_path,
        *CREATE,
        "--port",
        "25000",
        "--contact",
        "Sam Lee, sam@cyclr.com",
        "--note",
        "Ready for Tuesday's call",
        "--link",
    )
    assert made.returncode == 0, made.stderr
    link = made.stdout.strip()
    assert link.startswith("intercom-wizard://setup?v=1&service_domain=acme-h.cyclr.com&region=eu")
    assert made.stdout.count("\n") == 1
    shown = run(tmp_path, "profile", "show", link)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == [
        "Cyclr service domain: acme-h.cyclr.com",
        "Intercom region: Europe (eu)",
        "Test port: 25000",
        "Prepared by: Sam Lee, sam@cyclr.com",
        "Note: Ready for Tuesday's call",
    ]


def test_create_writes_a_file_once(tmp_path: Path) -> None:
    target = tmp_path / "acme.intercom-wizard"
    made = run(tmp_path, *CREATE, "--api-version", "2.11", "--output", str(target))
    assert made.returncode == 0, made.stderr
    assert json.loads(target.read_text(encoding="utf-8")) == {
        "intercom_wizard_profile": 1,
        "service_domain": "acme-h.cyclr.com",
        "region": "eu",
        "api_version": "2.11",
    }
    again = run(tmp_path, *CREATE, "--output", str(target))
    assert again.returncode == 2
    assert "exists already" in again.stderr
    wrong = run(tmp_path, *CREATE, "--output", str(tmp_path / "acme.json"))
    assert wrong.returncode == 2
    assert "does not end in .intercom-wizard" in wrong.stderr
    assert not (tmp_path / "acme.json").exists()


def test_json_gives_one_object_on_every_way_out(tmp_path: Path) -> None:
    made = run(tmp_path, *CREATE, "--link", "--json")
    body = json.loads(made.stdout)
    assert made.returncode == 0
    assert body["ok"] is True
    assert body["profile"] == {"service_domain": "acme-h.cyclr.com", "region": "eu"}
    assert body["link"].startswith("intercom-wizard://setup?v=1&")
    custom = json.loads(
        run(tmp_path, *CREATE[:3], "acme.example", "--region", "us", "--link", "--json").stdout
    )
    assert "not a cyclr.com or cyclr.uk domain" in custom["warnings"][0]
    for args in (
        [*CREATE[:4], "--link", "--json"],  # no --region: argparse's own refusal
        [*CREATE, "--port", "80", "--link", "--json"],
        ["profile", "show", "intercom-wizard://setup?v=9", "--json"],
    ):
        failed = run(tmp_path, *args)
        body = json.loads(failed.stdout)
        assert failed.returncode == 2, args
        assert body["ok"] is False
        assert body["error"]["exit_code"] == 2
        assert body["error"]["message"] and body["error"]["hint"]
        assert failed.stderr.startswith("intercom-wizard: ")
        assert "Traceback" not in failed.stderr


def test_a_secret_is_refused_on_create_without_repeating_it(tmp_path: Path) -> None:
    made = run(tmp_path, *CREATE, "--client-secret", "hunter2-secret", "--link")
    assert made.returncode == 2
    assert "never holds a secret" in made.stderr
    assert "hunter2" not in made.stdout + made.stderr


def test_show_refuses_a_hostile_file_with_the_reason(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.intercom-wizard"
    hostile.write_text(
        json.dumps(
            {
                "intercom_wizard_profile": 1,
                "service_domain": "a.cyclr.com",
                "region": "us",
                "client_secret": "hunter2",
            }
        ),
        encoding="utf-8",
    )
    shown = run(tmp_path, "profile", "show", str(hostile))
    assert shown.returncode == 2
    assert "holds “client_secret”, which names a secret" in shown.stderr
    assert "hunter2" not in shown.stderr


def test_show_refuses_in_the_users_language_and_json_stays_english(tmp_path: Path) -> None:
    bad = tmp_path / "bad.intercom-wizard"
    bad.write_text('{"intercom_wizard_profile": 1, "region": "us", "region": "eu"}')
    german = {"INTERCOM_WIZARD_LANGUAGE": "de"}
    shown = run(tmp_path, "profile", "show", str(bad), extra=german)
    assert shown.returncode == 2
    assert shown.stderr.strip() == (
        "intercom-wizard: Dieses Einrichtungsprofil kann nicht verwendet werden. "
        "Der Schlüssel „region“ kommt zweimal vor. Bitten Sie den Absender um ein neues; "
        "der Support erstellt sie mit 'intercom-wizard profile create'."
    )
    wrong = run(tmp_path, *CREATE, "--output", str(tmp_path / "acme.json"), extra=german)
    assert wrong.returncode == 2
    assert "acme.json endet nicht auf .intercom-wizard." in wrong.stderr
    as_json = run(tmp_path, "profile", "show", str(bad), "--json", extra=german)
    assert as_json.returncode == 2
    assert json.loads(as_json.stdout)["error"]["message"] == (
        "This setup profile cannot be used. The key “region” appears twice."
    )


# --- the wizard itself ----------------------------------------------------------------------


Wizard = Callable[..., subprocess.Popen[str]]


@pytest.fixture
def wizard(tmp_path: Path) -> Iterator[Wizard]:
    started: list[subprocess.Popen[str]] = []

    def start(*args: str) -> subprocess.Popen[str]:
        env = verify_environment(tmp_path / "home")
        env["QT_QPA_PLATFORM"] = "offscreen"
        process = subprocess.Popen(
            [sys.executable, "-m", "intercom_wizard", *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def saved_session(home: Path) -> dict[str, Any]:
    try:
        return dict(json.loads((home / "progress.json").read_text(encoding="utf-8"))["session"])
    except (OSError, ValueError, KeyError):
        return {}


def wait_for(predicate: Callable[[], bool], what: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def sockets(home: Path) -> list[Path]:
    """The window's socket file, found as the wizard names it for ``home``."""
    from intercom_wizard.ui.single_instance import server_name

    previous = os.environ.get("INTERCOM_WIZARD_HOME")
    os.environ["INTERCOM_WIZARD_HOME"] = str(home)
    try:
        path = Path(server_name())
    finally:
        if previous is not None:
            os.environ["INTERCOM_WIZARD_HOME"] = previous
    return [path] if path.exists() else []


def make_link(home: Path, domain: str, region: str) -> str:
    made = run(
        home,
        "profile",
        "create",
        "--service-domain",
        domain,
        "--region",
        region,
        "--port",
        "26000",
        "--link",
    )
    assert made.returncode == 0, made.stderr
    return made.stdout.strip()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the socket file is a POSIX detail")
def test_open_fills_the_wizard_in_and_a_second_launch_hands_over(
    tmp_path: Path, wizard: Wizard
) -> None:
    home = tmp_path / "home"
    profile = home.parent / "acme.intercom-wizard"
    home.mkdir()
    made = run(home, *CREATE, "--contact", "Sam", "--output", str(profile))
    assert made.returncode == 0, made.stderr

    first = wizard("open", str(profile))
    wait_for(
        lambda: saved_session(home).get("service_domain") == "acme-h.cyclr.com",
        "the first window to fill in the profile's values",
    )
    assert saved_session(home)["region"] == "eu"
    wait_for(lambda: bool(sockets(home)), "the first window to listen")

    # What a click on a link starts: the bare link as the only argument.
    second_link = make_link(home, "other-h.cyclr.com", "au")
    second = run(home, second_link, timeout=30)
    assert second.returncode == 0, second.stderr
    wait_for(
        lambda: saved_session(home).get("service_domain") == "other-h.cyclr.com",
        "the first window to take the second launch's profile",
    )
    assert (saved_session(home)["region"], saved_session(home)["port"]) == ("au", 26000)
    bare = run(home, timeout=30)  # a plain second launch only brings the window forward
    assert bare.returncode == 0, bare.stderr
    refused = run(home, "open", "intercom-wizard://setup?v=1&region=mars", timeout=30)
    assert refused.returncode == 2
    assert "“service_domain” is missing" in refused.stderr
    assert first.poll() is None, "the first window must still be open"
    assert saved_session(home)["service_domain"] == "other-h.cyclr.com"

    # A wizard that crashed leaves its socket file behind: the next one replaces it.
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    assert sockets(home), "a killed wizard leaves its socket file"
    third = wizard("open", make_link(home, "third-h.cyclr.com", "us"))
    wait_for(
        lambda: saved_session(home).get("service_domain") == "third-h.cyclr.com",
        "a new window despite the stale socket",
    )
    assert third.poll() is None
    third.terminate()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the socket file is a POSIX detail")
def test_open_with_a_refused_link_still_opens_the_wizard_and_says_why(
    tmp_path: Path, wizard: Wizard
) -> None:
    home = tmp_path / "home"
    process = wizard(
        "open",
        "intercom-wizard://setup?v=1&service_domain=a.cyclr.com&region=us&client_secret=hunter2",
    )
    wait_for(lambda: bool(sockets(home)), "the window to open")
    time.sleep(0.5)
    assert process.poll() is None, "the wizard opens even so, unfilled"
    assert saved_session(home) == {}
    process.terminate()
    _out, err = process.communicate(timeout=10)
    assert "names a secret" in err
    assert "hunter2" not in err
