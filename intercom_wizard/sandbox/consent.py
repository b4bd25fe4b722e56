"""The app host's consent pages: ``/oauth`` shows the consent, ``/oauth/decide`` redirects back.

Like Intercom, the code goes into the redirect raw: its ``+``, ``/`` and ``=`` are not
percent-encoded, so the wizard's byte-exact handling is exercised on every run.
"""

from __future__ import annotations

import hmac
from http import HTTPStatus
from urllib.parse import parse_qsl, quote, urlsplit

from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.sandbox.messages import Answer, Request, html_answer
from intercom_wizard.sandbox.pages import consent_page, problem_page
from intercom_wizard.sandbox.state import SandboxState

CONSENT_PATHS = ("/", "/oauth", "/oauth/decide")


def answer_consent(state: SandboxState, request: Request) -> Answer:
    if request.path == "/":
        return html_answer(
            HTTPStatus.OK,
            problem_page(
                "Sandbox Intercom",
                "This is a training stand-in for Intercom. Start a consent from the wizard; "
                "it opens the right address here.",
            ),
        )
    if request.path == "/oauth" and request.method == "GET":
        return _consent_page(state, dict(parse_qsl(request.query, keep_blank_values=True)))
    if request.path == "/oauth/decide" and request.method == "POST":
        form = request.body.decode("utf-8", "replace")
        return _decide(state, dict(parse_qsl(form, keep_blank_values=True)))
    return html_answer(
        HTTPStatus.METHOD_NOT_ALLOWED,
        problem_page("Not allowed", f"{request.method} is not used on {request.path}."),
    )


def _consent_page(state: SandboxState, params: dict[str, str]) -> Answer:
    problem = _authorize_problem(state, params)
    if problem is not None:
        return problem
    page = consent_page(
        app_name=state.app_name,
        workspace_name=state.workspace_name,
        permissions=set(PermissionKey) - set(state.faults.missing),
        client_id=params["client_id"],
        state=params.get("state", ""),
        redirect_uri=params["redirect_uri"],
    )
    return html_answer(HTTPStatus.OK, page)


def _decide(state: SandboxState, params: dict[str, str]) -> Answer:
    problem = _authorize_problem(state, params)
    if problem is not None:
        return problem
    decision = params.get("decision")
    if decision not in ("allow", "deny"):
        return html_answer(
            HTTPStatus.BAD_REQUEST,
            problem_page("No decision", "Choose Authorize or Cancel on the consent page."),
        )
    redirect_uri = params["redirect_uri"]
    if decision == "allow" and not state.faults.decline:
        answer = f"code={state.issue_code(params['client_id'])}"  # raw, like Intercom
    else:
        answer = "error=access_denied&error_description=" + quote(
            "The user declined the authorization request", safe=""
        )
    if params.get("state"):
        answer += "&state=" + quote(params["state"], safe="")
    separator = "&" if urlsplit(redirect_uri).query else "?"
    return Answer(
        HTTPStatus.FOUND,
        b"",
        [("Location", f"{redirect_uri}{separator}{answer}"), ("Cache-Control", "no-store")],
    )


def _authorize_problem(state: SandboxState, params: dict[str, str]) -> Answer | None:
    client_id = params.get("client_id", "")
    if not client_id:
        return html_answer(
            HTTPStatus.BAD_REQUEST,
            problem_page("No client_id", "The consent address carries no client_id."),
        )
    if not hmac.compare_digest(client_id.encode(), state.client_id.encode()):
        return html_answer(
            HTTPStatus.BAD_REQUEST,
            problem_page(
                "Unknown app",
                "No app with this Client ID exists in the sandbox workspace. "
                f"Use the sandbox's Client ID ({state.client_id}).",
            ),
        )
    redirect_uri = params.get("redirect_uri", "")
    registered = state.redirect_uris
    if registered is not None and redirect_uri not in registered:
        # Like Intercom: a redirect URL must be registered on the app exactly.
        return html_answer(
            HTTPStatus.BAD_REQUEST,
            problem_page(
                "Redirect URL not registered",
                f"{redirect_uri} is not among this app's redirect URLs.",
            ),
        )
    if (
        registered is None
        and redirect_uri not in state.extra_redirect_uris
        and not redirect_allowed(redirect_uri)
    ):
        return html_answer(
            HTTPStatus.BAD_REQUEST,
            problem_page(
                "Redirect URL not registered",
                "The redirect_uri must be http(s)://127.0.0.1:PORT/callback, "
                "http(s)://localhost:PORT/callback or https://SERVICE-DOMAIN/connector/callback.",
            ),
        )
    return None


def redirect_allowed(uri: str) -> bool:
    """The redirect URLs registered on the sandbox's app: loopback callbacks and Cyclr's."""
    if not uri or not uri.isascii() or any(ord(ch) <= 0x20 or ord(ch) == 0x7F for ch in uri):
        return False
    try:
        split = urlsplit(uri)
        split.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return False
    if split.username is not None or split.fragment or not split.hostname:
        return False
    if split.hostname in ("127.0.0.1", "localhost"):
        return split.scheme in ("http", "https") and split.path == "/callback"
    return split.scheme == "https" and split.path == "/connector/callback"
