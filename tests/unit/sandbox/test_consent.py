"""The app host: consent page, decision, redirect with a raw code."""

from __future__ import annotations

import base64
from urllib.parse import urlencode

import httpx
import pytest

from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.sandbox.behaviour import IntercomBehaviour
from tests.unit.sandbox.conftest import CALLBACK, decide, raw_query


# No sockets needed here: the behaviour answers through httpx.MockTransport.
@pytest.fixture
def sandbox(behaviour: IntercomBehaviour) -> IntercomBehaviour:
    return behaviour


@pytest.fixture
def client(offline_client: httpx.Client) -> httpx.Client:
    return offline_client


def test_consent_page_shows_app_workspace_permissions_banner_and_both_buttons(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    page = client.get(sandbox.authorize_url(redirect_uri=CALLBACK, state="st-1"))
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    text = page.text
    assert "SANDBOX: training stand-in for Intercom" in text
    assert sandbox.app_name in text and sandbox.workspace_name in text
    for label in ("Read admins", "Read one user and one company", "Write conversations"):
        assert label in text
    assert 'value="allow"' in text and ">Authorize<" in text
    assert 'value="deny"' in text and ">Cancel<" in text
    assert text.count('action="/oauth/decide"') == 2
    assert "<script" not in text


def test_consent_page_leaves_out_permissions_the_app_lacks(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    sandbox.faults.missing = {PermissionKey.WRITE_CONVERSATIONS}
    text = client.get(sandbox.authorize_url(redirect_uri=CALLBACK)).text
    assert "Write conversations" not in text and "Read admins" in text


def test_consent_page_escapes_what_comes_from_the_address_bar(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    text = client.get(sandbox.authorize_url(redirect_uri=CALLBACK, state='"><script>x')).text
    assert "<script>x" not in text
    assert "&quot;&gt;&lt;script&gt;x" in text


@pytest.mark.parametrize(
    ("params", "title"),
    [
        ({"redirect_uri": CALLBACK}, "No client_id"),
        ({"client_id": "someone-else", "redirect_uri": CALLBACK}, "Unknown app"),
        ({"client_id": "sandbox-client-id"}, "Redirect URL not registered"),
        ({"client_id": "sandbox-client-id", "redirect_uri": "https://evil.example/cb"}, "Redirect"),
        (
            {
                "client_id": "sandbox-client-id",
                "redirect_uri": "http://x-h.cyclr.com/connector/callback",
            },
            "Redirect",
        ),
        (
            {"client_id": "sandbox-client-id", "redirect_uri": "http://127.0.0.1:9/other"},
            "Redirect",
        ),
        (
            {"client_id": "sandbox-client-id", "redirect_uri": "http://127.0.0.1:99999/callback"},
            "Redirect",
        ),
        (
            {"client_id": "sandbox-client-id", "redirect_uri": "ftp://127.0.0.1:9/callback"},
            "Redirect",
        ),
        (
            {
                "client_id": "sandbox-client-id",
                "redirect_uri": "http://127.0.0.1:9/callback\r\nX: y",
            },
            "Redirect",
        ),
    ],
)
def test_bad_consent_requests_get_an_error_page(
    client: httpx.Client, params: dict[str, str], title: str
) -> None:
    page = client.get("/oauth?" + urlencode(params))
    assert page.status_code == 400
    assert title in page.text
    assert "SANDBOX" in page.text


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "https://127.0.0.1:41923/callback",
        "http://localhost:8080/callback",
        "https://app-h.cyclr.com/connector/callback",
        "https://mycompany-h.eu.cyclr.com/connector/callback",
    ],
)
def test_registered_redirect_urls_are_accepted(
    sandbox: IntercomBehaviour, client: httpx.Client, redirect_uri: str
) -> None:
    assert client.get(sandbox.authorize_url(redirect_uri=redirect_uri)).status_code == 200
    answer = decide(client, sandbox, redirect_uri=redirect_uri)
    assert answer.status_code == 302
    assert answer.headers["location"].startswith(redirect_uri + "?code=")


def test_authorize_redirects_with_a_raw_code_and_the_state(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    answer = decide(client, sandbox, state="a b/c+d")
    assert answer.status_code == 302
    location = answer.headers["location"]
    assert location.startswith(CALLBACK + "?code=")
    fields = raw_query(location)
    assert set(fields) == {"code", "state"}
    assert fields["state"] == "a%20b%2Fc%2Bd"  # the state is encoded, the code is not


def test_every_code_has_plus_slash_and_trailing_equals_and_is_base64(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    codes = {raw_query(decide(client, sandbox).headers["location"])["code"] for _ in range(25)}
    assert len(codes) == 25
    for code in codes:
        assert "+" in code and "/" in code and code.endswith("=")
        assert "%" not in code
        assert len(base64.b64decode(code, validate=True)) == 32


def test_cancel_sends_access_denied_and_the_state(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    fields = raw_query(decide(client, sandbox, "deny").headers["location"])
    assert fields["error"] == "access_denied"
    assert fields["state"] == "st-1"
    assert "code" not in fields


def test_decline_fault_turns_authorize_into_a_refusal(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    sandbox.faults.decline = True
    fields = raw_query(decide(client, sandbox, "allow").headers["location"])
    assert fields["error"] == "access_denied" and "code" not in fields


def test_decision_is_validated_again(sandbox: IntercomBehaviour, client: httpx.Client) -> None:
    assert decide(client, sandbox, "maybe").status_code == 400
    assert decide(client, sandbox, client_id="other").status_code == 400
    assert decide(client, sandbox, redirect_uri="https://evil.example/x").status_code == 400


def test_redirect_keeps_an_existing_query(sandbox: IntercomBehaviour, client: httpx.Client) -> None:
    uri = "https://x-h.cyclr.com/connector/callback?tenant=7"
    location = decide(client, sandbox, redirect_uri=uri).headers["location"]
    assert location.startswith(uri + "&code=")


def test_consent_ignores_api_faults(sandbox: IntercomBehaviour, client: httpx.Client) -> None:
    sandbox.faults.server_error = True
    sandbox.faults.drop_connection = True
    sandbox.faults.slow_seconds = 5.0
    assert client.get(sandbox.authorize_url(redirect_uri=CALLBACK)).status_code == 200
    assert decide(client, sandbox).status_code == 302


def test_root_and_wrong_methods_answer_with_pages(client: httpx.Client) -> None:
    assert "training stand-in" in client.get("/").text
    assert client.post("/oauth").status_code == 405
    assert client.get("/oauth/decide").status_code == 405
