"""Starting the wizard: QApplication, translations, the qasync loop, the sandbox, quitting.

``build_wizard`` makes the window without showing it (tests, the screenshot script and the
self-test use it); ``run_wizard`` is what ``intercom-wizard`` runs.
"""

from __future__ import annotations

import asyncio
import logging
import sys

from intercom_wizard.ui.context import (
    SANDBOX_CLIENT_ID,
    SANDBOX_CLIENT_SECRET,
    WizardContext,
    sandbox_endpoints,
)
from intercom_wizard.ui.settings_store import ProgressStore
from intercom_wizard.ui.wizard import SetupWizard

__all__ = ["SetupWizard", "WizardContext", "build_wizard", "run_wizard"]

_log = logging.getLogger(__name__)


def build_wizard(context: WizardContext) -> SetupWizard:
    """The wizard for ``context``, with saved progress loaded; not shown.

    The session saved in the settings file replaces ``context.session`` when there is one, so a
    relaunch continues where the last run stopped.
    """
    saved = ProgressStore(context.settings_path).load()
    if saved.last_page or saved.client_id or saved.service_domain:
        context.session = saved
    wizard = SetupWizard(context)
    wizard.restart()
    if context.resume_at_start:
        wizard.resume()
    return wizard


def run_wizard(*, sandbox: bool, debug: bool = False) -> int:
    """Show the wizard until it is closed; the exit code is 0 after Finish, 1 otherwise."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from intercom_wizard.logs import configure_logging
    from intercom_wizard.ui.translations import install_translations

    configure_logging(debug=debug)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("intercom-wizard")
    app.setApplicationDisplayName("Intercom setup for Cyclr")
    app.setOrganizationName("Cyclr")
    install_translations(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    context = WizardContext()
    sandbox_server = None
    if sandbox:
        from intercom_wizard.sandbox.server import SandboxIntercom

        sandbox_server = SandboxIntercom(
            client_id=SANDBOX_CLIENT_ID, client_secret=SANDBOX_CLIENT_SECRET
        )
        sandbox_server.start()
        context.sandbox = sandbox_server
        context.endpoints_for = sandbox_endpoints(sandbox_server.base_url)
        _log.info("training mode against the sandbox at %s", sandbox_server.base_url)

    wizard = build_wizard(context)
    closed: asyncio.Future[int] = loop.create_future()

    def on_finished(code: int) -> None:
        if not closed.done():
            closed.set_result(code)

    wizard.finished.connect(on_finished)
    app.setQuitOnLastWindowClosed(False)  # the loop ends when cleanup is done, not before
    wizard.show()

    async def main() -> int:
        code = await closed
        await wizard.shutdown()
        return 0 if code == int(wizard.DialogCode.Accepted) else 1

    try:
        with loop:
            exit_code: int = loop.run_until_complete(main())
            return exit_code
    finally:
        if sandbox_server is not None:
            sandbox_server.close()
