"""``intercom-wizard forget``: remove the stored secrets from a terminal.

The Intercom app's client secret and test token, and the Cyclr API secret and token kept for
the Cyclr Client ID the Cyclr check last used here (recorded, without secrets, in the progress).

The Windows uninstaller runs it with no arguments, so it must work then: the Client ID comes
from the wizard's saved progress, and with no progress (or no Client ID in it) there is nothing
this computer could have stored, which is a success. It exits non-zero only when the keyring
could not be reached, since a secret may then still be stored.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from intercom_wizard.errors import SecretStoreError, WizardError
from intercom_wizard.i18n import _
from intercom_wizard.intercom.app_credentials import check_client_id
from intercom_wizard.paths import progress_file
from intercom_wizard.progress import ProgressFile
from intercom_wizard.secrets import ForgetReport, SecretStore


def run_forget(args: argparse.Namespace, *, store: SecretStore | None = None) -> int:
    as_json = bool(args.json)
    try:
        client_id = _client_id(args.client_id)
        report = asyncio.run(_forget(store or SecretStore(), client_id))
    except WizardError as error:
        return report_failure(error, as_json=as_json)
    return _done(report, as_json)


async def _forget(store: SecretStore, client_id: str | None) -> ForgetReport | None:
    from intercom_wizard.cyclr.remembered import forget_cyclr

    cyclr = await forget_cyclr(store, ProgressFile(progress_file()))
    if client_id is None:  # no Intercom app saved: only the Cyclr check's, under no Client ID
        return None if cyclr is None else ForgetReport("", cyclr.outcomes)
    return (await store.forget(client_id)).with_(cyclr)


def _client_id(given: str | None) -> str | None:
    if given is not None:
        return check_client_id(given)
    # The wizard saved it after checking it; used as saved, so what it stored can be found.
    saved = ProgressFile(progress_file()).load().session.client_id.strip()
    return saved or None


def _done(report: ForgetReport | None, as_json: bool) -> int:
    if report is None:
        sentences = [_("No Client ID is saved on this computer, so no secret is stored for one.")]
    else:
        sentences = report.sentences()
    if report is not None and not report.complete:
        error = SecretStoreError(" ".join(sentences), hint=report.hint())
        return report_failure(error, as_json=as_json, report=report)
    if as_json:
        _write(_body(report, sentences, None))
    else:
        for sentence in sentences:
            print(sentence, file=sys.stderr)
    return 0


def report_failure(error: WizardError, *, as_json: bool, report: ForgetReport | None = None) -> int:
    """One line on standard error and, with --json, the one JSON object; the exit code."""
    if as_json:
        sentences = report.sentences() if report is not None else []
        _write(_body(report, sentences, error))
    print(f"intercom-wizard: {error.for_people()}", file=sys.stderr)
    return error.exit_code


def _body(
    report: ForgetReport | None, sentences: list[str], error: WizardError | None
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "ok": error is None,
        "client_id": (report.client_id or None) if report is not None else None,
        "secrets": {kind.value: outcome.value for kind, outcome in report.outcomes.items()}
        if report is not None
        else {},
        "messages": sentences,
    }
    if error is not None:
        body["error"] = error.to_json()
    return body


def _write(body: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(body, indent=2) + "\n")
    sys.stdout.flush()
