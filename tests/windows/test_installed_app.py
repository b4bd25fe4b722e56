"""From the built setup.exe: install, self-test, verify, walk the wizard, uninstall, under Wine.

The tests run in this order and share one fresh prefix (see conftest.py): each step starts
from what the one before left, as on a partner's computer.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from wine.prefix import windows_path

from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_wizard.sandbox.scripted_browser import consent_in_sandbox
from intercom_wizard.sandbox.server import SandboxIntercom
from tests.packaging.test_selftest import PAGES
from tests.support.network import free_port
from tests.support.verify_process import URL_LINE
from tests.windows.conftest import Machine, WindowsBuild

INSTALL_TIMEOUT = 300
# The first test pays for the build (about 3 minutes with the Wine prefix cached, 5 without).
pytestmark = pytest.mark.timeout(3000)
APP_TIMEOUT = 240
SERVICE = "intercom-wizard"
# Qt's own option: Wine drops QT_QPA_PLATFORM on its way to a Windows program.
OFFSCREEN = ["-platform", "offscreen"]


def stored_credentials(machine: Machine) -> list[str]:
    """The accounts of the app's entries in Credential Manager.

    keyring names an entry after the service and, once a second account is stored, moves the
    first to ``account@service``: the target changes, the account (user name) does not.
    """
    listed = machine.prefix.run([machine.wintool, "creds"], timeout=60, what="wintool creds")
    entries = [line.split("\t", 1) for line in listed.output.splitlines() if "\t" in line]
    return sorted(user.strip() for target, user in entries if SERVICE in target)


# What the installer registers for this user (HKCU\Software\Classes), and the command each
# opens with: the file type's ProgID and the URL scheme.
CLASSES = r"HKCU\Software\Classes"
PROFILE_KEYS = (r"\.intercom-wizard", r"\IntercomWizard.SetupProfile", r"\intercom-wizard")


def registry(machine: Machine, key: str, *value: str) -> tuple[int, str]:
    """``reg query KEY [/v NAME | /ve]`` in the prefix: its exit code and what it printed."""
    found = machine.prefix.run(["reg", "query", key, *value], timeout=60, check=False)
    return found.returncode, found.output


def json_object(output: str) -> dict[str, Any]:
    start, end = output.index("{"), output.rindex("}")
    parsed: dict[str, Any] = json.loads(output[start : end + 1])
    return parsed


def test_setup_installs_silently_per_user(windows_build: WindowsBuild, machine: Machine) -> None:
    log = machine.logs / "install.log"
    machine.prefix.run(
        [
            windows_path(windows_build.setup),
            "/VERYSILENT",
            "/SUPPRESSMSGBOXES",
            "/NORESTART",
            f"/LOG={windows_path(log)}",
        ],
        timeout=INSTALL_TIMEOUT,
        what="setup.exe",
    )
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "Administrative install mode: No" in text, text[-3000:]
    assert (machine.install_dir / "intercom-wizard.exe").is_file()
    assert (machine.install_dir / "unins000.exe").is_file()
    assert machine.start_menu_entry.is_file()
    # Nothing went to the machine-wide Program Files: a per-user install needs no admin.
    for program_files in ("Program Files", "Program Files (x86)"):
        assert not (machine.prefix.drive_c / program_files / "Intercom Wizard").exists()

    app = machine.prefix.run([machine.wintool, "version", machine.exe], timeout=60)
    assert f"FileVersion={windows_build.version}" in app.output, app.output
    assert "ProductName=Intercom Wizard" in app.output, app.output
    setup = machine.prefix.run(
        [machine.wintool, "version", windows_path(windows_build.setup)], timeout=60
    )
    assert f"ProductVersion={windows_build.version}" in setup.output, setup.output
    assert "CompanyName=Cyclr" in setup.output, setup.output

    # Setup profiles and links open the installed app, registered for this user only.
    code, found = registry(machine, CLASSES + r"\.intercom-wizard", "/ve")
    assert code == 0 and "IntercomWizard.SetupProfile" in found, found
    code, found = registry(machine, CLASSES + r"\intercom-wizard", "/v", "URL Protocol")
    assert code == 0, found
    for handler in (r"\IntercomWizard.SetupProfile", r"\intercom-wizard"):
        code, found = registry(machine, CLASSES + handler + r"\shell\open\command", "/ve")
        assert code == 0, found
        # As Windows names the folder (Wine's C: path), with the marker before "%1".
        installed = r'\appdata\local\programs\intercom wizard\intercom-wizard.exe" --os-open "%1"'
        assert '"c:\\users\\' in found.lower() and installed in found.lower(), found
    for key in PROFILE_KEYS:
        code, found = registry(machine, r"HKLM\Software\Classes" + key)
        assert code != 0, f"{key} reached the machine-wide classes: {found}"


def test_self_test_uses_credential_manager(machine: Machine) -> None:
    finished = machine.prefix.run(
        [machine.exe, *OFFSCREEN, "--self-test"], timeout=APP_TIMEOUT, what="--self-test"
    )
    report = json_object(finished.output)
    assert report["ok"] is True, report["problems"]
    assert report["frozen"] is True and report["platform"] == "win32"
    keyring = report["checked"]["keyring"]
    assert keyring["found"] == ["keyring.backends.Windows.WinVaultKeyring"]
    assert keyring["persistent"] is True
    assert keyring["round_trip"] == "saved, read back and deleted a dummy secret"
    assert stored_credentials(machine) == []  # the dummy secret is gone again
    # A named pipe carried one message to a listener: a second launch can reach the window.
    assert report["checked"]["single_instance"].startswith("a message went through")


def _verify(machine: Machine, args: list[str], env: dict[str, str]) -> tuple[int, Any, str]:
    """Run the installed verify and play the browser's part from the Linux side."""
    process = machine.prefix.start(
        [machine.exe, "verify", "--json", "--no-browser", *args], timeout=APP_TIMEOUT, env=env
    )
    assert process.stderr is not None
    errors: list[str] = []
    url = None
    for line in process.stderr:
        errors.append(line)
        if line.startswith(URL_LINE):
            url = line[len(URL_LINE) :].strip()
            break
    assert url, "".join(errors)
    rest: list[str] = []
    reader = threading.Thread(target=lambda: rest.extend(process.stderr or []), daemon=True)
    reader.start()
    status, page = consent_in_sandbox(url, timeout=60)
    assert status == 200, page
    output, _ = process.communicate(timeout=APP_TIMEOUT)
    reader.join(30)
    return process.returncode, json_object(output), "".join(errors + rest)


