"""The support report: complete enough for support, and never a secret, token or code in it."""

from __future__ import annotations

import asyncio
import json
import socket
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from intercom_wizard.intercom.client import Admin, Workspace
from intercom_wizard.intercom.permissions import PermissionKey, ProbeResult, Verdict
from intercom_wizard.intercom.regions import Endpoints, Region
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.report import (
    EnvironmentInfo,
    SupportReport,
    build_report,
    scrub,
)
from intercom_wizard.sandbox.server import SandboxIntercom
from intercom_wizard.secrets import SecretKind, SecretStore, StorageKind
from intercom_wizard.session import SetupSession
from intercom_wizard.verification import VerificationResult, VerificationRun, VersionCheck

# Planted in the result objects only, never registered anywhere: the scrub pass must catch
# them by their shape alone.
PLANTED_TOKEN = "dG9rOjM4ZTRhYzE0XzQ1NzNfplanted0token1value="
PLANTED_CODE = "pl4nted+c0de/value=="
PLANTED_SECRET = "planted-client-secret-91c2f"

ENVIRONMENT = EnvironmentInfo(
    app_version="0.1.0",
    os="Linux-6.1-x86_64",
    python="CPython 3.11.9",
    qt="6.8.1",
    keyring_backend="MemoryKeyring",
)


def _session() -> SetupSession:
    return SetupSession(
        region=Region.EU,
        service_domain="acme-h.eu.cyclr.com",
        client_id="7b1c2d3e-client-id",
        port=24891,
        api_version=ApiVersion.parse("2.11"),
        step_status={"where": "done", "credentials": "saved in the system keyring"},
    )


def _result(**overrides: object) -> VerificationResult:
    fields: dict[str, object] = {
        "region": Region.EU,
        "redirect_uri": "https://127.0.0.1:24891/callback",
        "workspace": Workspace(name="Acme Support", id_code="abc123", region="EU"),
        "admin": Admin(name="Alex Brown", email="alex@acme.example"),
        "api_version": VersionCheck.compare("2.11", ApiVersion.parse("2.11")),
        "permissions": {
            PermissionKey.READ_ONE_USER_AND_ONE_COMPANY: ProbeResult(
                PermissionKey.READ_ONE_USER_AND_ONE_COMPANY,
                Verdict.GRANTED,
                404,
                "req-contacts-1",
                "Intercom answered 404 for a made-up contact: the permission is granted.",
            ),
            PermissionKey.WRITE_CONVERSATIONS: ProbeResult(
                PermissionKey.WRITE_CONVERSATIONS,
                Verdict.MISSING,
                403,
                "req-conv-2",
                "Intercom refused with 403 forbidden.",
            ),
            PermissionKey.READ_ADMINS: ProbeResult(
                PermissionKey.READ_ADMINS, Verdict.GRANTED, 200, "req-admins-3", "Listed admins."
            ),
        },
        "token_stored": StorageKind.KEYRING,
        "checked_at": datetime(2026, 3, 14, 9, 30, tzinfo=UTC),
    }
    fields.update(overrides)
    return VerificationResult(**fields)  # type: ignore[arg-type]


def _steps() -> dict[str, str]:
    return {"welcome": "done", "where": "done", "create_app": "not reached"}


