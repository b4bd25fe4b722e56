"""The ways a call to Cyclr's API ends badly, each worded for the person at the keyboard."""

from __future__ import annotations

from intercom_wizard.cyclr.locations import CREDENTIALS_PATH
from intercom_wizard.errors import NetworkError, WizardError
from intercom_wizard.i18n import _


class CyclrError(WizardError):
    """Cyclr's API answered with something the check cannot go on with."""

    def __init__(self, message: str, *, status: int | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.status = status


class CyclrCredentialsRefused(CyclrError):
    """Cyclr refused the API Client ID and Secret, or the token they gave."""

    exit_code = 4

    def __init__(self, status: int | None = None) -> None:
        super().__init__(
            _("Cyclr refused the Cyclr API Client ID or Secret."),
            status=status,
            hint=_(
                "Copy both from the Cyclr Console under {where} (they are not the Intercom "
                "app's), and check that the Console location is the one you sign in to."
            ).format(where=CREDENTIALS_PATH),
        )


class CyclrUnreachable(NetworkError):
    """No answer from Cyclr's API at all."""

    def __init__(self, where: str, why: str) -> None:
        super().__init__(
            _("Cyclr's API at {where} could not be reached ({why}).").format(where=where, why=why),
            hint=_(
                "Check the Console location (or the private API URL), the network and any proxy, "
                "then run the check again."
            ),
        )