def test_verify_with_its_own_sandbox(machine: Machine) -> None:
    port = free_port()
    code, result, errors = _verify(
        machine,
        ["--sandbox", "--client-id", SANDBOX_CLIENT_ID, "--port", str(port)],
        {},
    )
    assert code == 0, errors
    assert result["ok"] is True, result
    assert result["redirect_uri"] == f"https://127.0.0.1:{port}/callback"
    assert errors.count("exchanging the code") == 1, errors  # one code, one token request


def test_verify_against_a_sandbox_on_the_linux_side(machine: Machine) -> None:
    sandbox = SandboxIntercom(client_id=SANDBOX_CLIENT_ID, client_secret=SANDBOX_CLIENT_SECRET)
    sandbox.start()
    try:
        code, result, errors = _verify(
            machine,
            ["--client-id", SANDBOX_CLIENT_ID, "--port", str(free_port())],
            {
                "INTERCOM_WIZARD_APP_URL": sandbox.base_url,
                "INTERCOM_WIZARD_API_URL": sandbox.base_url,
                "INTERCOM_CLIENT_SECRET": SANDBOX_CLIENT_SECRET,
            },
        )
        assert code == 0, errors
        assert result["ok"] is True, result
        assert result["workspace"]["name"] == "Sandbox Workspace"
        assert sandbox.token_requests == 1
    finally:
        sandbox.close()


