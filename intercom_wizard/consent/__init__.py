"""The consent round trip: authorize address, one-time state, the loopback listener that
catches Intercom's redirect (HTTPS with a self-signed certificate, or plain HTTP), the pasted
address fallback, and the pages the browser shows. No Qt.

The names below are loaded on first use (PEP 562): importing ``state`` or ``redirect`` must not
pull in cryptography and the listener with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intercom_wizard._lazy import lazy_exports

if TYPE_CHECKING:
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
    from intercom_wizard.consent.ports import DEFAULT_PORT
    from intercom_wizard.consent.redirect import (
        RedirectAnswer,
        parse_pasted,
        parse_query,
    )
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

# Where each public name lives, so ``from intercom_wizard.consent import X`` loads only X's module.
_HOME = {
    "DEFAULT_PORT": "intercom_wizard.consent.ports",
    "DEFAULT_VALIDITY_DAYS": "intercom_wizard.consent.certificate",
    "RENEW_WITHIN_DAYS": "intercom_wizard.consent.certificate",
    "Callback": "intercom_wizard.consent.listener",
    "CallbackListener": "intercom_wizard.consent.listener",
    "CertificateInfo": "intercom_wizard.consent.certificate",
    "HasAppBase": "intercom_wizard.consent.authorize",
    "ListenerEvent": "intercom_wizard.consent.listener",
    "ListenerEventKind": "intercom_wizard.consent.listener",
    "RedirectAnswer": "intercom_wizard.consent.redirect",
    "authorize_url": "intercom_wizard.consent.authorize",
    "certificate_status": "intercom_wizard.consent.certificate",
    "closed_page": "intercom_wizard.consent.pages",
    "duplicate_page": "intercom_wizard.consent.pages",
    "ensure_certificate": "intercom_wizard.consent.certificate",
    "failure_page": "intercom_wizard.consent.pages",
    "new_state": "intercom_wizard.consent.state",
    "not_found_page": "intercom_wizard.consent.pages",
    "parse_pasted": "intercom_wizard.consent.redirect",
    "parse_query": "intercom_wizard.consent.redirect",
    "plain_http_page": "intercom_wizard.consent.pages",
    "problem_page": "intercom_wizard.consent.pages",
    "server_ssl_context": "intercom_wizard.consent.certificate",
    "state_matches": "intercom_wizard.consent.state",
    "state_mismatch_page": "intercom_wizard.consent.pages",
    "success_page": "intercom_wizard.consent.pages",
}


__getattr__, __dir__ = lazy_exports(__name__, _HOME, __all__)
