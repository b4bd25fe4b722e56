from __future__ import annotations

import asyncio
import json
import re

import httpx
import pytest

from intercom_wizard.errors import TokenRejected
from intercom_wizard.intercom.answers import Answer
from intercom_wizard.intercom.permissions import PermissionKey, ProbeResult, Verdict
from intercom_wizard.intercom.probes import PROBE_API_VERSION, PROBES, ProbeCall, combine, judge
from tests.unit.intercom.helpers import TOKEN, Recorder, error_list, json_response, make_client

ADMINS = PermissionKey.READ_ADMINS
ONE = PermissionKey.READ_ONE_USER_AND_ONE_COMPANY
WRITE = PermissionKey.WRITE_CONVERSATIONS
G, M, U = Verdict.GRANTED, Verdict.MISSING, Verdict.UNKNOWN


def answer(
    status: int, code: str | None = None, message: str | None = None, *, is_json: bool = True
) -> Answer:
    return Answer(
        status=status,
        body={} if is_json else None,
        is_json=is_json,
        has_content=True,
        request_id=f"req-{status}",
        error_code=code,
        error_message=(message or "Intercom says so") if code else None,
    )


SCOPE = "You do not have the required scope (x) to access this resource"

VERDICTS = [
    # Read admins: GET /admins
    (ADMINS, answer(200), G),
    (ADMINS, answer(200, is_json=False), U),
    (ADMINS, answer(403, "forbidden", SCOPE), M),
    (ADMINS, answer(403, "forbidden", "Feature not enabled"), U),  # same code, other refusal
    (ADMINS, answer(403), U),
    (ADMINS, answer(403, "api_plan_restricted"), U),
    (ADMINS, answer(404, "not_found"), U),
    (ADMINS, answer(400, "parameter_invalid"), U),
    (ADMINS, answer(429, "rate_limit_exceeded"), U),
    (ADMINS, answer(500, "server_error"), U),
    (ADMINS, answer(302, is_json=False), U),
    (ADMINS, answer(418), U),
    # Read one user and one company: GET /companies/{id}
    (ONE, answer(404, "company_not_found"), G),
    (ONE, answer(200), G),
    (ONE, answer(404, "not_found"), U),  # a missing route, not the documented answer
    (ONE, answer(404, is_json=False), U),
    (ONE, answer(403, "forbidden", SCOPE), M),
    (ONE, answer(400, "parameter_invalid"), U),
    (ONE, answer(503), U),
    (ONE, answer(422), U),
    # Write conversations: POST /conversations from a contact that cannot exist
    (WRITE, answer(404, "not_found"), G),
    (WRITE, answer(200), G),
    (WRITE, answer(404, is_json=False), U),
    (WRITE, answer(400, "parameter_invalid"), U),  # undocumented: never granted
    (WRITE, answer(422, "parameter_invalid"), U),
    (WRITE, answer(400), U),
    (WRITE, answer(400, "intercom_version_invalid"), U),
    (WRITE, answer(403, "forbidden", SCOPE), M),
    (WRITE, answer(403, "api_plan_restricted"), U),
    (WRITE, answer(500), U),
    (WRITE, answer(409, "conflict"), U),
]


@pytest.mark.parametrize(("key", "given", "verdict"), VERDICTS)
def test_verdict_table(key: PermissionKey, given: Answer, verdict: Verdict) -> None:
    (call,) = PROBES[key]
    result = judge(key, call, given)
    assert result.key is key
    assert result.verdict is verdict
    assert result.status == given.status
    assert result.request_id == given.request_id
    assert str(given.status) in result.detail
    if verdict is M:
        assert "Developer Hub > your app > Authentication > Edit permissions" in result.detail
        assert "consent test again" in result.detail
    if given.error_message:
        assert given.error_message in result.detail


def result(verdict: Verdict, request_id: str | None = None, status: int = 200) -> ProbeResult:
    return ProbeResult(ONE, verdict, status, request_id, f"{verdict.value} detail.")


@pytest.mark.parametrize(
    ("verdicts", "combined"),
    [
        ((G, G), G),
        ((G, M), M),
        ((M, G), M),
        ((U, M), M),
        ((M, U), M),
        ((G, U), U),
        ((U, G), U),
        ((U, U), U),
        ((M, M), M),
    ],
)
def test_combining_two_probes(verdicts: tuple[Verdict, Verdict], combined: Verdict) -> None:
    merged = combine(ONE, [result(v, f"id-{i}") for i, v in enumerate(verdicts)])
    assert merged.verdict is combined
    deciding = [i for i, v in enumerate(verdicts) if v is combined]
    assert merged.request_id == f"id-{deciding[0]}"
    assert merged.detail.count(f"{combined.value} detail.") == len(deciding)


def test_combined_request_id_falls_back_to_any_deciding_probe() -> None:
    merged = combine(ONE, [result(M, None, 403), result(M, "second", 403)])
    assert merged.request_id == "second"


def test_single_probe_passes_through() -> None:
    single = result(G, "x")
    assert combine(ONE, [single]) is single


def test_probe_table_shape() -> None:
    assert set(PROBES) == set(PermissionKey)
    assert [(c.method, c.path) for calls in PROBES.values() for c in calls] == [
        ("GET", "/admins"),
        ("GET", "/companies/{id}"),
        ("POST", "/conversations"),
    ]
    for calls in PROBES.values():
        for call in calls:
            readings = [(r.status, r.error_code, r.message_contains) for r in call.readings]
            assert len(set(readings)) == len(readings)
            assert any(r.verdict is M and r.status == 403 for r in call.readings)


