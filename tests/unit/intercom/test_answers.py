from __future__ import annotations

import httpx
import pytest

from intercom_wizard.intercom.answers import read_answer, scrub


@pytest.mark.parametrize(
    ("response", "request_id"),
    [
        (httpx.Response(403, json={"type": "error.list", "request_id": "body-1"}), "body-1"),
        (
            httpx.Response(403, json={"request_id": "body-1"}, headers={"X-Request-Id": "hdr-1"}),
            "body-1",
        ),
        (httpx.Response(403, json={"request_id": ""}, headers={"X-Request-Id": "hdr-1"}), "hdr-1"),
        (httpx.Response(200, json={"type": "admin"}, headers={"x-request-id": "hdr-2"}), "hdr-2"),
        (httpx.Response(500, text="<html>", headers={"X-Request-Id": " hdr-3 "}), "hdr-3"),
        (httpx.Response(403, json={"request_id": 42}), None),
        (httpx.Response(403, json=["request_id"]), None),
        (httpx.Response(204), None),
    ],
)
def test_request_id_from_body_then_header(response: httpx.Response, request_id: str | None) -> None:
    assert read_answer(response).request_id == request_id


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        (
            {"type": "error.list", "errors": [{"code": "forbidden", "message": "No scope"}]},
            "forbidden",
            "No scope",
        ),
        ({"errors": ["junk", {"code": "not_found"}]}, "not_found", None),
        ({"errors": []}, None, None),
        ({"error": "invalid_grant", "error_description": "expired"}, "invalid_grant", "expired"),
        ({"code": "x", "message": "y"}, "x", "y"),
        ({"type": "admin"}, None, None),
        ("just a string", None, None),
    ],
)
def test_error_list_parsing(body: object, code: str | None, message: str | None) -> None:
    parsed = read_answer(httpx.Response(400, json=body))
    assert (parsed.error_code, parsed.error_message) == (code, message)
    assert parsed.is_json and parsed.has_content


def test_non_json_and_empty_bodies() -> None:
    html = read_answer(httpx.Response(502, text="<html>Bad gateway</html>"))
    assert (html.is_json, html.has_content, html.body) == (False, True, None)
    assert html.describe() == "502 (not an Intercom JSON answer)"
    empty = read_answer(httpx.Response(401))
    assert (empty.is_json, empty.has_content) == (False, False)
    assert empty.describe() == "401 with an empty body"


def test_describe_uses_intercoms_words() -> None:
    parsed = read_answer(
        httpx.Response(403, json={"errors": [{"code": "forbidden", "message": "Nope"}]})
    )
    assert parsed.describe() == "403 forbidden: Nope"
    assert not parsed.ok
    assert read_answer(httpx.Response(201, json={})).ok


def test_secrets_are_hidden_and_long_text_is_cut() -> None:
    body = {"errors": [{"code": "bad secret-1", "message": "x" * 2000 + "secret-1"}]}
    parsed = read_answer(httpx.Response(401, json=body), hide=("secret-1", ""))
    assert parsed.error_code == "bad [hidden]"
    assert parsed.error_message is not None and len(parsed.error_message) <= 500
    assert scrub("a+b/c= and a+b/c=", ("a+b/c=",)) == "[hidden] and [hidden]"
    assert scrub("nothing", ("",)) == "nothing"
