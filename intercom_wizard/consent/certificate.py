"""The self-signed certificate that lets the local listener speak HTTPS.

Intercom accepts only HTTPS redirect URLs, so the listener on 127.0.0.1 needs a certificate. The
browser warns about it once; because the same certificate is reused across runs, an exception
the user accepted keeps working until the certificate is renewed shortly before it expires.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import ssl
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from intercom_wizard.errors import CertificateError
from intercom_wizard.i18n import _

_log = logging.getLogger(__name__)

# 397 days: under the 398-day ceiling browsers apply to server certificates.
DEFAULT_VALIDITY_DAYS = 397
RENEW_WITHIN_DAYS = 30
COMMON_NAME = "intercom-wizard local callback"
CERT_FILE = "callback-cert.pem"
KEY_FILE = "callback-key.pem"
# Backdating absorbs small clock differences between this process and the browser.
_BACKDATE = timedelta(minutes=5)
_LOOPBACK = ipaddress.IPv4Address("127.0.0.1")


@dataclass(frozen=True)
class CertificateInfo:
    cert_path: Path
    key_path: Path
    not_after: datetime
    sha256_fingerprint: str  # "AB:CD:…", as browsers show it
    created: bool  # made by this call (False when an existing one was reused)


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    return now if now.tzinfo is not None else now.replace(tzinfo=UTC)


def _fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex(":").upper()


def _public_der(public_key: CertificatePublicKeyTypes) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _load_pair(directory: Path) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """The stored certificate and key; ValueError/OSError when absent, unreadable or mismatched."""
    cert = x509.load_pem_x509_certificate((directory / CERT_FILE).read_bytes())
    key = serialization.load_pem_private_key((directory / KEY_FILE).read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("the key is not an EC key")
    if _public_der(key.public_key()) != _public_der(cert.public_key()):
        raise ValueError("the key does not belong to the certificate")
    try:
        cert.verify_directly_issued_by(cert)
    except (InvalidSignature, TypeError) as exc:
        raise ValueError("the certificate is not self-signed") from exc
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    if _LOOPBACK not in names.get_values_for_type(x509.IPAddress) or (
        "localhost" not in names.get_values_for_type(x509.DNSName)
    ):
        raise ValueError("the certificate does not name 127.0.0.1 and localhost")
    return cert, key


def _info(directory: Path, cert: x509.Certificate, *, created: bool) -> CertificateInfo:
    return CertificateInfo(
        cert_path=directory / CERT_FILE,
        key_path=directory / KEY_FILE,
        not_after=cert.not_valid_after_utc,
        sha256_fingerprint=_fingerprint(cert),
        created=created,
    )


def _still_good(cert: x509.Certificate, now: datetime) -> bool:
    return cert.not_valid_before_utc <= now and cert.not_valid_after_utc - now > timedelta(
        days=RENEW_WITHIN_DAYS
    )


def certificate_status(directory: Path) -> CertificateInfo | None:
    """The stored certificate as it is (for diagnostics); None when absent or unusable.

    Reads only: never creates, renews or changes a file; the caller judges ``not_after``.
    """
    try:
        cert, _key = _load_pair(directory)
    except (OSError, ValueError, x509.ExtensionNotFound) as exc:
        _log.debug("no usable certificate in %s: %s", directory, exc)
        return None
    return _info(directory, cert, created=False)


def ensure_certificate(directory: Path, *, now: datetime | None = None) -> CertificateInfo:
    """Reuse the stored certificate while it has more than 30 days left, else make a new one."""
    moment = _now(now)
    try:
        cert, _key = _load_pair(directory)
    except FileNotFoundError:
        _log.info("making the certificate for the local HTTPS address in %s", directory)
    except (OSError, ValueError, x509.ExtensionNotFound) as exc:
        _log.warning("replacing the unusable certificate in %s: %s", directory, exc)
    else:
        if _still_good(cert, moment):
            _restrict_key(directory / KEY_FILE)
            return _info(directory, cert, created=False)
        _log.info(
            "renewing the certificate in %s (it expires %s)", directory, cert.not_valid_after_utc
        )
    return _create(directory, moment)


def _build(moment: datetime) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, COMMON_NAME)])
    not_before = moment - _BACKDATE
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_before + timedelta(days=DEFAULT_VALIDITY_DAYS))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(_LOOPBACK), x509.DNSName("localhost")]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    return builder.sign(key, hashes.SHA256()), key


def _create(directory: Path, moment: datetime) -> CertificateInfo:
    cert, key = _build(moment)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Key first: a crash between the two writes leaves a mismatched pair, which the next
        # run detects and replaces, never a new certificate beside an old key.
        _write_atomically(directory / KEY_FILE, key_pem, mode=0o600)
        _write_atomically(
            directory / CERT_FILE, cert.public_bytes(serialization.Encoding.PEM), mode=0o644
        )
    except OSError as exc:
        raise CertificateError(
            _(
                "The certificate for the local HTTPS address could not be saved in {folder} "
                "({reason})."
            ).format(folder=directory, reason=exc.strerror or exc),
            # Not "use plain HTTP": Intercom only accepts https:// redirect URLs.
            hint=_(
                "Check that this folder can be written by your user (Diagnostics shows it), "
                "then run the test again."
            ),
        ) from exc
    return _info(directory, cert, created=True)


def _write_atomically(path: Path, data: bytes, *, mode: int) -> None:
    """Write to a private temporary file beside ``path``, then rename it into place."""
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp already creates the file 0600; chmod settles the final mode before the rename.
        if sys.platform != "win32":
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def _restrict_key(path: Path) -> None:
    """Tighten an existing key file that someone made readable by others (best effort)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)


def server_ssl_context(info: CertificateInfo) -> ssl.SSLContext:
    """A TLS server context for the listener, loaded with the stored certificate."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    # HTTP/1.1 only: the listener speaks nothing else, and saying so stops browsers trying h2.
    context.set_alpn_protocols(["http/1.1"])
    try:
        context.load_cert_chain(info.cert_path, info.key_path)
    except (OSError, ssl.SSLError) as exc:
        raise CertificateError(
            _("The certificate in {folder} could not be loaded ({reason}).").format(
                folder=info.cert_path.parent, reason=exc
            ),
            hint=_("Delete that folder and start the check again: a new certificate is made."),
        ) from exc
    return context
