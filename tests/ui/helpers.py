"""Helpers for driving the wizard from a test's scenario coroutine (see conftest.py)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar, cast

import qasync
from PySide6.QtWidgets import QWizard

from intercom_wizard.intercom.regions import Endpoints
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID
from intercom_wizard.sandbox.cyclr.browser import browse_in_sandbox
from intercom_wizard.sandbox.server import SandboxIntercom
from intercom_wizard.session import SetupSession
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.wizard import SetupWizard
from tests.support.network import free_port

T = TypeVar("T")
SCENARIO_LIMIT = 20.0


def drive(loop: qasync.QEventLoop, scenario: Coroutine[Any, Any, T]) -> T:
    return cast(T, loop.run_until_complete(asyncio.wait_for(scenario, SCENARIO_LIMIT)))


async def until(predicate: Callable[[], object], timeout: float = 8.0, what: str = "") -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        await asyncio.sleep(0.01)


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


class ScriptedBrowser:
    """The browser's part: consents on the sandbox (or signs in through the sandbox Cyclr) in
    a worker thread, like a person would."""

    def __init__(self, *, approve: bool = True, act: bool = True) -> None:
        self.approve = approve
        self.act = act
        self.urls: list[str] = []
        self.visits: list[asyncio.Future[tuple[int, str] | BaseException]] = []

    async def __call__(self, url: str) -> bool:
        self.urls.append(url)
        if self.act:
            loop = asyncio.get_running_loop()
            self.visits.append(loop.run_in_executor(None, self._visit, url))
        return True

    def _visit(self, url: str) -> tuple[int, str] | BaseException:
        try:
            return browse_in_sandbox(url, approve=self.approve, timeout=10.0)
        except BaseException as error:  # returned, so an unread failure cannot go unnoticed
            return error

    async def last_page(self) -> tuple[int, str]:
        answer = await self.visits[-1]
        assert not isinstance(answer, BaseException), answer
        return answer


def ready_session(port: int, version: str = "2.11") -> SetupSession:
    """A session with every page's answers given, as after filling pages 2 to 7."""
    return SetupSession(
        service_domain="app-h.cyclr.com",
        client_id=SANDBOX_CLIENT_ID,
        port=port,
        api_version=ApiVersion.parse(version),
    )


def click_next(wizard: SetupWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on page {wizard.current_page_id()!r}"
    button.click()


async def next_to(wizard: SetupWizard, target: PageId) -> None:
    """Press Next until ``target`` is shown (waiting for pages that save before moving on)."""
    while wizard.current_page_id() is not target:
        before = wizard.current_page_id()
        await until(
            lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled(),
            what=f"Next enabled on {before!r}",
        )
        click_next(wizard)
        await until(_left(wizard, before), what=f"leaving {before!r}")


def _left(wizard: SetupWizard, page: PageId | None) -> Callable[[], bool]:
    return lambda: wizard.current_page_id() is not page


def closed_port_endpoints(sandbox: SandboxIntercom) -> Callable[[Any], Endpoints]:
    dead = f"http://127.0.0.1:{free_port()}"
    return lambda _region: Endpoints(app_base=sandbox.base_url, api_base=dead, overridden=True)
