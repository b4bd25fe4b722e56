from __future__ import annotations

import ssl
from urllib.parse import parse_qs

import httpx
import pytest

from intercom_wizard import __version__
from intercom_wizard.errors import (
    ExchangeFailure,
    InputError,
    NetworkError,
    TokenExchangeError,
)
from intercom_wizard.intercom.regions import Endpoints
from tests.unit.intercom.helpers import (
    CLIENT_ID,
    CLIENT_SECRET,
    CODE,
    TOKEN,
    Recorder,
    assert_no_secrets,
    error_list,
    json_response,
    make_client,
)


async def exchange(recorder: Recorder, endpoints: Endpoints | None = None) -> str:
    client = make_client(recorder) if endpoints is None else make_client(recorder, endpoints)
    async with client:
        return await client.exchange_code(
            code=CODE, client_id=CLIENT_ID, client_secret=CLIENT_SECRET
        )


async def refused(recorder: Recorder, endpoints: Endpoints | None = None) -> TokenExchangeError:
    with pytest.raises(TokenExchangeError) as caught:
        await exchange(recorder, endpoints)
    assert len(recorder.requests) == 1, "a code must never be sent twice"
    assert_no_secrets(caught.value)
    assert caught.value.exit_code == 4
    return caught.value


@pytest.mark.parametrize(
    "body",
    [
        {"token_type": "Bearer", "token": TOKEN, "access_token": TOKEN},
        {"access_token": TOKEN},
        {"token": TOKEN},
        {"access_token": "", "token": TOKEN},
    ],
)
async def test_exchange_returns_the_token(body: dict[str, str]) -> None:
    recorder = Recorder(lambda r: json_response(200, body))
    assert await exchange(recorder) == TOKEN


async def test_exchange_posts_the_form_once_to_the_token_address() -> None:
    recorder = Recorder(lambda r: json_response(200, {"access_token": TOKEN}))
    await exchange(recorder)
    [request] = recorder.requests
    assert request.method == "POST"
    assert str(request.url) == "https://api.intercom.io/auth/eagle/token"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"] == f"intercom-wizard/{__version__}"
    assert "Authorization" not in request.headers
    assert "Intercom-Version" not in request.headers
    # The code travels byte-exact: '+', '/' and '=' survive form encoding.
    assert parse_qs(request.content.decode(), strict_parsing=True) == {
        "code": [CODE],
        "client_id": [CLIENT_ID],
        "client_secret": [CLIENT_SECRET],
    }


@pytest.mark.parametrize(
    ("answer", "reason", "says"),
    [
        (
            error_list(401, "unauthorized", "Unauthorized Code"),
            ExchangeFailure.CODE_REJECTED,
            "code",
        ),
        (error_list(400, "invalid_grant", "expired"), ExchangeFailure.CODE_REJECTED, "code"),
        (
            error_list(401, "unauthorized", "Unauthorized Client"),
            ExchangeFailure.WRONG_CREDENTIALS,
            "Client Secret",
        ),
        (
            error_list(400, "invalid_client", "bad"),
            ExchangeFailure.WRONG_CREDENTIALS,
            "Client Secret",
        ),
        (
            error_list(403, "forbidden", "client_secret mismatch"),
            ExchangeFailure.WRONG_CREDENTIALS,
            "Client Secret",
        ),
        (httpx.Response(401), ExchangeFailure.WRONG_CREDENTIALS, "without saying why"),
        (
            error_list(401, "unauthorized", "Nope"),
            ExchangeFailure.WRONG_CREDENTIALS,
            "without saying why",
        ),
        (
            error_list(404, "not_found", "Resource Not Found"),
            ExchangeFailure.WRONG_REGION,
            "not found",
        ),
        (httpx.Response(404, text="<html>nope</html>"), ExchangeFailure.WRONG_REGION, "not found"),
        (error_list(500, "server_error", "boom"), ExchangeFailure.UNEXPECTED, "Intercom's side"),
        (
            httpx.Response(502, text="<html>Bad gateway</html>"),
            ExchangeFailure.UNEXPECTED,
            "Intercom's side",
        ),
        (
            httpx.Response(400, text="<html>proxy</html>"),
            ExchangeFailure.UNEXPECTED,
            "not Intercom's",
        ),
        (
            httpx.Response(403, text="Forbidden by proxy"),
            ExchangeFailure.UNEXPECTED,
            "not Intercom's",
        ),
        (
            error_list(429, "rate_limit_exceeded", "slow down"),
            ExchangeFailure.UNEXPECTED,
            "rate limit",
        ),
        (error_list(418, "teapot", "short and stout"), ExchangeFailure.UNEXPECTED, "unexpectedly"),
        (
            httpx.Response(302, headers={"Location": "https://x"}),
            ExchangeFailure.UNEXPECTED,
            "unexpectedly",
        ),
        (
            json_response(200, {"token_type": "Bearer"}),
            ExchangeFailure.UNEXPECTED,
            "without a token",
        ),
        (json_response(200, ["not", "a", "dict"]), ExchangeFailure.UNEXPECTED, "without a token"),
        (
            httpx.Response(200, text="<html>captive portal</html>"),
            ExchangeFailure.UNEXPECTED,
            "without a token",
        ),
        (httpx.Response(200), ExchangeFailure.UNEXPECTED, "without a token"),
    ],
)
async def test_every_refusal_is_mapped_and_never_retried(
    answer: httpx.Response, reason: ExchangeFailure, says: str
) -> None:
    error = await refused(Recorder(lambda r: answer))
    assert error.reason is reason
    assert error.status == answer.status_code
    assert says in error.message
    assert error.hint


