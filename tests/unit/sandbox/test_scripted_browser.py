"""The scripted browser against a real listener that records what reaches it."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from intercom_wizard.errors import ConsentError, NetworkError
from intercom_wizard.sandbox.scripted_browser import consent_in_sandbox
from intercom_wizard.sandbox.server import SandboxIntercom
from tests.unit.sandbox.conftest import TLS, RecordingListener, exchange, start_listener


def _query(request_line: str) -> dict[str, str]:
    target = request_line.split(" ")[1]
    pairs = (part.partition("=") for part in urlsplit(target).query.split("&"))
    return {name: value for name, _, value in pairs}


def test_approve_delivers_the_code_byte_exact_to_the_listener(
    sandbox: SandboxIntercom, listener: RecordingListener
) -> None:
    url = sandbox.authorize_url(redirect_uri=listener.redirect_uri, state="st-9")
    status, page = consent_in_sandbox(url)
    assert (status, page) == (200, listener.page.decode())
    (line,) = listener.request_lines
    assert line.startswith("GET /callback?code=") and line.endswith(" HTTP/1.1")
    fields = _query(line)
    assert fields["state"] == "st-9"
    code = fields["code"]
    # The raw request line holds '+', '/' and the trailing '=' exactly as the sandbox sent them.
    assert "+" in code and "/" in code and code.endswith("=") and "%" not in code
    with httpx.Client(base_url=sandbox.base_url, verify=TLS) as http:
        assert exchange(http, sandbox, code).status_code == 200


def test_cancel_delivers_access_denied(
    sandbox: SandboxIntercom, listener: RecordingListener
) -> None:
    url = sandbox.authorize_url(redirect_uri=listener.redirect_uri, state="st-9")
    assert consent_in_sandbox(url, approve=False)[0] == 200
    fields = _query(listener.request_lines[0])
    assert fields["error"] == "access_denied" and fields["state"] == "st-9"
    assert "code" not in fields


def test_decline_fault_refuses_even_when_approving(
    sandbox: SandboxIntercom, listener: RecordingListener
) -> None:
    sandbox.faults.decline = True
    consent_in_sandbox(sandbox.authorize_url(redirect_uri=listener.redirect_uri))
    assert _query(listener.request_lines[0])["error"] == "access_denied"


def test_it_waits_while_the_wizard_holds_the_page(
    sandbox: SandboxIntercom, listener: RecordingListener
) -> None:
    listener.delay = 0.3
    started = time.perf_counter()
    status, _ = consent_in_sandbox(sandbox.authorize_url(redirect_uri=listener.redirect_uri))
    assert status == 200 and time.perf_counter() - started >= 0.3


def test_a_sandbox_error_page_is_returned_as_a_browser_would_show_it(
    sandbox: SandboxIntercom, listener: RecordingListener
) -> None:
    url = sandbox.authorize_url(redirect_uri=listener.redirect_uri).replace(
        "sandbox-client-id", "unknown-app"
    )
    status, page = consent_in_sandbox(url)
    assert status == 400 and "Unknown app" in page
    assert listener.request_lines == []


def test_an_unreachable_listener_is_a_network_error_without_the_code(
    sandbox: SandboxIntercom,
) -> None:
    redirect_uri = "http://127.0.0.1:9/callback"  # the discard port: nothing listens there
    with pytest.raises(NetworkError) as caught:
        consent_in_sandbox(sandbox.authorize_url(redirect_uri=redirect_uri), timeout=2)
    assert "127.0.0.1:9/callback" in str(caught.value)
    assert "code" not in str(caught.value) and "?" not in str(caught.value)


def test_a_page_without_the_consent_form_is_a_consent_error(
    listener: RecordingListener,
) -> None:
    with pytest.raises(ConsentError):
        consent_in_sandbox(listener.redirect_uri)


@pytest.fixture
def tls_listener(tmp_path: Path) -> Iterator[RecordingListener]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test callback")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    recorder = start_listener(context)
    yield recorder
    recorder.server.shutdown()
    recorder.server.server_close()


def test_it_accepts_the_self_signed_certificate_of_an_https_listener(
    sandbox: SandboxIntercom, tls_listener: RecordingListener
) -> None:
    assert tls_listener.redirect_uri.startswith("https://127.0.0.1:")
    status, page = consent_in_sandbox(sandbox.authorize_url(redirect_uri=tls_listener.redirect_uri))
    assert status == 200 and "caught" in page
    assert "+" in _query(tls_listener.request_lines[0])["code"]


def test_concurrent_consents_get_distinct_codes(sandbox: SandboxIntercom) -> None:
    recorder = start_listener()
    try:
        url = sandbox.authorize_url(redirect_uri=recorder.redirect_uri)
        threads = [threading.Thread(target=consent_in_sandbox, args=(url,)) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(5)
        codes = {_query(line)["code"] for line in recorder.request_lines}
        assert len(codes) == 4
    finally:
        recorder.server.shutdown()
        recorder.server.server_close()
