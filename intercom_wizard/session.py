"""One setup in progress: what the partner has told the wizard so far, and the last check.

The wizard's pages and the ``verify`` command both read and edit this object; nothing else holds
setup state. It never holds a secret, so it can be saved as it is (the wizard keeps it in its
settings file to resume after a restart).
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from intercom_wizard.consent.ports import DEFAULT_PORT, MAX_PORT, MIN_PORT
from intercom_wizard.errors import InputError
from intercom_wizard.intercom.cyclr import CallbackTarget, callback_for
from intercom_wizard.intercom.regions import Endpoints, Region
from intercom_wizard.intercom.versions import ApiVersion

SCHEMA_VERSION = 1


def loopback_redirect_uri(port: int, *, use_tls: bool = True) -> str:
    """The wizard's own redirect URL, to register next to Cyclr's callback."""
    scheme = "https" if use_tls else "http"
    return f"{scheme}://127.0.0.1:{port}/callback"


@dataclass
class SetupSession:
    """Everything about one setup except secrets."""

    region: Region = Region.US
    service_domain: str = ""
    client_id: str = ""
    port: int = DEFAULT_PORT
    use_tls: bool = True
    api_version: ApiVersion | None = None
    last_page: int = 0
    step_status: dict[str, str] = field(default_factory=dict)

    def endpoints(self, env: Mapping[str, str] | None = None) -> Endpoints:
        return Endpoints.for_region(self.region, env)

    def callback_target(self) -> CallbackTarget:
        return callback_for(self.service_domain)

    def redirect_uri(self) -> str:
        return loopback_redirect_uri(self.port, use_tls=self.use_tls)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "region": self.region.value,
            "service_domain": self.service_domain,
            "client_id": self.client_id,
            "port": self.port,
            "use_tls": self.use_tls,
            "api_version": self.api_version.name if self.api_version else None,
            "last_page": self.last_page,
            "step_status": dict(self.step_status),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SetupSession:
        """A session from saved data; whatever is missing or unreadable falls back to defaults."""
        session = cls()
        if not isinstance(data, Mapping):
            return session
        with suppress(InputError):
            session.region = Region.parse(str(data.get("region", "us")))
        for name in ("service_domain", "client_id"):
            value = data.get(name)
            if isinstance(value, str):
                setattr(session, name, value.strip())
        port = data.get("port")
        if isinstance(port, int) and not isinstance(port, bool) and MIN_PORT <= port <= MAX_PORT:
            session.port = port
        if isinstance(data.get("use_tls"), bool):
            session.use_tls = data["use_tls"]
        version = data.get("api_version")
        if isinstance(version, str):
            with suppress(InputError):
                session.api_version = ApiVersion.parse(version)
        page = data.get("last_page")
        if isinstance(page, int) and not isinstance(page, bool) and page >= 0:
            session.last_page = page
        steps = data.get("step_status")
        if isinstance(steps, Mapping):
            session.step_status = {str(k): str(v) for k, v in steps.items() if isinstance(v, str)}
        return session