async def test_code_rejected_hint_explains_expiry_reuse_and_region() -> None:
    error = await refused(Recorder(lambda r: error_list(401, "unauthorized", "Unauthorized Code")))
    assert error.hint is not None
    assert "five minutes" in error.hint and "once" in error.hint
    assert "check the region matches your workspace" in error.hint.lower()
    assert error.request_id == "req-1"


async def test_wrong_credentials_hint_says_where_to_copy_them() -> None:
    answer = error_list(401, "unauthorized", "Unauthorized Client")
    error = await refused(Recorder(lambda r: answer))
    assert error.hint is not None and "Basic Information" in error.hint
    assert "check the region matches your workspace" in error.hint.lower()


async def test_wrong_region_hint() -> None:
    error = await refused(Recorder(lambda r: httpx.Response(404)))
    assert error.hint is not None
    assert "check the region matches your workspace" in error.hint.lower()


async def test_with_an_override_the_hints_point_at_the_variable() -> None:
    stand_in = Endpoints(
        app_base="http://127.0.0.1:9", api_base="http://127.0.0.1:9", overridden=True
    )
    error = await refused(Recorder(lambda r: httpx.Response(404)), stand_in)
    assert error.hint is not None and "INTERCOM_WIZARD_API_URL" in error.hint
    error = await refused(Recorder(lambda r: httpx.Response(503)), stand_in)
    assert error.hint is not None and "http://127.0.0.1:9" in error.hint


async def test_request_id_from_header_when_the_body_has_none() -> None:
    answer = httpx.Response(401, json={"type": "error.list"}, headers={"X-Request-Id": "hdr-9"})
    error = await refused(Recorder(lambda r: answer))
    assert error.request_id == "hdr-9"


async def test_intercom_echoing_the_credentials_is_scrubbed() -> None:
    answer = error_list(401, "unauthorized", f"Unauthorized Code {CODE} for secret {CLIENT_SECRET}")
    error = await refused(Recorder(lambda r: answer))
    assert "[hidden]" in error.message


@pytest.mark.parametrize(
    ("fields", "what"),
    [
        ({"code": " ", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}, "code"),
        ({"code": CODE, "client_id": "", "client_secret": CLIENT_SECRET}, "Client ID"),
        ({"code": CODE, "client_id": CLIENT_ID, "client_secret": ""}, "Client Secret"),
    ],
)
async def test_empty_fields_are_refused_before_anything_is_sent(
    fields: dict[str, str], what: str
) -> None:
    recorder = Recorder(lambda r: json_response(200, {"token": TOKEN}))
    async with make_client(recorder) as client:
        with pytest.raises(InputError) as caught:
            await client.exchange_code(**fields)
    assert what in str(caught.value)
    assert recorder.requests == []
    assert_no_secrets(caught.value)


def raising(exc: Exception) -> Recorder:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return Recorder(handler)


@pytest.mark.parametrize(
    ("exc", "says"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), "Could not connect"),
        (httpx.ConnectTimeout("timed out"), "Could not connect"),
        (httpx.ReadTimeout("timed out"), "did not answer within 15 seconds"),
        (httpx.RemoteProtocolError("Server disconnected"), "broke before Intercom answered"),
        (httpx.ReadError("reset by peer"), "broke before Intercom answered"),
        (httpx.ProxyError("403 Forbidden"), "proxy"),
    ],
)
async def test_network_failures_become_network_errors_without_retry(
    exc: Exception, says: str
) -> None:
    recorder = raising(exc)
    with pytest.raises(NetworkError) as caught:
        await exchange(recorder)
    assert len(recorder.requests) == 1
    assert says in caught.value.message
    assert "api.intercom.io" in caught.value.message
    assert caught.value.hint and "run the consent test again" in caught.value.hint
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert_no_secrets(caught.value)


async def test_name_lookup_failure_suggests_checking_the_region() -> None:
    recorder = raising(httpx.ConnectError("[Errno -2] Name or service not known"))
    eu = Endpoints(app_base="https://app.eu.intercom.com", api_base="https://api.eu.intercom.io")
    with pytest.raises(NetworkError) as caught:
        await exchange(recorder, eu)
    assert "api.eu.intercom.io" in caught.value.message
    assert caught.value.hint and "region matches your workspace" in caught.value.hint


async def test_untrusted_certificate_is_explained() -> None:
    try:
        raise ssl.SSLCertVerificationError("certificate verify failed")
    except ssl.SSLError as inner:
        try:
            raise httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED]") from inner
        except httpx.ConnectError as outer:
            exc = outer
    with pytest.raises(NetworkError) as caught:
        await exchange(raising(exc))
    assert caught.value.hint and "untrusted certificate" in caught.value.hint
