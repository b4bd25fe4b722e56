"""The consent round trip in a real browser: Debian's Chromium, driven by Playwright.

``verify`` runs as a user would start it; Chromium opens the authorize URL on the sandbox,
clicks Authorize, meets the warning about the wizard's self-signed certificate, goes past it
the way a person does (Advanced, then Proceed), and must end on the wizard's success page.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from intercom_wizard.sandbox.server import SandboxIntercom
from tests.support.network import free_port
from tests.support.verify_process import read_authorize_url, start_verify, verify_environment

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("INTERCOM_WIZARD_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is required here but not installed (apt-get install chromium)")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return found


@pytest.fixture
def sandbox() -> Iterator[SandboxIntercom]:
    with SandboxIntercom() as server:
        yield server


def launch_verify(sandbox: SandboxIntercom, home: Path) -> tuple[subprocess.Popen[str], str]:
    env = verify_environment(home, base_url=sandbox.base_url, secret=sandbox.client_secret)
    args = ["--json", "--no-browser", "--client-id", sandbox.client_id]
    process = start_verify([*args, "--port", str(free_port()), "--timeout", "60"], env)
    url = read_authorize_url(process)
    if url is None:
        process.kill()
        pytest.fail(f"verify never printed its URL: {process.communicate()}")
    return process, url


def test_consent_in_chromium_past_the_certificate_warning(
    sandbox: SandboxIntercom, tmp_path: Path
) -> None:
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    process, url = launch_verify(sandbox, tmp_path)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=executable, headless=True, args=CHROMIUM_FLAGS
            )
            page = browser.new_page()
            page.goto(url)
            assert "Sandbox" in page.content()
            page.get_by_role("button", name="Authorize").click()
            # Chromium now shows its warning about the self-signed certificate.
            page.wait_for_selector("#details-button", timeout=15_000)
            page.click("#details-button")
            page.click("#proceed-link")
            page.wait_for_selector("text=Sandbox Workspace", timeout=30_000)
            body = page.inner_text("body")
            screenshot = tmp_path / "success.png"
            page.screenshot(path=str(screenshot))
            browser.close()
        stdout, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert "Sandbox Workspace" in body
    assert "close" in body.lower()
    assert "refused the wizard's self-signed certificate" in stderr
    assert '"ok": true' in stdout
    assert screenshot.stat().st_size > 0
