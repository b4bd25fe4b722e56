"""What the sandbox Intercom answers, as a pure function of a request: no sockets.

:class:`IntercomBehaviour` is the whole stand-in (consent pages, token exchange, ``/me``, the
probed endpoints, faults). The threaded server in ``server.py`` carries it over HTTP;
:meth:`IntercomBehaviour.transport` carries it as an ``httpx.MockTransport`` for tests that need
no sockets.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from urllib.parse import urlencode

import httpx

from intercom_wizard.sandbox.api import answer_api
from intercom_wizard.sandbox.consent import CONSENT_PATHS, answer_consent
from intercom_wizard.sandbox.messages import Answer, Request, html_answer
from intercom_wizard.sandbox.pages import problem_page
from intercom_wizard.sandbox.state import SandboxState

_log = logging.getLogger(__name__)


class IntercomBehaviour(SandboxState):
    """The sandbox workspace and how it answers each request."""

    # Where a transport client points. Its requests never leave the process; one sent over a
    # socket by mistake goes to loopback's discard port and is refused.
    base_url = "http://127.0.0.1:9"

    def authorize_url(self, *, redirect_uri: str, state: str = "sandbox-state") -> str:
        """The consent address the wizard would open for this sandbox."""
        query = urlencode(
            {"client_id": self.client_id, "state": state, "redirect_uri": redirect_uri}
        )
        return f"{self.base_url}/oauth?{query}"

    def answer(self, request: Request) -> Answer | None:
        """The answer to one request, or None to close the connection without one.

        A bug in the sandbox is logged with its traceback and answered 500, so the client sees
        a failure and the log says it was the sandbox's, not Intercom's.
        """
        try:
            if request.path in CONSENT_PATHS:
                return answer_consent(self, request)
            return answer_api(self, request)
        except Exception:
            # The path only: queries and bodies carry codes, states and secrets.
            _log.exception("the sandbox failed on %s %s", request.method, request.path)
            return html_answer(
                HTTPStatus.INTERNAL_SERVER_ERROR,
                problem_page("Sandbox failure", "The sandbox could not answer this request."),
            )

    def transport(self) -> httpx.MockTransport:
        """This behaviour as an httpx transport, for sync and async clients alike.

        A dropped connection becomes ``httpx.RemoteProtocolError``, as over a socket. The
        ``slow`` fault blocks the calling thread (an async caller's loop too).
        """

        def handle(request: httpx.Request) -> httpx.Response:
            # The path as sent (still percent-encoded), like the HTTP server sees it.
            path, _, query = request.url.raw_path.decode("ascii", "replace").partition("?")
            answer = self.answer(
                Request(
                    method=request.method,
                    path=path or "/",
                    query=query,
                    headers={name.lower(): value for name, value in request.headers.items()},
                    body=request.read(),
                )
            )
            if answer is None:
                raise httpx.RemoteProtocolError(
                    "Server disconnected without sending a response.", request=request
                )
            return httpx.Response(answer.status, headers=answer.headers, content=answer.body)

        return httpx.MockTransport(handle)
