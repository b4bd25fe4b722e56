from __future__ import annotations

import ipaddress
import os
import ssl
import stat
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

from intercom_wizard.consent.certificate import (
    CERT_FILE,
    DEFAULT_VALIDITY_DAYS,
    KEY_FILE,
    RENEW_WITHIN_DAYS,
    certificate_status,
    ensure_certificate,
    server_ssl_context,
)
from intercom_wizard.errors import CertificateError
from intercom_wizard.paths import certificate_dir

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "certificate"


def _load(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def test_a_new_certificate_names_the_loopback_and_serves_only_as_a_server(folder: Path) -> None:
    info = ensure_certificate(folder, now=NOW)
    assert info.created
    cert = _load(info.cert_path)
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.IPAddress) == [ipaddress.IPv4Address("127.0.0.1")]
    assert names.get_values_for_type(x509.DNSName) == ["localhost"]
    constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints)
    assert constraints.critical and constraints.value.ca is False
    usage = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(usage) == [ExtendedKeyUsageOID.SERVER_AUTH]
    assert cert.not_valid_after_utc - cert.not_valid_before_utc == timedelta(
        days=DEFAULT_VALIDITY_DAYS
    )
    assert cert.not_valid_before_utc <= NOW < cert.not_valid_after_utc
    assert info.not_after == cert.not_valid_after_utc
    assert cert.public_key().curve.name == "secp256r1"  # type: ignore[union-attr]
    assert len(info.sha256_fingerprint.split(":")) == 32


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_key_is_readable_by_the_user_only(folder: Path) -> None:
    info = ensure_certificate(folder, now=NOW)
    assert stat.S_IMODE(info.key_path.stat().st_mode) == 0o600
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_key_made_readable_by_others_is_tightened_on_reuse(folder: Path) -> None:
    info = ensure_certificate(folder, now=NOW)
    os.chmod(info.key_path, 0o644)
    ensure_certificate(folder, now=NOW)
    assert stat.S_IMODE(info.key_path.stat().st_mode) == 0o600


def test_the_certificate_is_reused_while_it_has_time_left(folder: Path) -> None:
    first = ensure_certificate(folder, now=NOW)
    later = NOW + timedelta(days=DEFAULT_VALIDITY_DAYS - RENEW_WITHIN_DAYS - 2)
    again = ensure_certificate(folder, now=later)
    assert not again.created
    assert again.sha256_fingerprint == first.sha256_fingerprint


def test_the_certificate_is_renewed_within_thirty_days_of_expiry(folder: Path) -> None:
    first = ensure_certificate(folder, now=NOW)
    near_expiry = first.not_after - timedelta(days=RENEW_WITHIN_DAYS - 1)
    renewed = ensure_certificate(folder, now=near_expiry)
    assert renewed.created
    assert renewed.sha256_fingerprint != first.sha256_fingerprint
    assert renewed.not_after > first.not_after


def test_an_expired_certificate_is_renewed(folder: Path) -> None:
    first = ensure_certificate(folder, now=NOW)
    assert ensure_certificate(folder, now=first.not_after + timedelta(days=3)).created


def test_a_certificate_from_the_future_is_replaced(folder: Path) -> None:
    ensure_certificate(folder, now=NOW)
    assert ensure_certificate(folder, now=NOW - timedelta(days=2)).created


@pytest.mark.parametrize(
    ("damage", "name"),
    [
        (b"", CERT_FILE),
        (b"-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n", CERT_FILE),
        (b"garbage", KEY_FILE),
    ],
)
def test_a_corrupt_file_is_replaced(folder: Path, damage: bytes, name: str) -> None:
    first = ensure_certificate(folder, now=NOW)
    (folder / name).write_bytes(damage)
    assert certificate_status(folder) is None
    again = ensure_certificate(folder, now=NOW)
    assert again.created
    assert again.sha256_fingerprint != first.sha256_fingerprint
    assert certificate_status(folder) == replace(again, created=False)


def test_a_key_that_does_not_belong_to_the_certificate_is_replaced(tmp_path: Path) -> None:
    one = ensure_certificate(tmp_path / "one", now=NOW)
    ensure_certificate(tmp_path / "two", now=NOW)
    (tmp_path / "two" / KEY_FILE).write_bytes(one.key_path.read_bytes())
    assert certificate_status(tmp_path / "two") is None
    assert ensure_certificate(tmp_path / "two", now=NOW).created


def test_a_missing_key_is_replaced(folder: Path) -> None:
    info = ensure_certificate(folder, now=NOW)
    info.key_path.unlink()
    assert ensure_certificate(folder, now=NOW).created


def test_status_only_reads(folder: Path) -> None:
    assert certificate_status(folder) is None
    assert not folder.exists()
    info = ensure_certificate(folder, now=NOW)
    status = certificate_status(folder)
    assert status is not None
    assert not status.created
    assert status.sha256_fingerprint == info.sha256_fingerprint
    assert status.not_after == info.not_after


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="POSIX permissions")
def test_an_unwritable_folder_raises_a_certificate_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        with pytest.raises(CertificateError) as caught:
            ensure_certificate(locked / "certificate", now=NOW)
        assert "could not be saved" in str(caught.value)
        assert caught.value.hint
    finally:
        locked.chmod(0o700)


def test_the_app_folder_works_and_a_client_trusting_the_file_accepts_the_context() -> None:
    info = ensure_certificate(certificate_dir())
    context = server_ssl_context(info)
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    client = ssl.create_default_context(cafile=str(info.cert_path))
    assert client.cert_store_stats()["x509"] == 1


def test_a_context_for_missing_files_raises_a_certificate_error(folder: Path) -> None:
    info = ensure_certificate(folder, now=NOW)
    info.key_path.unlink()
    with pytest.raises(CertificateError):
        server_ssl_context(info)
