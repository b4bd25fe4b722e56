"""The browser's part of Cyclr's sign-in, scripted: Cyclr's page, Intercom's consent, back.

It follows redirects one by one as a browser does (raw, so the code's ``+`` stays ``+``), and
stops where a person would: on any page that is not a redirect and not the consent form.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import httpx

from intercom_wizard.errors import NetworkError
from intercom_wizard.sandbox.scripted_browser import _find_form

MAX_HOPS = 10


def sign_in_through_cyclr(
    url: str, *, approve: bool = True, timeout: float = 30.0
) -> tuple[int, str, str]:
    """The status, page and address the browser ended on."""
    with httpx.Client(timeout=httpx.Timeout(timeout, connect=10.0)) as client:
        method, data = "GET", None
        decided = False
        for _ in range(MAX_HOPS):
            try:
                answer = client.request(method, url, data=data)
            except httpx.HTTPError as error:
                where = urlsplit(url)
                raise NetworkError(
                    f"The scripted browser could not load {where.scheme}://{where.netloc}"
                    f"{where.path} ({type(error).__name__})."
                ) from None
            location = answer.headers.get("location")
            if answer.is_redirect and location:
                url, method, data = urljoin(url, location), "GET", None
                continue
            form = None if decided else _find_form(answer.text, "allow" if approve else "deny")
            if answer.status_code != 200 or form is None:
                return answer.status_code, answer.text, url
            action, data = form
            url, method, decided = urljoin(url, action), "POST", True
        return 0, "too many redirects", url


def browse_in_sandbox(url: str, *, approve: bool = True, timeout: float = 30.0) -> tuple[int, str]:
    """The browser's part of whichever address the wizard opened: Cyclr's sign-in or consent."""
    from intercom_wizard.sandbox.cyclr.behaviour import OAUTH_PAGE
    from intercom_wizard.sandbox.scripted_browser import consent_in_sandbox

    if urlsplit(url).path == OAUTH_PAGE:
        status, page, _where = sign_in_through_cyclr(url, approve=approve, timeout=timeout)
        return status, page
    return consent_in_sandbox(url, approve=approve, timeout=timeout)
