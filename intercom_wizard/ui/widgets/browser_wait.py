"""Waiting for the person in the browser: the address to open, Open again, the countdown.

Shared by the pages that send the browser somewhere and wait (the consent test, the Cyclr
check): the address is always shown with Copy, since a browser that did not open by itself is
common, and the countdown says how long the wait lasts. A page that cannot learn by itself that
the browser has finished offers "Done in the browser" too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from intercom_wizard.ui.widgets.accessible import named
from intercom_wizard.ui.widgets.copyable_field import CopyableField
from intercom_wizard.ui.widgets.status_row import Status, StatusRow


class BrowserWait(QWidget):
    openAgainRequested = Signal(str)  # the address to open again
    doneRequested = Signal()  # the person says they finished in the browser

    def __init__(
        self, address_name: str, parent: QWidget | None = None, *, done_button: bool = False
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("If no browser window opened, open this address:"), self))
        top.addStretch(1)
        self.countdown = QLabel(self)
        top.addWidget(self.countdown)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.url = CopyableField(address_name, self)
        self.url.set_value("")
        self.open_again = named(
            QPushButton(self.tr("&Open again"), self),
            self.tr("Open the address in the browser again"),
            self.tr("For when the first browser window was closed"),
        )
        self.open_again.setEnabled(False)
        row.addWidget(self.url, 1)
        row.addWidget(self.open_again)
        self.done: QPushButton | None = None
        if done_button:
            self.done = named(
                QPushButton(self.tr("Done in the bro&wser"), self),
                self.tr("Done in the browser"),
                self.tr("Say you finished in the browser, so the wizard asks for the result now"),
            )
            self.done.setEnabled(False)
            self.done.clicked.connect(self.doneRequested)
            row.addWidget(self.done)
        layout.addLayout(row)
        self._remaining: Callable[[], float] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self.open_again.clicked.connect(lambda: self.openAgainRequested.emit(self.url.value()))

    def begin(self, url: str, remaining: Callable[[], float]) -> None:
        """Show ``url`` and count down ``remaining()`` seconds, once a second."""
        self._remaining = remaining
        self.url.set_value(url)
        self.open_again.setEnabled(True)
        if self.done is not None:
            self.done.setEnabled(True)
        self.tick()
        self._timer.start()

    def end(self, *, clear: bool = False) -> None:
        """The wait is over: stop counting. The address stays shown for reference, unless it
        carried something spent (``clear``: Cyclr's single-use sign-in token)."""
        self._remaining = None
        if clear:
            self.url.set_value("")
        self._timer.stop()
        self.countdown.setText("")
        self.open_again.setEnabled(False)
        if self.done is not None:
            self.done.setEnabled(False)

    async def open_browser(
        self,
        opener: Callable[[str], Awaitable[bool]],
        url: str,
        row: StatusRow,
        *,
        opened: Callable[[], None],
    ) -> None:
        """Open ``url`` and say on ``row`` how it went; ``opened`` runs if it did and the wait
        is still this one (the person may have cancelled meanwhile)."""
        row.set_status(Status.RUNNING, self.tr("opening your browser"))
        if not await opener(url):
            if self._remaining is not None:
                row.set_status(
                    Status.WARNING,
                    self.tr("no browser opened by itself; copy the address above into one"),
                )
        elif self._remaining is not None and self.url.value() == url:
            opened()

    @property
    def waiting(self) -> bool:
        return self._remaining is not None

    def tick(self) -> None:
        if self._remaining is None:
            return
        left = int(self._remaining())
        self.countdown.setText(self.tr("%d:%02d left") % (left // 60, left % 60))
        self.countdown.setAccessibleDescription(self.tr("%d seconds left") % left)
