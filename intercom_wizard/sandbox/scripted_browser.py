"""The browser's part of a consent, scripted, for tests, benchmarks and unattended runs.

It does what a person does in the sandbox: load the consent page, press Authorize (or Cancel),
and follow Intercom's redirect to the wizard's local listener. Like a real browser it sends the
redirect address exactly as the ``Location`` header has it, so the code's raw ``+``, ``/`` and
``=`` reach the listener unchanged (httpx keeps ``+`` in a query as it is; the tests check it).
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import httpx

from intercom_wizard.errors import ConsentError, NetworkError


def consent_in_sandbox(
    authorize_url: str, *, approve: bool = True, timeout: float = 30.0
) -> tuple[int, str]:
    """Consent on the sandbox and return the status and page the wizard's listener answered.

    Pages the sandbox refuses to go on from (an unknown app, a redirect URL it does not accept)
    are returned as they are, like a browser would show them. The final request blocks while the
    wizard holds the page (it answers after the token exchange and checks), so ``timeout`` is
    the read timeout for that wait.
    """
    limits = httpx.Timeout(timeout, connect=10.0)
    # The wizard's listener presents a self-signed certificate; a person accepts the browser's
    # warning, the script accepts it here. Nothing secret is sent to an unverified peer.
    with httpx.Client(timeout=limits, follow_redirects=False, verify=False) as client:  # noqa: S501
        page = _request(client, "GET", authorize_url)
        if page.status_code != 200:
            return page.status_code, page.text
        decision = "allow" if approve else "deny"
        form = _find_form(page.text, decision)
        if form is None:
            raise ConsentError(
                f"The consent page has no form with the {decision!r} button.",
                hint="Check that the address opens the sandbox's consent page.",
            )
        action, fields = form
        answer = _request(client, "POST", urljoin(authorize_url, action), data=fields)
        location = answer.headers.get("location")
        if not answer.is_redirect or location is None:
            return answer.status_code, answer.text
        # Passed as text, httpx sends the query as received: no '+' becomes '%2B' or a space.
        landing = _request(client, "GET", urljoin(authorize_url, location))
        return landing.status_code, landing.text


def _request(
    client: httpx.Client, method: str, url: str, *, data: dict[str, str] | None = None
) -> httpx.Response:
    try:
        return client.request(method, url, data=data)
    except httpx.HTTPError as exc:
        # Only scheme, host and port: the query may hold the code and the state.
        where = urlsplit(url)
        raise NetworkError(
            f"The scripted browser could not load {where.scheme}://{where.netloc}{where.path} "
            f"({type(exc).__name__}).",
            hint="Check that the sandbox and the wizard's listener are both running.",
        ) from None


def _find_form(html: str, decision: str) -> tuple[str, dict[str, str]] | None:
    """The action and fields of the form whose submit button sends ``decision``."""
    parser = _FormParser()
    parser.feed(html)
    parser.close()
    for form in parser.forms:
        if form.buttons.get("decision") == decision:
            fields = {**form.fields, "decision": decision}
            return form.action, fields
    return None


class _Form:
    def __init__(self, action: str) -> None:
        self.action = action
        self.fields: dict[str, str] = {}
        self.buttons: dict[str, str] = {}


class _FormParser(HTMLParser):
    """Collects each form's hidden fields and named submit buttons."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[_Form] = []
        self._current: _Form | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "form":
            self._current = _Form(values.get("action", ""))
            self.forms.append(self._current)
        elif self._current is not None and "name" in values:
            kind = values.get("type", "submit" if tag == "button" else "text").lower()
            if tag == "button" or (tag == "input" and kind == "submit"):
                if kind == "submit":
                    self._current.buttons[values["name"]] = values.get("value", "")
            elif tag == "input":
                self._current.fields[values["name"]] = values.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._current = None
