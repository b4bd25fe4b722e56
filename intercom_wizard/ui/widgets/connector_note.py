"""Which Cyclr connector goes with the app's API version, for the API version and Finish pages.

Cyclr's own list when its API has answered (on the Cyclr check page, or listed again here with
the Cyclr credentials this computer keeps); otherwise the guessed table in
``intercom/versions.py``, said plainly to be a guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from intercom_wizard.cyclr.connectors import Connector
    from intercom_wizard.intercom.versions import ApiVersion
    from intercom_wizard.ui.context import WizardContext
    from intercom_wizard.ui.state import RunState


def live_connectors(context: WizardContext, state: RunState) -> list[Connector] | None:
    """The Intercom connectors Cyclr's API listed (this run, else the last one); None: never."""
    if state.cyclr_connectors is None:
        from intercom_wizard.cyclr import remembered
        from intercom_wizard.progress import ProgressFile

        state.cyclr_connectors = remembered.load(ProgressFile(context.progress_path)).connectors
    return state.cyclr_connectors


def matching(version: ApiVersion | None, live: list[Connector]) -> list[Connector]:
    return [c for c in live if c.matches(version)]


def connector_sentence(version: ApiVersion | None, live: list[Connector] | None) -> str:
    """One sentence: the connector to use for ``version``, and where that knowledge comes from."""
    if live is not None:
        return _live_sentence(version, live)
    from intercom_wizard.intercom.versions import connector_for

    guess = connector_for(version) if version is not None else None
    if guess is None:
        said = QCoreApplication.translate(
            "ConnectorNote",
            "Cyclr has no connector for %s; change the app's version in Intercom to one Cyclr "
            "supports.",
        ) % (version.name if version else "?")
    else:
        said = guess.name + (f" ({guess.note})" if guess.note else "")
    return (
        said
        + " "
        + QCoreApplication.translate(
            "ConnectorNote",
            "This is a guess: Cyclr's API has not listed your connectors (the optional Cyclr check "
            "at the end lists them).",
        )
    )


def _live_sentence(version: ApiVersion | None, live: list[Connector]) -> str:
    if not live:
        return QCoreApplication.translate(
            "ConnectorNote",
            "Your Cyclr lists no Intercom connector: add one in the Cyclr Console under "
            "Connectors > Application Connector Library.",
        )
    found = matching(version, live)
    if found:
        names = ", ".join(f"{c.name} {c.version} (id {c.id})" for c in found)
        return QCoreApplication.translate("ConnectorNote", "%s, as listed by your Cyclr.") % names
    listed = ", ".join(f"{c.name} {c.version}" for c in live)
    wanted = (
        version.name
        if version
        else QCoreApplication.translate("ConnectorNote", "the app's version")
    )
    return QCoreApplication.translate(
        "ConnectorNote",
        "None of the Intercom connectors your Cyclr lists is known to match %s (it lists: %s).",
    ) % (wanted, listed)


def can_refresh(context: WizardContext) -> bool:
    """Whether this computer keeps a Cyclr API Client ID to list the connectors with."""
    from intercom_wizard.cyclr import remembered
    from intercom_wizard.progress import ProgressFile

    return bool(remembered.load(ProgressFile(context.progress_path)).client_id)


async def refresh(context: WizardContext, state: RunState) -> bool:
    """List the connectors again with kept Cyclr credentials; whether a new list arrived."""
    import os

    from intercom_wizard.cyclr.listing import refresh_from_stored
    from intercom_wizard.progress import ProgressFile

    overrides = context.cyclr_overrides
    listed = await refresh_from_stored(
        ProgressFile(context.progress_path),
        context.secrets(),
        service_domain=context.session.service_domain,
        version=context.session.api_version,
        env=os.environ if overrides is None else overrides,
    )
    if listed is None:
        return False
    state.cyclr_connectors = listed
    return True
