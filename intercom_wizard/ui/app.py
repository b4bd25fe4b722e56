"""Starting the wizard: QApplication, translations, the qasync loop, the sandbox, quitting.

``build_wizard`` makes the window without showing it (tests, the screenshot script and the
self-test use it); ``run_wizard`` is what ``intercom-wizard`` runs.

Start-up order matters for how soon the window appears: only Qt and the Welcome page are loaded
before the first paint; asyncio, qasync, logging and the engine follow once it is on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from intercom_wizard.progress import ProgressFile
from intercom_wizard.qt_arguments import application_arguments
from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_wizard.ui.context import WizardContext, sandbox_endpoints
from intercom_wizard.ui.garbage import collect_on_the_gui_thread
from intercom_wizard.ui.wizard import SetupWizard

if TYPE_CHECKING:
    from intercom_wizard.sandbox.server import SandboxIntercom
    from intercom_wizard.ui.profile_opening import Opening
    from intercom_wizard.ui.single_instance import InstanceServer
    from intercom_wizard.verification import VerificationResult

__all__ = ["SetupWizard", "WizardContext", "build_wizard", "run_wizard"]

_log = logging.getLogger(__name__)


def load_saved_progress(context: WizardContext) -> VerificationResult | None:
    """Put the session saved in the progress file (if any) into ``context``; its test result.

    The result comes back too, so resuming at Results or Finish shows it again.
    """
    saved = ProgressFile(context.progress_path).load()
    session = saved.session
    if not (session.last_page or session.client_id or session.service_domain):
        return None
    context.session = session
    return saved.last_result


def build_wizard(context: WizardContext) -> SetupWizard:
    """The wizard for ``context``, with saved progress loaded; not shown.

    The session saved in the progress file replaces ``context.session`` when there is one, so a
    relaunch continues where the last run stopped.
    """
    collect_on_the_gui_thread()
    last_result = load_saved_progress(context)
    wizard = SetupWizard(context, last_result=last_result)
    wizard.restart()
    if context.resume_at_start:
        wizard.resume()
    # While the user reads the first pages, so that a consent test never waits for imports.
    QTimer.singleShot(0, wizard, wizard.prepare_engine)
    return wizard


def _start_sandbox(context: WizardContext) -> SandboxIntercom:
    from intercom_wizard.sandbox.server import SandboxIntercom

    server = SandboxIntercom(client_id=SANDBOX_CLIENT_ID, client_secret=SANDBOX_CLIENT_SECRET)
    server.start()
    context.sandbox = server
    context.endpoints_for = sandbox_endpoints(server.base_url)
    _log.info("training mode against the sandbox at %s", server.base_url)
    from intercom_wizard.sandbox.cyclr.server import train_cyclr_beside

    train_cyclr_beside(server, context)  # the optional Cyclr check trains on a sandbox Cyclr
    return server


def _finish_start(
    wizard: SetupWizard,
    sandbox: bool,
    started: list[SandboxIntercom],
    opening: Opening,
    listening: list[InstanceServer],
) -> None:
    """What the first paint did not need: the engine, the sandbox, pages 2 to 11, resuming,
    the profile asked for and the socket later launches hand theirs to."""
    context = wizard.context
    if sandbox:
        started.append(_start_sandbox(context))
    wizard.state.result = load_saved_progress(context)
    wizard.set_window_icon()
    wizard.add_remaining_pages()
    from intercom_wizard.ui.profile_opening import start_opening

    server = start_opening(wizard, opening)  # a profile's values replace the saved ones
    if server is not None:
        listening.append(server)
    if context.resume_at_start:
        wizard.resume()


class _FirstPaintWatch(QObject):
    """Calls back once, on the event loop's next turn after the window first painted.

    It watches the window alone, not the whole application: a Python filter on every event of
    every widget would slow down the very start-up it is waiting for. The window is painted
    first and its children in the same pass, so the queued callback runs after all of them.
    """

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._callback is not None and event.type() == QEvent.Type.Paint:
            callback, self._callback = self._callback, None
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False


def _after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    window.installEventFilter(_FirstPaintWatch(window, callback))


_FIRST_PAINT_WAIT_MS = 2000  # a window manager that never exposes the window must not stop us


def _show_and_paint(window: QWidget) -> None:
    """Show ``window`` and return once it has painted (or after a bounded wait).

    A short local Qt loop, before any asyncio loop exists; user input waits until the real loop
    runs, so nothing can act on a half-started wizard.
    """
    local = QEventLoop()
    _after_first_paint(window, local.quit)
    QTimer.singleShot(_FIRST_PAINT_WAIT_MS, local.quit)
    window.show()
    local.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def run_wizard(*, sandbox: bool, debug: bool = False, profile_source: str | None = None) -> int:
    """Show the wizard until it is closed; the exit code is 0 after Finish, 1 otherwise.

    ``profile_source`` (a file or link) fills it in. When a wizard is open already, that
    window gets the profile (or is just brought forward) and this returns at once: 0, or 2
    when the profile was refused.
    """
    from intercom_wizard.ui.profile_opening import (
        WizardApplication,
        hand_over_to_running_window,
        opener_for,
        read_opening,
    )
    from intercom_wizard.ui.translations import start_in_chosen_language

    app = QApplication.instance() or WizardApplication(application_arguments())
    assert isinstance(app, QApplication)
    app.setApplicationName("intercom-wizard")
    app.setApplicationDisplayName("Intercom setup for Cyclr")
    app.setOrganizationName("Cyclr")
    start_in_chosen_language(app)
    opening = read_opening(profile_source)
    handed_over = hand_over_to_running_window(opening)
    if handed_over is not None:
        return handed_over
    app.setQuitOnLastWindowClosed(False)  # the loop ends when cleanup is done, not before

    # Welcome first, on screen as soon as possible; everything else right after it painted.
    collect_on_the_gui_thread()
    context = WizardContext(training=sandbox)
    context.profile = opening.profile
    wizard = SetupWizard(context, welcome_only=True)
    if opening.profile is not None:
        opener_for(wizard).show_banners()  # the banner is there from the first paint
    wizard.restart()
    _show_and_paint(wizard)

    import asyncio

    import qasync

    from intercom_wizard.logs import configure_logging

    configure_logging(debug=debug)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    from intercom_wizard.ui.unexpected import UnexpectedErrors

    UnexpectedErrors(wizard).install(loop)
    started: list[SandboxIntercom] = []
    listening: list[InstanceServer] = []
    closed: asyncio.Future[int] = loop.create_future()

    def on_finished(code: int) -> None:
        if not closed.done():
            closed.set_result(code)

    wizard.finished.connect(on_finished)
    loop.call_soon(_finish_start, wizard, sandbox, started, opening, listening)
    loop.call_soon(wizard.prepare_engine)

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
        for instance in listening:
            instance.close()  # removes the socket file, so the next launch need not