def test_the_report_carries_everything_support_asks_for() -> None:
    report = build_report(_session(), _result(), ENVIRONMENT, _steps())
    markdown = report.to_markdown()

    for expected in (
        "0.1.0",
        "Linux-6.1-x86_64",
        "CPython 3.11.9",
        "6.8.1",
        "MemoryKeyring",
        "Europe",
        "acme-h.eu.cyclr.com",
        "https://acme-h.eu.cyclr.com/connector/callback",
        "https://127.0.0.1:24891/callback",
        "7b1c2d3e-client-id",
        "2.11",
        "req-contacts-1",
        "req-conv-2",
        "req-admins-3",
        "missing",
        "granted",
        "Acme Support",
        "abc123",
        "Alex Brown",
        "alex@acme.example",
        "create_app",
        "not reached",
        "Write conversations",
        "https://api.eu.intercom.io",
    ):
        assert expected in markdown, expected
    assert "| Versions match | yes |" in markdown
    assert "problems found" in markdown
    assert "The permission 'Write conversations' is not granted." in markdown

    data = json.loads(report.to_json())
    assert data["setup"]["client_id"] == "7b1c2d3e-client-id"
    assert data["setup"]["callback_url"] == "https://acme-h.eu.cyclr.com/connector/callback"
    assert data["setup"]["redirect_uri"] == "https://127.0.0.1:24891/callback"
    assert data["setup"]["api_version"] == "2.11"
    assert data["setup"]["cyclr_connector"]
    assert data["check"]["api_version"] == {
        "detected": "2.11",
        "source": "response-header",
        "selected": "2.11",
        "matches": True,
    }
    # The same JSON as ``verify --json`` (one serializer), with labels added for people.
    assert list(data["check"]["permissions"]) == [
        "read_one_user_and_one_company",
        "write_conversations",
        "read_admins",
    ]
    assert list(data["check"]["request_ids"].values()) == [
        "req-contacts-1",
        "req-conv-2",
        "req-admins-3",
    ]
    assert data["check"]["problems"] == [f["message"] for f in data["check"]["findings"]]
    assert data["check"]["workspace"]["name"] == "Acme Support"
    assert data["check"]["admin"]["email"] == "alex@acme.example"


def test_every_step_is_listed_in_order_and_recorded_statuses_are_kept() -> None:
    data = json.loads(build_report(_session(), None, ENVIRONMENT, _steps()).to_json())

    assert data["steps"] == [
        {"step": "welcome", "status": "done"},
        {"step": "where", "status": "done"},
        {"step": "create_app", "status": "not reached"},
        {"step": "credentials", "status": "saved in the system keyring"},
    ]


def test_a_version_mismatch_is_spelled_out() -> None:
    result = _result(api_version=VersionCheck.compare("2.9", ApiVersion.parse("2.11")))
    markdown = build_report(_session(), result, ENVIRONMENT, {}).to_markdown()

    assert "| Versions match | NO |" in markdown
    assert "2.9" in markdown


def test_without_a_test_or_a_usable_domain_the_report_still_builds() -> None:
    session = SetupSession(service_domain="not a domain")
    report = build_report(session, None, ENVIRONMENT, {})
    markdown = report.to_markdown()

    assert "No consent test has been run yet." in markdown
    assert "No step has been completed yet." in markdown
    data = json.loads(report.to_json())
    assert data["check"] is None
    assert data["setup"]["callback_url"] is None
    assert data["setup"]["notes"] and "spaces" in data["setup"]["notes"][0]


def test_values_cannot_break_the_markdown_tables() -> None:
    result = _result(workspace=Workspace(name="Acme | Co\nSupport", id_code="x`y", region="EU"))
    markdown = build_report(_session(), result, ENVIRONMENT, {}).to_markdown()

    assert "Acme \\| Co Support" in markdown
    assert all(
        line.count("|") - line.count("\\|") >= 2 or "|" not in line
        for line in markdown.splitlines()
    )


async def test_secrets_in_the_store_never_reach_the_report() -> None:
    store = SecretStore()
    session = _session()
    await store.save(SecretKind.CLIENT_SECRET, session.client_id, "stored-client-secret-5d7e")
    await store.save(SecretKind.TEST_TOKEN, session.client_id, "stored-test-token-a8b9c")

    report = build_report(session, _result(), ENVIRONMENT, _steps())

    for text in (report.to_markdown(), report.to_json()):
        assert "stored-client-secret-5d7e" not in text
        assert "stored-test-token-a8b9c" not in text


def test_secrets_slipped_into_the_result_objects_are_scrubbed() -> None:
    # Nothing should ever put these here; if something does, the scrub pass still holds.
    result = _result(
        workspace=Workspace(name=f"callback?code={PLANTED_CODE}&state=x", id_code="a", region="US"),
        admin=Admin(name=f"Authorization: Bearer {PLANTED_TOKEN}", email=None),
        permissions={
            PermissionKey.READ_ADMINS: ProbeResult(
                PermissionKey.READ_ADMINS,
                Verdict.UNKNOWN,
                500,
                "req-9",
                f'echoed body {{"access_token": "{PLANTED_TOKEN}"}} client_secret={PLANTED_SECRET}',
            )
        },
    )
    steps = {"test": f"failed: token {PLANTED_TOKEN} refused; client secret: {PLANTED_SECRET}"}
    report = build_report(_session(), result, ENVIRONMENT, steps)

    for text in (report.to_markdown(), report.to_json()):
        assert PLANTED_TOKEN not in text
        assert PLANTED_CODE not in text
        assert PLANTED_SECRET not in text
        assert "[redacted]" in text
    json.loads(report.to_json())  # still valid JSON after scrubbing
    assert "req-9" in report.to_markdown()  # the scrub leaves ordinary values alone