def test_full_self_test_walks_the_wizard(machine: Machine) -> None:
    before = stored_credentials(machine)  # verify keeps its test token for a later revoke
    finished = machine.prefix.run(
        [machine.exe, *OFFSCREEN, "--self-test", "--full"],
        timeout=APP_TIMEOUT,
        what="--self-test --full",
    )
    report = json_object(finished.output)
    assert report["ok"] is True, report["problems"]
    walk = report["checked"]["walk"]
    assert [page["page"] for page in walk["pages"]] == PAGES  # the same walk as on Linux
    assert walk["token_requests"] == 2  # the wizard's consent test, then Cyclr's sign-in
    assert stored_credentials(machine) == before  # the walk's own secrets are gone


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        (["--version"], 0, "intercom-wizard "),
        (["verify", "--client-id", "x", "--port", "0"], 2, "Port 0 cannot be used"),
        ([*OFFSCREEN, "--self-test"], 0, '"ok": true'),
    ],
)
def test_a_console_gets_output_and_exit_code(
    machine: Machine, args: list[str], code: int, expected: str
) -> None:
    """Started as cmd.exe starts a windowed program: no standard handles, a parent console."""
    finished = machine.prefix.run(
        [machine.wintool, "bare", machine.exe, *args],
        timeout=APP_TIMEOUT,
        check=False,
        terminal=True,
    )
    assert finished.returncode == code, finished.output
    assert expected in finished.output
    # And through cmd.exe itself, in a console window.
    through_cmd = machine.prefix.run(
        ["cmd", "/c", machine.exe, *args], timeout=APP_TIMEOUT, check=False, terminal=True
    )
    assert through_cmd.returncode == code, through_cmd.output
    assert expected in through_cmd.output


def _saved_session(machine: Machine) -> dict[str, Any]:
    try:
        text = (machine.data_dir / "progress.json").read_text(encoding="utf-8")
        return dict(json.loads(text)["session"])
    except (OSError, ValueError, KeyError):
        return {}


def _wait_for(predicate: Any, what: str, timeout: float = APP_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.5)


def _shell_open(machine: Machine, target: str, *, wait: bool) -> int:
    """``start [/wait] TARGET``: ShellExecute, as Explorer and a browser open a file or link.
    Its output goes nowhere: the app it starts would otherwise hold the pipe open."""
    finished = subprocess.run(
        [
            "timeout",
            "-k",
            "5",
            str(APP_TIMEOUT),
            "wine",
            "start",
            *(["/wait"] if wait else []),
            target,
        ],
        env=machine.prefix.env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=APP_TIMEOUT + 30,
        check=False,
    )
    return finished.returncode


