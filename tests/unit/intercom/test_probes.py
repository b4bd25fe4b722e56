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


def answer(status: int, code: str | None = None, *, is_json: bool = True) -> Answer:
    return Answer(
        status=status,
        body={} if is_json else None,
        is_json=is_json,
        has_content=True,
        request_id=f"req-{status}",
        error_code=code,
        error_message="Intercom says so" if code else None,
    )


VERDICTS = [
    # Read admins: GET /admins
    (ADMINS, 0, answer(200), G),
    (ADMINS, 0, answer(200, is_json=False), U),
    (ADMINS, 0, answer(403, "forbidden"), M),
    (ADMINS, 0, answer(403), M),
    (ADMINS, 0, answer(403, "api_plan_restricted"), U),
    (ADMINS, 0, answer(404, "not_found"), U),
    (ADMINS, 0, answer(400, "parameter_invalid"), U),
    (ADMINS, 0, answer(429, "rate_limit_exceeded"), U),
    (ADMINS, 0, answer(500, "server_error"), U),
    (ADMINS, 0, answer(302, is_json=False), U),
    (ADMINS, 0, answer(418), U),
    # Read one user and one company: GET /contacts/{id} and GET /companies/{id}
    (ONE, 0, answer(404, "not_found"), G),
    (ONE, 0, answer(200), G),
    (ONE, 0, answer(404, is_json=False), U),
    (ONE, 0, answer(403, "forbidden"), M),
    (ONE, 0, answer(400, "parameter_invalid"), U),
    (ONE, 0, answer(503), U),
    (ONE, 1, answer(404, "company_not_found"), G),
    (ONE, 1, answer(403, "forbidden"), M),
    (ONE, 1, answer(422), U),
    # Write conversations: POST /conversations {}
    (WRITE, 0, answer(400, "parameter_invalid"), G),
    (WRITE, 0, answer(400, "parameter_not_found"), G),
    (WRITE, 0, answer(422, "parameter_invalid"), G),
    (WRITE, 0, answer(400), G),
    (WRITE, 0, answer(400, is_json=False), U),
    (WRITE, 0, answer(400, "intercom_version_invalid"), U),
    (WRITE, 0, answer(403, "forbidden"), M),
    (WRITE, 0, answer(403, "api_plan_restricted"), U),
    (WRITE, 0, answer(404, "not_found"), U),
    (WRITE, 0, answer(500), U),
    (WRITE, 0, answer(409, "conflict"), U),
]


@pytest.mark.parametrize(("key", "index", "given", "verdict"), VERDICTS)
def test_verdict_table(key: PermissionKey, index: int, given: Answer, verdict: Verdict) -> None:
    result = judge(key, PROBES[key][index], given)
    assert result.key is key
    assert result.verdict is verdict
    assert result.status == given.status
    assert result.request_id == given.request_id
    assert str(given.status) in result.detail
    if verdict is M:
        assert "Developer Hub > your app > Authentication > Edit permissions" in result.detail
        assert "consent test again" in result.detail
    if given.error_message:
        assert "Intercom says so" in result.detail


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
    assert [(c.method, c.path) for c in PROBES[ONE]] == [
        ("GET", "/contacts/{id}"),
        ("GET", "/companies/{id}"),
    ]
    assert PROBES[WRITE][0].json_body == {}
    for calls in PROBES.values():
        for call in calls:
            assert 403 in call.missing
            assert not call.granted & call.missing


def test_random_ids_are_fresh_24_hex() -> None:
    call = ProbeCall("GET", "/contacts/{id}", granted=frozenset({404}))
    first, second = call.concrete_path(), call.concrete_path()
    assert re.fullmatch(r"/contacts/[0-9a-f]{24}", first)
    assert first != second
    assert call.label == "GET /contacts/<random id>"


def intercom_like(missing: set[str] = frozenset()) -> Recorder:  # type: ignore[assignment]
    """Answers the probes the way Intercom does, refusing the paths listed in ``missing``."""

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        first = "/" + path.split("/")[1]
        if first in missing:
            return error_list(403, "forbidden", "You do not have the required scope", "req-403")
        if path == "/admins":
            return json_response(
                200, {"type": "admin.list", "admins": []}, **{"X-Request-Id": "h-a"}
            )
        if first in ("/contacts", "/companies"):
            return error_list(404, "not_found", "Resource Not Found", f"req{first}")
        if path == "/conversations" and request.method == "POST":
            return error_list(400, "parameter_invalid", "from is required", "req-conv")
        return httpx.Response(500)

    return Recorder(handler)


async def test_probe_all_with_everything_granted() -> None:
    recorder = intercom_like()
    async with make_client(recorder) as client:
        results = await client.probe_all(TOKEN)
    assert list(results) == [ADMINS, ONE, WRITE]
    assert {k: r.verdict for k, r in results.items()} == {ADMINS: G, ONE: G, WRITE: G}
    assert results[ADMINS].request_id == "h-a"
    assert results[ONE].request_id == "req/contacts"
    assert results[WRITE].request_id == "req-conv"
    assert sorted(p.split("/")[1] for p in recorder.paths()) == [
        "admins",
        "companies",
        "contacts",
        "conversations",
    ]
    for request in recorder.requests:
        assert request.headers["Intercom-Version"] == PROBE_API_VERSION
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    [post] = [r for r in recorder.requests if r.method == "POST"]
    assert json.loads(post.content) == {}
    assert post.headers["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    ("missing", "expected"),
    [
        ({"/admins"}, {ADMINS: M, ONE: G, WRITE: G}),
        ({"/companies"}, {ADMINS: G, ONE: M, WRITE: G}),
        ({"/contacts", "/companies"}, {ADMINS: G, ONE: M, WRITE: G}),
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
        if in_flight == 4:
            all_arrived.set()
        # Sequential probes would never get here: the fourth request would not be sent.
        await asyncio.wait_for(all_arrived.wait(), timeout=2)
        return (
            error_list(404, "not_found", "x")
            if request.method == "GET"
            else error_list(400, "parameter_invalid", "x")
        )

    async with make_client(Recorder(handler)) as client:
        results = await client.probe_all(TOKEN)
    assert results[ONE].verdict is G
    assert results[WRITE].verdict is G


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
    assert sorted(cancelled) == ["companies", "contacts", "conversations"]
