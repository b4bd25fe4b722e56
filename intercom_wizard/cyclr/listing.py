"""Reading, without changing anything, the partner's Cyclr accounts and Intercom connectors.

The wizard lists them before the check so the partner can pick an account and a connector,
and to show the real connectors in place of the guessed table.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from intercom_wizard.cyclr import remembered
from intercom_wizard.cyclr.check import ConnectorChoice
from intercom_wizard.cyclr.client import Account, CyclrClient, store_key
from intercom_wizard.cyclr.connectors import Connector, intercom_connectors
from intercom_wizard.cyclr.errors import CyclrCredentialsRefused, CyclrError
from intercom_wizard.cyclr.locations import CyclrEndpoints
from intercom_wizard.errors import WizardError
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.progress import ProgressFile
from intercom_wizard.secrets import SecretKind, SecretStore

_log = logging.getLogger(__name__)


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


async def refresh_from_stored(
    progress: ProgressFile,
    store: SecretStore,
    *,
    service_domain: str,
    version: ApiVersion | None,
    env: Mapping[str, str] | None = None,
) -> list[Connector] | None:
    """List the Intercom connectors again with the Cyclr credentials this computer keeps.

    None when none are kept or Cyclr does not answer: the pages then keep the guessed table and
    say it is a guess. What is listed is remembered for the next run.
    """
    setup = remembered.load(progress)
    if not setup.client_id or not service_domain:
        return None
    try:
        endpoints = setup.endpoints(service_domain, env=env)
        secret = await store.load(
            SecretKind.CYCLR_API_SECRET, store_key(endpoints, setup.client_id)
        )
        if not secret:
            return None
        listing = await list_cyclr(
            endpoints,
            client_id=setup.client_id,
            client_secret=secret,
            store=store,
            version=version,
        )
    except WizardError as error:
        _log.info("the Cyclr connectors could not be listed: %s", type(error).__name__)
        return None
    if listing.connectors is None:
        return None
    setup.connectors = [choice.connector for choice in listing.connectors]
    setup.listed_from = endpoints.api_base
    remembered.save(progress, setup)
    return setup.connectors
