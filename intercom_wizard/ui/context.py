"""What the wizard is given from outside: the setup, the secret store, hosts, browser and clock.

Everything the tests, the screenshot script and the self-test want to swap lives here, so the
pages never reach for globals. The secret store is made on first use: importing keyring costs
start-up time the first page does not need.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from intercom_wizard.errors import CONSENT_TIMEOUT
from intercom_wizard.paths import progress_file
from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET

if TYPE_CHECKING:
    from intercom_wizard.intercom.regions import Endpoints, Region
    from intercom_wizard.profiles import SetupProfile
    from intercom_wizard.sandbox.server import SandboxIntercom
    from intercom_wizard.secrets import SecretStore
    from intercom_wizard.session import SetupSession

BrowserOpener = Callable[[str], Awaitable[bool]]
EndpointsFactory = Callable[["Region"], "Endpoints"]

CLIPBOARD_CLEAR_MS = 60_000


async def open_in_system_browser(url: str) -> bool:
    """Open ``url`` the platform's usual way (``$BROWSER`` on Linux) without blocking the loop.

    ``webbrowser.open`` may wait for a launcher process, so it runs in a worker thread. Its True
    does not prove a window appeared, which is why the page always shows the URL as well.
    """
    import asyncio
    import webbrowser

    return await asyncio.get_running_loop().run_in_executor(None, webbrowser.open, url)


def default_endpoints(region: Region) -> Endpoints:
    """The region's hosts, or INTERCOM_WIZARD_APP_URL / INTERCOM_WIZARD_API_URL when set."""
    from intercom_wizard.intercom.regions import Endpoints

    return Endpoints.for_region(region)


def sandbox_endpoints(base_url: str) -> EndpointsFactory:
    """Every region points at the embedded sandbox, which serves consent and API alike."""

    def endpoints(region: Region) -> Endpoints:
        from intercom_wizard.intercom.regions import Endpoints

        return Endpoints(app_base=base_url, api_base=base_url, overridden=True)

    return endpoints


class WizardContext:
    """Everything the wizard is given. The session is made on first use (see module doc)."""

    def __init__(
        self,
        *,
        session: SetupSession | None = None,
        store: SecretStore | None = None,
        endpoints_for: EndpointsFactory = default_endpoints,
        sandbox: SandboxIntercom | None = None,
        sandbox_credentials: tuple[str, str] = (SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET),
        progress_path: Path | None = None,
        open_browser: BrowserOpener = open_in_system_browser,
        clock: Callable[[], float] = time.monotonic,
        consent_timeout: float = CONSENT_TIMEOUT,
        clipboard_clear_ms: int = CLIPBOARD_CLEAR_MS,
        resume_at_start: bool = True,
        training: bool = False,
        cyclr_overrides: dict[str, str] | None = None,
        cyclr_credentials: tuple[str, str] | None = None,
    ) -> None:
        self._session = session
        self.store = store
        self.endpoints_for = endpoints_for
        self.sandbox = sandbox
        # What the training banner tells people to type; the sandbox was made with these.
        self.sandbox_credentials = sandbox_credentials
        self.progress_path = progress_path or progress_file()
        self.open_browser = open_browser
        self.clock = clock
        self.consent_timeout = consent_timeout
        self.clipboard_clear_ms = clipboard_clear_ms
        self.resume_at_start = resume_at_start
        self.training = training  # known before the sandbox itself has started
        # The Cyclr check's stand-in (INTERCOM_WIZARD_CYCLR_*_URL values; None: the process
        # environment) and, in training, the sandbox Cyclr's API credentials to suggest.
        self.cyclr_overrides = cyclr_overrides
        self.cyclr_credentials = cyclr_credentials
        # The setup profile the values were filled in from, for its banner (profile_opening).
        self.profile: SetupProfile | None = None

    @property
    def session(self) -> SetupSession:
        if self._session is None:
            from intercom_wizard.session import SetupSession

            self._session = SetupSession()
        return self._session

    @session.setter
    def session(self, value: SetupSession) -> None:
        self._session = value

    @property
    def session_loaded(self) -> bool:
        return self._session is not None

    @property
    def in_training(self) -> bool:
        return self.training or self.sandbox is not None

    def secrets(self) -> SecretStore:
        """The secret store, made on first use."""
        if self.store is None:
            from intercom_wizard.secrets import SecretStore

            self.store = SecretStore()
        return self.store

    def endpoints(self) -> Endpoints:
        return self.endpoints_for(self.session.region)
