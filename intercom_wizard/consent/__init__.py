"""The consent round trip: authorize address, one-time state, the loopback listener that
catches Intercom's redirect (HTTPS with a self-signed certificate, or plain HTTP), the pasted
address fallback, and the pages the browser shows. No Qt."""

from __future__ import annotations

from intercom_wizard.consent.authorize import HasAppBase, authorize_url
from intercom_wizard.consent.certificate import (
    DEFAULT_VALIDITY_DAYS,
    RENEW_WITHIN_DAYS,
    CertificateInfo,
    certificate_status,
    ensure_certificate,
    server_ssl_context,
)
from intercom_wizard.consent.listener import (
    DEFAULT_PORT,
    Callback,
    CallbackListener,
    ListenerEvent,
    ListenerEventKind,
)
from intercom_wizard.consent.pages import (
    closed_page,
    duplicate_page,
    failure_page,
    not_found_page,
    plain_http_page,
    problem_page,
    state_mismatch_page,
    success_page,
)
from intercom_wizard.consent.redirect import RedirectAnswer, parse_pasted, parse_query
from intercom_wizard.consent.state import new_state, state_matches

__all__ = [
    "DEFAULT_PORT",
    "DEFAULT_VALIDITY_DAYS",
    "RENEW_WITHIN_DAYS",
    "Callback",
    "CallbackListener",
    "CertificateInfo",
    "HasAppBase",
    "ListenerEvent",
    "ListenerEventKind",
    "RedirectAnswer",
    "authorize_url",
    "certificate_status",
    "closed_page",
    "duplicate_page",
    "ensure_certificate",
    "failure_page",
    "new_state",
    "not_found_page",
    "parse_pasted",
    "parse_query",
    "plain_http_page",
    "problem_page",
    "server_ssl_context",
    "state_matches",
    "state_mismatch_page",
    "success_page",
]
