"""Starting the wizard: QApplication, translations, the qasync loop, the sandbox, quitting.

``build_wizard`` makes the window without showing it (tests, the screenshot script and the
self-test use it); ``run_wizard`` is what ``intercom-wizard`` runs.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from intercom_wizard.ui.context import (
    SANDBOX_CLIENT_ID,
    SANDBOX_CLIENT_SECRET,
    WizardContext,
    sandbox_endpoints,
)
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.settings_store import ProgressStore
from intercom_wizard.ui.wizard import SetupWizard

if TYPE_CHECKING:
    from intercom_wizard.sandbox.server import SandboxIntercom

__all__ = ["SetupWizard", "WizardContext", "build_wizard", "run_wizard"]

_log = logging.getLogger(__name__)


def load_saved_session(context: WizardContext) -> None:
    """Put the session saved in the settings file (if any) into ``context``."""
    saved = ProgressStore(context.settings_path).load()
    if saved.last_page or saved.client_id or saved.service_domain:
        context.session = saved


def build_wizard(context: WizardContext) -> SetupWizard:
    """The wizard for ``context``, with saved progress loaded; not shown.

    The session saved in the settings file replaces ``context.session`` when there is one, so a
    relaunch continues where the last run stopped.
    """
    load_saved_session(context)
    wizard = SetupWizard(context)
    wizard.restart()
    if context.resume_at_start:
        wizard.resume()
    return wizard


def _start_sandbox(context: WizardContext) -> SandboxIntercom:
    from intercom_wizard.sandbox.server import SandboxIntercom

    server = SandboxIntercom(client_id=SANDBOX_CLIENT_ID, client_secret=SANDBOX_CLIENT_SECRET)
    server.start()
    context.sandbox = server
    context.endpoints_for = sandbox_endpoints(server.base_url)
    _log.info("training mode against the sandbox at %s", server.base_url)
    return server


def _finish_start(wizard: SetupWizard, sandbox: bool, started: list[SandboxIntercom]) -> None:
    """What the first paint did not need: the engine, the sandbox, pages 2 to 10, resuming."""
    context = wizard.context
    if sandbox:
        started.append(_start_sandbox(context))
    load_saved_session(context)
    wizard.add_remaining_pages()
    # Imported now, while the user reads Welcome, so that Start on page 8 does not stall.
    import intercom_wizard.verification  # noqa: F401

    welcome = wizard.pages[PageId.WELCOME]
    welcome.initializePage()
    if context.resume_at_start:
        wizard.resume()


class _FirstPaintWatch(QObject):
    """Calls back once, on the event loop's next turn after the window first painted."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._callback is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            callback, self._callback = self._callback, None
            QCoreApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            QTimer.singleShot(0, callback)
        return False


def _after_first_paint(app: QApplication, window: QWidget, callback: Callable[[], None]) -> None:
    app.installEventFilter(_FirstPaintWatch(window, callback))


def run_wizard(*, sandbox: bool, debug: bool = False) -> int:
    """Show the wizard until it is closed; the exit code is 0 after Finish, 1 otherwise."""
    import qasync

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

    # Welcome first, on screen as soon as possible; everything else right after it painted.
    context = WizardContext(training=sandbox)
    wizard = SetupWizard(context, welcome_only=True)
    wizard.restart()
    started: list[SandboxIntercom] = []
    closed: asyncio.Future[int] = loop.create_future()

    def on_finished(code: int) -> None:
        if not closed.done():
            closed.set_result(code)

    wizard.finished.connect(on_finished)
    app.setQuitOnLastWindowClosed(False)  # the loop ends when cleanup is done, not before
    wizard.show()
    _after_first_paint(app, wizard, lambda: _finish_start(wizard, sandbox, started))

    async def main() -> int:
        code = await closed
        await wizard.shutdown()
        return 0 if code == int(wizard.DialogCode.Accepted) else 1

    try:
        with loop:
            exit_code: int = loop.run_until_complete(main())
            return exit_code
    finally:
        for server in started:
            server.close()
