"""Opening setup profiles in the wizard: at start, from a second launch, from macOS's Finder.

A profile only prefills. Applying one puts its values into the session, drops the result and
step outcomes that belonged to the old values, and goes back to Welcome, where the banner says
who prepared it; nothing starts a test, opens a page or writes a file but the progress file.

When one arrives while the wizard is open (a second launch, a click on a link): if the partner
has not typed anything yet (still on Welcome, and nothing the profile sets differs from the
defaults), it is applied at once; otherwise the wizard asks first, naming each value that
would change, since replacing what someone typed without asking loses their work.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QVBoxLayout

from intercom_wizard.errors import WizardError
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.widgets.accessible import announce
from intercom_wizard.ui.widgets.profile_banner import ProfileBanner

if TYPE_CHECKING:
    from intercom_wizard.profiles import SetupProfile
    from intercom_wizard.ui.single_instance import InstanceServer
    from intercom_wizard.ui.wizard import SetupWizard

_log = logging.getLogger(__name__)
_MAX_WAITING = 8  # open requests kept until the wizard is ready; more are dropped


@dataclass
class Opening:
    """What the command line asked to open: a profile, or why it was refused."""

    profile: SetupProfile | None = None
    refusal: WizardError | None = None


def read_opening(source: str | None) -> Opening:
    """The profile ``source`` (a file or a link) names, or its refusal; nothing for None."""
    if source is None:
        return Opening()
    from intercom_wizard.profiles import open_profile

    try:
        return Opening(profile=open_profile(source))
    except WizardError as error:
        _log.warning("setup profile refused: %s", error.message)
        print(f"intercom-wizard: {error.for_people()}", file=sys.stderr)
        return Opening(refusal=error)


def hand_over_to_running_window(opening: Opening) -> int | None:
    """The exit code when a wizard is open already and took this launch's profile (or was
    raised); None when this launch is the first and shows the window itself."""
    from intercom_wizard.ui import single_instance as instance

    if not instance.may_be_running():
        return None
    if opening.profile is not None:
        message = instance.open_message(opening.profile.to_json())
    elif opening.refusal is not None:
        message = instance.refused_message(opening.refusal)
    else:
        message = instance.raise_message()
    outcome = instance.hand_over(message)
    if outcome is instance.HandOver.NO_WINDOW:
        return None
    if outcome is instance.HandOver.NO_ANSWER:
        text = QApplication.translate(
            "ProfileOpener",
            "Another intercom-wizard window is open but does not answer. Close it (or end "
            "intercom-wizard in the Task Manager or Activity Monitor), then try again.",
        )
        print(f"intercom-wizard: {text}", file=sys.stderr)
        QMessageBox.warning(None, QApplication.translate("ProfileOpener", "Intercom setup"), text)
        return 5
    _log.info("handed over to the open wizard window")
    return 2 if opening.refusal is not None else 0


class OpenRequests(QObject):
    """Files and links the operating system asks the app to open (macOS: ``QFileOpenEvent``,
    for a double-clicked file and for a clicked ``intercom-wizard://`` link alike).

    They can arrive before the window is ready, so they wait until ``deliver`` is called.
    """

    openRequested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: list[str] | None = []

    def handle(self, event: QEvent) -> bool:
        """True when ``event`` was a file-open event (taken here), else False."""
        if event.type() != QEvent.Type.FileOpen:
            return False
        from PySide6.QtGui import QFileOpenEvent

        if isinstance(event, QFileOpenEvent):
            source = event.file() or bytes(event.url().toEncoded().data()).decode("ascii")
            if source:
                self._arrived(source)
        return True

    def _arrived(self, source: str) -> None:
        if self._waiting is None:
            self.openRequested.emit(source)
        elif len(self._waiting) < _MAX_WAITING:
            self._waiting.append(source)

    def deliver(self) -> None:
        """From now on every request is emitted, the waiting ones first."""
        waiting, self._waiting = self._waiting or [], None
        for source in waiting:
            self.openRequested.emit(source)


class WizardApplication(QApplication):
    """The QApplication, taking the file-open events that macOS sends to it.

    An override of ``event`` sees only events sent to the application object itself, so
    unlike an application-wide event filter it costs nothing for the window's own events.
    """

    open_requests: OpenRequests | None = None  # Qt sends events while it is constructed

    def __init__(self, arguments: list[str]) -> None:
        super().__init__(arguments)
        self.open_requests = OpenRequests(self)

    def event(self, event: QEvent) -> bool:
        if self.open_requests is not None and self.open_requests.handle(event):
            return True
        return super().event(event)


class ProfileOpener(QObject):
    """Brings profiles into one wizard window and keeps its banners up to date."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.question: QMessageBox | None = None
        self.use_button: QAbstractButton | None = None
        self.keep_button: QAbstractButton | None = None
        self._pending: SetupProfile | None = None
        # Pages are added after the first paint, and made again when the language changes.
        wizard.pageAdded.connect(self._page_added)

    def _page_added(self, _page_id: int) -> None:
        if self.wizard.context.profile is not None:
            self.show_banners()

    # --- what is shown ----------------------------------------------------------------------

    def show_banners(self) -> None:
        """Each page's banner shows the current profile (a page added later gets one too)."""
        for page in self.wizard.pages.values():
            banner = page.findChild(ProfileBanner)
            if banner is None:
                layout = page.layout()
                if not isinstance(layout, QVBoxLayout):
                    continue
                banner = ProfileBanner(page)
                layout.insertWidget(0, banner)
            banner.show_profile(self.wizard.context.profile)

    def bring_forward(self) -> None:
        wizard = self.wizard
        if wizard.isMinimized():
            wizard.showNormal()
        wizard.raise_()
        wizard.activateWindow()
        QApplication.alert(wizard)

    def show_refusal(self, message: str, hint: str) -> None:
        """A profile that could not be used: said on the current page, nothing changed."""
        self.bring_forward()
        page = self.wizard.currentPage()
        # The core's message starts with its own headline ("This setup link cannot be used.")
        show_problem = getattr(page, "show_problem", None)
        if show_problem is not None:
            show_problem(message, hint or None)

    # --- arriving profiles ------------------------------------------------------------------

    def open_source(self, source: str) -> None:
        """A file or link the operating system asked us to open."""
        from intercom_wizard.profiles import open_profile

        try:
            profile = open_profile(source)
        except WizardError as error:
            self.show_refusal(error.message, error.hint or "")
            return
        self.offer(profile)

    def open_text(self, text: str) -> None:
        """A profile from a second launch: parsed again here, as strictly as any other."""
        from intercom_wizard.profiles import profile_from_json

        try:
            profile = profile_from_json(text)
        except WizardError as error:
            self.show_refusal(error.message, error.hint or "")
            return
        self.offer(profile)

    def offer(self, profile: SetupProfile) -> None:
        """Apply ``profile`` now if nothing was typed yet, else ask first."""
        self.bring_forward()
        session = self.wizard.context.session
        changes = profile.differences(session, self.wizard.context.profile)
        at_start = self.wizard.current_page_id() in (PageId.WELCOME, None)
        if at_start and not changes:
            self.apply(profile)
            return
        self._ask(profile, changes)

    def _ask(self, profile: SetupProfile, changes: list[str]) -> None:
        if self.question is not None:  # the newest profile replaces an unanswered question
            self.question.finished.disconnect()
            self.question.close()
            self.question.deleteLater()
        self._pending = profile
        box = QMessageBox(self.wizard)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Use the prepared setup?"))
        who = profile.contact or self.tr("Someone")
        box.setText(
            self.tr(
                "%s sent a prepared setup. Fill the wizard in with its values? It then starts "
                "again at the first page; your Client ID and Client Secret are kept."
            )
            % who
        )
        lines = self._change_lines(profile, changes)
        if not changes:
            lines.insert(0, self.tr("Nothing you entered changes."))
        box.setInformativeText("\n".join(lines))
        from PySide6.QtCore import Qt  # slow to load, so not before the first paint

        box.setTextFormat(Qt.TextFormat.PlainText)  # after the informative text: both labels
        self.use_button = box.addButton(
            self.tr("&Use the prepared values"), QMessageBox.ButtonRole.AcceptRole
        )
        self.keep_button = box.addButton(self.tr("&Keep mine"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.keep_button)
        box.setEscapeButton(self.keep_button)
        box.finished.connect(self._answered)
        self.question = box
        box.open()
        announce(box, box.text())

    def _change_lines(self, profile: SetupProfile, changes: list[str]) -> list[str]:
        session = self.wizard.context.session
        labels = {
            "service_domain": self.tr("Cyclr service domain"),
            "region": self.tr("Intercom region"),
            "port": self.tr("Test port"),
            "api_version": self.tr("Intercom API version"),
        }
        lines = []
        for name in changes:
            mine, theirs = getattr(session, name), getattr(profile, name)
            lines.append(
                self.tr("%s: yours %s, prepared %s")
                % (labels[name], _written(mine), _written(theirs))
            )
        if profile.note:
            lines.append(self.tr("Their note: %s") % profile.note)
        return lines

    def _answered(self, _result: int) -> None:
        box, profile = self.question, self._pending
        self.question, self._pending = None, None
        if box is None or profile is None:
            return
        if self.use_button is not None and box.clickedButton() is self.use_button:
            self.apply(profile)
        box.deleteLater()

    def apply(self, profile: SetupProfile) -> None:
        """Fill the wizard in from ``profile`` and start again at Welcome."""
        wizard = self.wizard
        for page in wizard.pages.values():
            page.stop()  # a running test was for the old values
        wizard.context.profile = profile
        wizard.context.session = profile.apply_to(wizard.context.session)
        wizard.state.result = None
        if wizard.currentId() != int(PageId.WELCOME):
            wizard.restart()
        wizard.offer_resume()
        self.show_banners()
        wizard.save_progress()
        banner = wizard.pages[PageId.WELCOME].findChild(ProfileBanner)
        if banner is not None:
            announce(banner, banner.accessibleDescription())


def _written(value: object) -> str:
    from intercom_wizard.intercom.regions import Region
    from intercom_wizard.intercom.versions import ApiVersion

    if isinstance(value, Region):
        return value.label
    if isinstance(value, ApiVersion):
        return value.name
    return str(value)


def opener_for(wizard: SetupWizard) -> ProfileOpener:
    """The window's one ProfileOpener."""
    found = wizard.findChild(ProfileOpener)
    return found if found is not None else ProfileOpener(wizard)


def start_opening(wizard: SetupWizard, opening: Opening) -> InstanceServer | None:
    """Once every page exists: apply the command line's profile (or say why it was refused),
    listen for later launches and take the operating system's open requests."""
    from intercom_wizard.ui.single_instance import InstanceServer

    opener = opener_for(wizard)
    if opening.profile is not None:
        opener.apply(opening.profile)
    else:
        opener.show_banners()
    if opening.refusal is not None:
        opener.show_refusal(opening.refusal.message, opening.refusal.hint or "")
    server = InstanceServer(wizard)
    server.profileReceived.connect(opener.open_text)
    server.refusalReceived.connect(opener.show_refusal)
    server.raiseRequested.connect(opener.bring_forward)
    listening = server.listen()
    app = QApplication.instance()
    if isinstance(app, WizardApplication) and app.open_requests is not None:
        app.open_requests.openRequested.connect(opener.open_source)
        app.open_requests.deliver()
    return server if listening else None
