"""What this computer remembers of the partner's Cyclr between runs, never a secret.

Kept as the ``cyclr`` section of the progress file: where the partner's Cyclr lives, the Cyclr
API Client ID used (so ``forget`` finds the secret and token kept in the keyring under it), and
the Intercom connectors Cyclr's API listed last, which replace the guessed connector table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from intercom_wizard.cyclr.connectors import Connector
from intercom_wizard.cyclr.locations import CyclrEndpoints, CyclrLocation, private_api_base
from intercom_wizard.errors import InputError, ProgressError
from intercom_wizard.i18n import _
from intercom_wizard.progress import CYCLR_SECTION, ProgressFile
from intercom_wizard.secrets import CYCLR_KINDS, ForgetReport, SecretStore

PRIVATE = "private"  # the location of a private instance, reached by its API URL


@dataclass
class CyclrSetup:
    location: str = CyclrLocation.US.value  # a CyclrLocation value, or PRIVATE
    api_url: str = ""  # a private instance's API URL, as typed
    client_id: str = ""  # the Cyclr API Client ID
    api_base: str = ""  # where the secret and token are kept (see client.store_key)
    connectors: list[Connector] | None = None  # None: Cyclr's API has not listed them yet
    listed_from: str = ""  # the API base that listed them

    def resolved_api_base(self) -> str:
        """The API base for the location or the private URL; InputError when unusable."""
        if self.location == PRIVATE:
            if not self.api_url.strip():
                raise InputError(
                    _("The private Cyclr instance's API URL is empty."),
                    hint=_("Give its API URL, for example https://api.example.com."),
                )
            return private_api_base(self.api_url)
        return CyclrLocation.parse(self.location).api_base

    def endpoints(
        self, service_domain: str, env: Mapping[str, str] | None = None
    ) -> CyclrEndpoints:
        return CyclrEndpoints.resolve(
            api_base=self.resolved_api_base(), service_domain=service_domain, env=env
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "location": self.location,
            "api_url": self.api_url,
            "client_id": self.client_id,
            "api_base": self.api_base,
            "connectors": None
            if self.connectors is None
            else [{"id": c.id, "name": c.name, "version": c.version} for c in self.connectors],
            "listed_from": self.listed_from,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CyclrSetup:
        """What was saved; anything missing or unreadable falls back to the default."""
        setup = cls()
        for name in ("location", "api_url", "client_id", "api_base", "listed_from"):
            value = data.get(name)
            if isinstance(value, str):
                setattr(setup, name, value.strip())
        if setup.location != PRIVATE and setup.location not in {c.value for c in CyclrLocation}:
            setup.location = CyclrLocation.US.value
        listed = data.get("connectors")
        if isinstance(listed, list):
            found = [Connector.from_api(_pascal(item)) for item in listed if isinstance(item, dict)]
            setup.connectors = [c for c in found if c is not None]
        return setup


def _pascal(item: Mapping[str, Any]) -> dict[str, Any]:
    return {str(key)[:1].upper() + str(key)[1:]: value for key, value in item.items()}


def load(progress: ProgressFile) -> CyclrSetup:
    return CyclrSetup.from_dict(progress.section(CYCLR_SECTION))


def save(progress: ProgressFile, setup: CyclrSetup) -> ProgressError | None:
    """Save ``setup``; the error instead of raising, since the check goes on without it."""
    try:
        progress.save_section(CYCLR_SECTION, setup.to_dict())
    except ProgressError as error:
        return error
    return None


async def forget_cyclr(store: SecretStore, progress: ProgressFile) -> ForgetReport | None:
    """Remove the Cyclr API secret and token kept for the Cyclr Client ID last used here.

    None when no Cyclr check was set up on this computer (nothing could be kept).
    """
    from intercom_wizard.cyclr.client import key_for

    setup = load(progress)
    if not setup.client_id or not setup.api_base:
        return None
    return await store.forget(key_for(setup.api_base, setup.client_id), CYCLR_KINDS)
