"""The address of Intercom's consent page for one attempt."""

from __future__ import annotations

from typing import Protocol
from urllib.parse import quote, urlencode

from intercom_wizard.errors import InputError
from intercom_wizard.i18n import _
from intercom_wizard.intercom.app_credentials import check_client_id


class HasAppBase(Protocol):
    """Anything that knows the region's app base URL (``Endpoints`` does)."""

    @property
    def app_base(self) -> str: ...


def authorize_url(endpoints: HasAppBase, *, client_id: str, state: str, redirect_uri: str) -> str:
    """``{app_base}/oauth?client_id=…&state=…&redirect_uri=…``, every value percent-encoded."""
    client_id = check_client_id(client_id)
    if not state:
        raise InputError(_("The consent attempt has no state."), hint=_("Start the check again."))
    query = urlencode(
        [("client_id", client_id), ("state", state), ("redirect_uri", redirect_uri)],
        # quote (not quote_plus) with nothing safe: ':' and '/' in the redirect URI are encoded,
        # and a space could never turn into a '+' that reads back differently.
        quote_via=quote,
        safe="",
    )
    return f"{endpoints.app_base.rstrip('/')}/oauth?{query}"