@pytest.mark.parametrize(
    "text",
    [
        f"Authorization: Bearer {PLANTED_TOKEN}",
        f"authorization: Basic {PLANTED_SECRET}",
        f"https://127.0.0.1:24891/callback?code={PLANTED_CODE}&state=abc",
        f"client_secret={PLANTED_SECRET}",
        f'{{"client_secret": "{PLANTED_SECRET}"}}',
        f"Client Secret: {PLANTED_SECRET}",
        f"token {PLANTED_TOKEN}",
    ],
)
def test_scrub_masks_credential_shapes(text: str) -> None:
    scrubbed = scrub(text)
    for value in (PLANTED_TOKEN, PLANTED_CODE, PLANTED_SECRET):
        assert value not in scrubbed
    assert "[redacted]" in scrubbed


def test_scrub_leaves_the_reports_ordinary_values_alone() -> None:
    text = (
        "https://acme-h.eu.cyclr.com/connector/callback 7b1c2d3e-client-id req-admins-3 "
        "This report holds no client secret, access token or authorization code."
    )
    assert scrub(text) == text


def test_suggested_filename() -> None:
    report = SupportReport(created_at=datetime(2026, 3, 14, 9, 30, 12, tzinfo=UTC), data={})
    assert report.suggested_filename("md") == "intercom-wizard-report-20260314-093012.md"
    assert report.suggested_filename(".JSON") == "intercom-wizard-report-20260314-093012.json"
    assert report.suggested_filename("../x") == "intercom-wizard-report-20260314-093012.x"


def test_environment_collect_reads_this_machine() -> None:
    info = EnvironmentInfo.collect(qt=None, keyring_backend="MemoryKeyring")
    assert info.app_version and info.os and info.python
    assert info.qt is None
    markdown = build_report(SetupSession(), None, info, {}).to_markdown()
    assert "| Qt | – |" in markdown


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _consent_capturing_the_code(authorize_url: str) -> str:
    """The browser's part, done by hand so the test sees the code the sandbox issued."""
    query = dict(parse_qsl(urlsplit(authorize_url).query))
    base = f"{urlsplit(authorize_url).scheme}://{urlsplit(authorize_url).netloc}"
    with httpx.Client(timeout=30) as browser:
        decided = browser.post(
            f"{base}/oauth/decide",
            data={
                "decision": "allow",
                "state": query["state"],
                "redirect_uri": query["redirect_uri"],
                "client_id": query["client_id"],
            },
        )
        location = decided.headers["location"]
        browser.get(location)
    return dict(part.split("=", 1) for part in urlsplit(location).query.split("&"))["code"]


async def test_a_report_from_a_real_consent_test_holds_no_secret_token_or_code() -> None:
    with SandboxIntercom(client_secret="sandbox-secret-for-report-test") as sandbox:
        endpoints = Endpoints(app_base=sandbox.base_url, api_base=sandbox.base_url)
        store = SecretStore()
        session = SetupSession(
            service_domain="acme-h.cyclr.com",
            client_id=sandbox.client_id,
            port=_free_port(),
            use_tls=False,
            api_version=ApiVersion.parse("2.11"),
        )
        run = VerificationRun(
            endpoints=endpoints,
            client_id=sandbox.client_id,
            client_secret=sandbox.client_secret,
            port=session.port,
            use_tls=False,
            selected_version=session.api_version,
            store=store,
            timeout=20,
        )
        url = await run.start()
        code, result = await asyncio.gather(
            asyncio.to_thread(_consent_capturing_the_code, url), run.finish()
        )
        (token,) = sandbox.issued_tokens

    assert result.ok
    assert await store.load(SecretKind.TEST_TOKEN, session.client_id) == token
    report = build_report(session, result, EnvironmentInfo.collect(None, store.backend_name), {})
    for text in (report.to_markdown(), report.to_json()):
        assert sandbox.client_secret not in text
        assert token not in text
        assert code not in text
        assert "Sandbox Workspace" in text
