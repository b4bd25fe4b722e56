"""Reading, without changing anything, the partner's Cyclr accounts and Intercom connectors.

The wizard lists them before the check so the partner can pick an account and a connector,
and to show the real connectors in place of the guessed table.
"""

from __future__ import annotations

from dataclasses import dataclass

from intercom_wizard.cyclr.check import ConnectorChoice
from intercom_wizard.cyclr.client import Account, CyclrClient
from intercom_wizard.cyclr.connectors import intercom_connectors
from intercom_wizard.cyclr.errors import CyclrCredentialsRefused, CyclrError
from intercom_wizard.cyclr.locations import CyclrEndpoints
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.secrets import SecretStore


@dataclass(frozen=True)
class Listing:
    accounts: list[Account]
    connectors: list[ConnectorChoice] | None  # None: Cyclr would not list them (see problem)
    connectors_problem: str | None = None


async def list_cyclr(
    endpoints: CyclrEndpoints,
    *,
    client_id: str,
    client_secret: str,
    store: SecretStore | None,
    version: ApiVersion | None,
    account_id: str | None = None,
) -> Listing:
    """The accounts, and the Intercom connectors as ``account_id`` (else the first) sees them.

    Refused credentials and an unreachable Cyclr raise, as in the check itself.
    """
    async with CyclrClient(
        endpoints, client_id=client_id, client_secret=client_secret, store=store
    ) as client:
        accounts = await client.accounts()
        # [?] Whether connectors can be listed without an account is undocumented: with no
        # account at all the call is tried bare, and a refusal only leaves the list unknown.
        through = account_id or (accounts[0].id if accounts else None)
        try:
            listed = intercom_connectors(await client.connectors(through))
        except CyclrCredentialsRefused:
            raise
        except CyclrError as error:
            return Listing(accounts, None, error.message)
    return Listing(accounts, [ConnectorChoice(c, c.matches(version)) for c in listed])
