from __future__ import annotations

import logging

from intercom_wizard.logs import configure_logging, redact, register_secret


def test_registered_secrets_are_masked_anywhere() -> None:
    register_secret("very-private-value")
    assert "very-private-value" not in redact("x very-private-value y")


def test_credential_shapes_are_masked_without_registration() -> None:
    text = redact(
        "GET /callback?code=ab+c/d=&state=xyz Authorization: Bearer tok.en_1 "
        '{"token": "t0k", "client_secret": "shh"} client_secret=shh2'
    )
    for leaked in ("ab+c/d=", "xyz", "tok.en_1", "t0k", "shh"):
        assert leaked not in text
    assert "[redacted]" in text


def test_the_log_file_never_holds_a_secret(wizard_home: object) -> None:
    path = configure_logging(debug=True)
    register_secret("another-secret-123")
    log = logging.getLogger("intercom_wizard.test")
    log.info("exchanging code=%s with %s", "Zm9v+/=", "another-secret-123")
    try:
        raise ValueError("boom another-secret-123")
    except ValueError:
        log.exception("failed")
    for handler in logging.getLogger("intercom_wizard").handlers:
        handler.flush()
    content = path.read_text(encoding="utf-8")
    assert "exchanging" in content and "boom" in content
    assert "another-secret-123" not in content
    assert "Zm9v+/=" not in content
