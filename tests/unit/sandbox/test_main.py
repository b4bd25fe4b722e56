"""``python -m intercom_wizard.sandbox``."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest

from intercom_wizard.sandbox.__main__ import main
from tests.unit.sandbox.conftest import TLS


def test_it_prints_where_it_listens_what_to_type_and_what_to_set(
    capsys: pytest.CaptureFixture[str],
) -> None:
    stop = threading.Event()
    runner = threading.Thread(
        target=main,
        args=(["--faults", "missing=read_admins,no-version", "--client-id", "cid"],),
        kwargs={"stop": stop},
    )
    runner.start()
    try:
        deadline = time.monotonic() + 5
        out = ""
        while not out and time.monotonic() < deadline:  # the banner is printed in one piece
            time.sleep(0.02)
            out = capsys.readouterr().out
        match = re.search(r"running at (http://127\.0\.0\.1:\d+)", out)
        assert match, out
        url = match.group(1)
        assert "Client ID:      cid" in out
        assert "Client secret:  sandbox-client-secret" in out
        assert "missing=read_admins,no-version" in out
        assert f"export INTERCOM_WIZARD_APP_URL={url}" in out
        assert f"export INTERCOM_WIZARD_API_URL={url}" in out
        assert f'$env:INTERCOM_WIZARD_API_URL="{url}"' in out
        assert httpx.get(url + "/", verify=TLS).status_code == 200
        cyclr = re.search(r"Sandbox Cyclr is running at (http://127\.0\.0\.1:\d+)", out)
        assert cyclr, out
        assert "Cyclr API Client ID:      sandbox-cyclr-client-id" in out
        assert f"export INTERCOM_WIZARD_CYCLR_API_URL={cyclr.group(1)}" in out
        assert f"export INTERCOM_WIZARD_CYCLR_SERVICE_URL={cyclr.group(1)}" in out
        token = httpx.post(
            cyclr.group(1) + "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": "sandbox-cyclr-client-id",
                "client_secret": "sandbox-cyclr-client-secret",
            },
        )
        assert token.status_code == 200
    finally:
        stop.set()
        runner.join(5)
    assert not runner.is_alive()


@pytest.mark.parametrize(
    "argv", [["--faults", "explode"], ["--port", "70000"], ["--cyclr-faults", "explode"]]
)
def test_bad_arguments_exit_2_with_a_sentence(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err.strip()


@pytest.mark.skipif(os.name == "nt", reason="SIGINT to a child is POSIX-only")
def test_ctrl_c_stops_the_module_cleanly() -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "intercom_wizard.sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        first = child.stdout.readline()
        assert "Sandbox Intercom is running at http://127.0.0.1:" in first
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=5)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0
    assert "Sandbox stopped." in out and "Traceback" not in err
