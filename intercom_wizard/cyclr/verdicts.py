"""What a Cyclr check concluded, worded so a person knows what to change, and its exit code."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from intercom_wizard.cyclr.locations import CREDENTIALS_PATH
from intercom_wizard.i18n import _
from intercom_wizard.intercom.cyclr import CYCLR_CONSOLE_PATH


class Verdict(StrEnum):
    AUTHENTICATED = "authenticated"
    REDIRECT_REFUSED = "redirect-refused"
    EXCHANGE_FAILED = "exchange-failed"
    NO_INTERCOM_CONNECTOR = "no-intercom-connector"
    NO_MATCHING_CONNECTOR = "no-matching-connector"
    CREDENTIALS_REFUSED = "credentials-refused"
    UNREACHABLE = "unreachable"
    TIMED_OUT = "timed-out"
    CANCELLED = "cancelled"
    FAILED = "failed"

    @property
    def exit_code(self) -> int:
        return _EXIT_CODES[self]


_EXIT_CODES = {
    Verdict.AUTHENTICATED: 0,
    Verdict.NO_INTERCOM_CONNECTOR: 1,
    Verdict.NO_MATCHING_CONNECTOR: 1,
    Verdict.TIMED_OUT: 3,
    Verdict.CANCELLED: 3,
    Verdict.REDIRECT_REFUSED: 4,
    Verdict.EXCHANGE_FAILED: 4,
    Verdict.CREDENTIALS_REFUSED: 4,
    Verdict.UNREACHABLE: 5,
    Verdict.FAILED: 5,
}


@dataclass(frozen=True)
class Explanation:
    message: str
    hint: str | None


def explain(verdict: Verdict, *, callback_url: str, api_version: str | None) -> Explanation:
    """The sentence and the next step for a verdict that needs no detail from an error."""
    fix_credentials = _(
        "Copy the Client ID and Secret tested in intercom-wizard into the Cyclr Console under "
        "{where}, then run the check again."
    ).format(where=CYCLR_CONSOLE_PATH)
    register = _(
        "Add {callback_url} to the Intercom app's redirect URLs (Developer Hub > your app > "
        "Authentication), and check that the service domain is the one in Cyclr's "
        "Settings > General Settings."
    ).format(callback_url=callback_url)
    if verdict is Verdict.AUTHENTICATED:
        return Explanation(
            _(
                "Cyclr signed in to Intercom with the credentials in its Console: the whole "
                "chain works."
            ),
            None,
        )
    if verdict is Verdict.REDIRECT_REFUSED:
        return Explanation(
            _(
                "The browser never came back from Intercom or Cyclr, and Cyclr holds no "
                "sign-in. Most likely Intercom refused to send the browser to Cyclr's callback "
                "URL."
            ),
            _(
                "{register} If the browser shows a Cyclr error page instead, the Console holds "
                "another Client ID or Secret: {fix}"
            ).format(register=register, fix=fix_credentials),
        )
    if verdict is Verdict.EXCHANGE_FAILED:
        return Explanation(
            _(
                "Intercom sent the browser back through Cyclr, but Cyclr holds no sign-in: Cyclr "
                "could not exchange Intercom's code, so the Client ID or Secret in the Cyclr "
                "Console is not the one tested in intercom-wizard (or the consent was declined)."
            ),
            fix_credentials,
        )
    if verdict is Verdict.NO_INTERCOM_CONNECTOR:
        return Explanation(
            _("Cyclr lists no Intercom connector for this account."),
            _(
                "Add Intercom to the Application Connector Library in the Cyclr Console "
                "(Connectors > Application Connector Library), then run the check again."
            ),
        )
    if verdict is Verdict.NO_MATCHING_CONNECTOR:
        if api_version:
            message = _(
                "None of the Intercom connectors Cyclr lists is known to match API version "
                "{version}."
            ).format(version=api_version)
        else:
            message = _(
                "None of the Intercom connectors Cyclr lists is known to match the app's API "
                "version."
            )
        return Explanation(
            message,
            _(
                "Install the Intercom connector for the app's version in the Application "
                "Connector Library, or name one with --connector (and the app's version with "
                "--api-version)."
            ),
        )
    if verdict is Verdict.CREDENTIALS_REFUSED:
        return Explanation(
            _("Cyclr refused the Cyclr API Client ID or Secret."),
            _("Copy both from the Cyclr Console under {where}.").format(where=CREDENTIALS_PATH),
        )
    if verdict is Verdict.UNREACHABLE:
        return Explanation(
            _("Cyclr's API could not be reached."),
            _("Check the Console location or API URL, the network and any proxy."),
        )
    if verdict is Verdict.TIMED_OUT:
        return Explanation(
            _("Cyclr held no sign-in when the time ran out, and the browser did not come back."),
            _("Finish the sign-in in the browser within the time, or: {register}").format(
                register=register
            ),
        )
    if verdict is Verdict.CANCELLED:
        return Explanation(_("The check was cancelled."), None)
    return Explanation(_("The check stopped unexpectedly."), None)
