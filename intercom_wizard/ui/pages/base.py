"""What every page shares: the scrolling body, the message area, tasks, links, the banner."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from intercom_wizard.ui.async_tasks import PageTasks
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets.accessible import announce
from intercom_wizard.ui.widgets.message_area import MessageArea
from intercom_wizard.ui.widgets.properties import set_enum_property
from intercom_wizard.ui.widgets.sandbox_banner import SandboxBanner


class BasePage(QWizardPage):
    """A page of the wizard. It asks the wizard for things through these signals only."""

    step_key = ""  # this page's name in the support report's list of steps

    # Work that ran off the click (saving the secret, the consent test) is done: go on.
    advanceRequested = Signal()
    retryRequested = Signal()  # run the consent test again
    reportRequested = Signal()  # show the support report
    startOverRequested = Signal()  # forget the saved progress
    stepMarked = Signal()  # this page recorded its outcome (the step rail shows it)

    def __init__(self, context: WizardContext, state: RunState) -> None:
        super().__init__()
        self.context = context
        self.state = state
        self.tasks = PageTasks(self.show_problem)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        if context.in_training:
            outer.addWidget(SandboxBanner(*context.sandbox_credentials, self))
        # A scrolling body keeps every widget reachable at 200% scale on a small screen.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Enum keys by name: this runs before the first paint (see widgets.properties).
        set_enum_property(scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_enum_property(scroll, "focusPolicy", "NoFocus")
        body = QWidget(scroll)
        body.setObjectName("pageBody")
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 8, 0)
        scroll.setWidget(body)
        self.scroll_area = scroll
        outer.addWidget(scroll, 1)
        self.messages = MessageArea(self)
        outer.addWidget(self.messages)

    # --- helpers for building pages -------------------------------------------------------

    def paragraph(self, text: str, *, rich: bool = False) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        set_enum_property(label, "textFormat", "RichText" if rich else "PlainText")
        label.setText(text)
        if rich and "<a " in text:  # only a paragraph with a link is a Tab stop
            label.setOpenExternalLinks(False)
            label.linkActivated.connect(self.open_url)
            set_enum_property(label, "textInteractionFlags", "TextBrowserInteraction")
        self.body.addWidget(label)
        return label

    def steps(self, items: list[str]) -> QLabel:
        """Numbered steps; ``items`` are already-escaped rich text."""
        text = "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"
        return self.paragraph(text, rich=True)  # no accessible name: Qt then exposes the text

    @staticmethod
    def esc(text: str) -> str:
        import html  # not needed before the first paint

        return html.escape(text)

    # --- behaviour shared by pages --------------------------------------------------------

    def focus_first_field(self) -> None:
        """Focus this page's first control unless the page already chose one.

        Qt would pick the first in the chain: the training banner's Copy button, so Enter
        and typing would land there on every page.
        """
        from PySide6.QtWidgets import QApplication

        current = QApplication.focusWidget()
        body = self.scroll_area.widget()
        if body is None or (current is not None and body.isAncestorOf(current)):
            return
        tab_focus = 0x1  # Qt.FocusPolicy.TabFocus by value: no Qt namespace (widgets.properties)
        for widget in body.findChildren(QWidget):
            if (
                widget.focusPolicy().value & tab_focus
                and widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusProxy() is None
            ):
                widget.setFocus()
                return

    def stop(self) -> None:
        """Cancel this page's work (the window is closing)."""
        self.tasks.cancel_all()

    def announce(self, text: str) -> None:
        announce(self, text)

    def show_problem(self, message: str, hint: str | None = None) -> None:
        self.messages.show_problem(message, hint)

    def clear_problem(self) -> None:
        self.messages.clear()

    def open_url(self, url: str) -> None:
        self.tasks.start(self._open(url), name="open-browser")

    async def _open(self, url: str) -> None:
        if not await self.context.open_browser(url):
            self.messages.show_info(
                self.tr("The browser did not open by itself."),
                self.tr("Copy this address into your browser: %s") % url,
            )

    def mark_step(self, status: str) -> None:
        """Record this page's outcome for the support report (never anything secret)."""
        self.context.session.step_status[self.step_key or type(self).__name__] = status
        self.stepMarked.emit()

    def cleanupPage(self) -> None:
        # Going Back keeps what was typed; Qt's default would reset fields to their defaults.
        pass