def test_random_ids_are_fresh_24_hex() -> None:
    call = ProbeCall("GET", "/companies/{id}", readings=())
    first, second = call.concrete_path(), call.concrete_path()
    assert re.fullmatch(r"/companies/[0-9a-f]{24}", first)
    assert first != second
    assert call.label == "GET /companies/<random id>"


def test_the_conversation_comes_from_a_fresh_contact_id_each_time() -> None:
    (call,) = PROBES[WRITE]
    first, second = call.json_body, call.json_body
    assert first is not None and second is not None
    assert re.fullmatch(r"[0-9a-f]{24}", first["from"]["id"])
    assert first["from"]["id"] != second["from"]["id"]
    assert first["from"]["type"] == "user" and first["body"]


def intercom_like(missing: set[str] = frozenset()) -> Recorder:  # type: ignore[assignment]
    """Answers the probes the way Intercom does, refusing the paths listed in ``missing``."""

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        first = "/" + path.split("/")[1]
        if first in missing:
            return error_list(403, "forbidden", SCOPE, "req-403")
        if path == "/admins":
            return json_response(
                200, {"type": "admin.list", "admins": []}, **{"X-Request-Id": "h-a"}
            )
        if first == "/companies":
            return error_list(404, "company_not_found", "Company Not Found", "req/companies")
        if path == "/conversations" and request.method == "POST":
            return error_list(404, "not_found", "User Not Found", "req-conv")
        return httpx.Response(500)

    return Recorder(handler)


async def test_probe_all_with_everything_granted() -> None:
    recorder = intercom_like()
    async with make_client(recorder) as client:
        results = await client.probe_all(TOKEN)
    assert list(results) == [ADMINS, ONE, WRITE]
    assert {k: r.verdict for k, r in results.items()} == {ADMINS: G, ONE: G, WRITE: G}
    assert results[ADMINS].request_id == "h-a"
    assert results[ONE].request_id == "req/companies"
    assert results[WRITE].request_id == "req-conv"
    assert sorted(p.split("/")[1] for p in recorder.paths()) == [
        "admins",
        "companies",
        "conversations",
    ]
    for request in recorder.requests:
        assert request.headers["Intercom-Version"] == PROBE_API_VERSION
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    [post] = [r for r in recorder.requests if r.method == "POST"]
    sent = json.loads(post.content)
    assert sent["from"]["type"] == "user" and re.fullmatch(r"[0-9a-f]{24}", sent["from"]["id"])
    assert post.headers["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    ("missing", "expected"),
    [
        ({"/admins"}, {ADMINS: M, ONE: G, WRITE: G}),
        ({"/companies"}, {ADMINS: G, ONE: M, WRITE: G}),
        ({"/conversations"}, {ADMINS: G, ONE: G, WRITE: M}),
    ],
)
async def test_probe_all_reports_what_is_missing(
    missing: set[str], expected: dict[PermissionKey, Verdict]
) -> None:
    async with make_client(intercom_like(missing)) as client:
        results = await client.probe_all(TOKEN)
    assert {k: r.verdict for k, r in results.items()} == expected
    for key, verdict in expected.items():
        if verdict is M:
            assert results[key].status == 403
            assert results[key].request_id == "req-403"


async def test_single_probe() -> None:
    async with make_client(intercom_like({"/conversations"})) as client:
        assert (await client.probe(TOKEN, WRITE)).verdict is M
        assert (await client.probe(TOKEN, ADMINS)).verdict is G


async def test_rate_limited_twice_is_unknown_not_fatal() -> None:
    recorder = Recorder(lambda r: httpx.Response(429, headers={"Retry-After": "0"}))
    async with make_client(recorder) as client:
        result = await client.probe(TOKEN, ADMINS)
    assert result.verdict is U
    assert result.status == 429
    assert len(recorder.requests) == 2


async def test_server_error_is_unknown_with_request_id() -> None:
    recorder = Recorder(lambda r: error_list(500, "server_error", "Server Error", "req-5xx"))
    async with make_client(recorder) as client:
        result = await client.probe(TOKEN, WRITE)
    assert (result.verdict, result.status, result.request_id) == (U, 500, "req-5xx")


async def test_probes_run_concurrently() -> None:
    in_flight = 0
    all_arrived = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight
        in_flight += 1
        if in_flight == 3:
            all_arrived.set()
        # Sequential probes would never get here: the third request would not be sent.
        await asyncio.wait_for(all_arrived.wait(), timeout=2)
        if request.url.path == "/admins":
            return json_response(200, {"type": "admin.list", "admins": []})
        if request.method == "GET":
            return error_list(404, "company_not_found", "Company Not Found")
        return error_list(404, "not_found", "User Not Found")

    async with make_client(Recorder(handler)) as client:
        results = await client.probe_all(TOKEN)
    assert {k: r.verdict for k, r in results.items()} == {ADMINS: G, ONE: G, WRITE: G}


async def test_a_rejected_token_stops_the_other_probes() -> None:
    cancelled: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/admins":
            return error_list(401, "unauthorized", "Access Token Invalid")
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.append(request.url.path.split("/")[1])
            raise
        return httpx.Response(500)

    async with make_client(Recorder(handler)) as client:
        with pytest.raises(TokenRejected):
            await asyncio.wait_for(client.probe_all(TOKEN), timeout=2)
    assert sorted(cancelled) == ["companies", "conversations"]