def test_a_profile_and_a_link_open_the_wizard_through_the_registration(
    machine: Machine, tmp_path: Path
) -> None:
    """Opened as Explorer and a browser open them (ShellExecute), through what the installer
    registered; the second, a link, reaches the open window through its named pipe."""
    from intercom_wizard.profiles import build_profile

    profile = tmp_path / "acme.intercom-wizard"
    first = build_profile(service_domain="acme-h.cyclr.com", region="eu", contact="Sam")
    profile.write_text(first.to_json(), encoding="utf-8")
    second = build_profile(service_domain="other-h.cyclr.com", region="au", port="26000")
    progress = machine.data_dir / "progress.json"
    saved = progress.read_bytes() if progress.exists() else None  # verify's Client ID is in it
    # Wine gaps, worked around here only: Wine 8's HKEY_CLASSES_ROOT leaves out the per-user
    # HKCU\Software\Classes that Windows merges in, so ShellExecute finds the registration
    # only in a machine-wide copy; and Wine drops QT_* on the way into a program, while the
    # user's environment in the registry reaches every program, so the app draws offscreen.
    machine_wide = [r"HKLM\Software\Classes" + key for key in PROFILE_KEYS]
    for key, copy in zip(PROFILE_KEYS, machine_wide, strict=True):
        machine.prefix.run(["reg", "copy", CLASSES + key, copy, "/s", "/f"], timeout=60)
    environment = r"HKCU\Environment"
    machine.prefix.run(
        ["reg", "add", environment, "/v", "QT_QPA_PLATFORM", "/d", "offscreen", "/f"], timeout=60
    )
    try:
        assert _shell_open(machine, windows_path(profile), wait=False) == 0
        _wait_for(
            lambda: _saved_session(machine).get("service_domain") == "acme-h.cyclr.com",
            "the double-clicked profile to fill the wizard in",
        )
        assert _saved_session(machine)["region"] == "eu"
        # The link's own process hands it over and ends; the first window takes it.
        assert _shell_open(machine, second.to_link(), wait=True) == 0
        _wait_for(
            lambda: _saved_session(machine).get("service_domain") == "other-h.cyclr.com",
            "the clicked link to reach the open window",
        )
        session = _saved_session(machine)
        assert (session["region"], session["port"]) == ("au", 26000)
        running = subprocess.run(
            ["pgrep", "-fc", r"Intercom Wizard\\intercom-wizard.exe"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert running.stdout.strip() == "1", "one window, not two"
    finally:
        machine.prefix.kill()  # the window, and whatever else runs in the prefix
        for copy in machine_wide:
            machine.prefix.run(["reg", "delete", copy, "/f"], timeout=60, check=False)
        machine.prefix.run(
            ["reg", "delete", environment, "/v", "QT_QPA_PLATFORM", "/f"], timeout=60, check=False
        )
        if saved is not None:
            progress.write_bytes(saved)
    for copy in machine_wide:
        code, found = registry(machine, copy)
        assert code != 0, f"the harness's copy {copy} is still there: {found}"


def test_uninstall_removes_the_app_and_its_secrets_but_keeps_settings(machine: Machine) -> None:
    has_forget = (
        machine.prefix.run(
            [machine.exe, "forget", "--help"], timeout=APP_TIMEOUT, check=False
        ).returncode
        == 0
    )
    # The partner's own files, which the uninstaller promises to keep; the log is real.
    settings = machine.data_dir / "settings.ini"
    settings.write_text("[progress]\nlast_page=9\n", encoding="utf-8")
    assert any((machine.data_dir / "logs").iterdir())
    log = machine.logs / "uninstall.log"
    machine.prefix.run(
        [
            windows_path(machine.install_dir / "unins000.exe"),
            "/VERYSILENT",
            "/SUPPRESSMSGBOXES",
            "/NORESTART",
            f"/LOG={windows_path(log)}",
        ],
        timeout=INSTALL_TIMEOUT,
        what="the uninstaller",
    )
    machine.prefix.wait()  # the uninstaller finishes in a copy of itself that runs on
    text = log.read_text(encoding="utf-8", errors="replace")
    # It asked the app itself to forget the stored secrets, hidden, and went on whatever the
    # app answered.
    assert "intercom-wizard.exe" in text and "forget" in text, text[-3000:]
    assert "Process exit code:" in text, text[-3000:]
    assert not machine.install_dir.exists()
    assert not machine.start_menu_entry.exists()
    assert settings.read_text(encoding="utf-8") == "[progress]\nlast_page=9\n"
    for key in PROFILE_KEYS:  # the file type and the link scheme are unregistered
        code, found = registry(machine, CLASSES + key)
        assert code != 0, f"{key} is still registered: {found}"
    assert any((machine.data_dir / "logs").iterdir())
    left = stored_credentials(machine)
    if not has_forget and left:
        pytest.xfail(f"this build has no `forget` command yet, so {left} stay")
    assert left == []
