"""Welcome to Finish with the keyboard alone: key presses into whatever has the focus.

No clicks and no calls on widgets; the browser's part is played by the sandbox's scripted
browser, since the browser is another program.
"""

from __future__ import annotations

import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget

from intercom_wizard.intercom.regions import Region
from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.widgets.sandbox_banner import SandboxBanner
from tests.support.network import free_port
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import ScriptedBrowser, drive, until

ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def in_banner(widget: QWidget) -> bool:
    return any(isinstance(parent, SandboxBanner) for parent in _parents(widget))


def _parents(widget: QWidget) -> list[object]:
    found: list[object] = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def test_the_whole_wizard_by_keyboard(make_wizard: MakeWizard, loop: qasync.QEventLoop) -> None:
    browser = ScriptedBrowser()
    wizard = make_wizard(open_browser=browser)
    port = free_port()
    wizard.activateWindow()

    async def on(page: PageId) -> None:
        await until(lambda: wizard.current_page_id() is page, what=f"page {page.name}")
        await until(lambda: QApplication.focusWidget() is not None, what="focus")
        if page is not PageId.WELCOME:  # Welcome has no field of its own without progress
            await until(lambda: not in_banner(focused()), what=f"focus off the banner on {page}")

    async def scenario() -> None:
        await on(PageId.WELCOME)
        press(Qt.Key.Key_Return)

        await on(PageId.WHERE)
        press(Qt.Key.Key_R, ALT)  # Intercom &region
        press(Qt.Key.Key_Down)  # United States -> Europe
        press(Qt.Key.Key_S, ALT)  # Cyclr &service domain
        type_text("app-h.cyclr.com")
        press(Qt.Key.Key_Return)

        await on(PageId.CREATE_APP)
        press(Qt.Key.Key_Return)

        await on(PageId.REDIRECT_URLS)
        press(Qt.Key.Key_P, ALT)  # Test &port
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(str(port))
        press(Qt.Key.Key_Return)

        await on(PageId.PERMISSIONS)
        ticked: set[QWidget] = set()
        for _tab in range(30):  # Tab through the page, ticking each box met on the way
            widget = focused()
            if isinstance(widget, QCheckBox) and widget not in ticked:
                press(Qt.Key.Key_Space)
                ticked.add(widget)
            if len(ticked) == 3:
                break
            press(Qt.Key.Key_Tab)
        assert len(ticked) == 3
        press(Qt.Key.Key_N, ALT)  # &Next

        await on(PageId.CREDENTIALS)
        press(Qt.Key.Key_I, ALT)  # Client &ID
        type_text(SANDBOX_CLIENT_ID)
        press(Qt.Key.Key_S, ALT)  # Client &Secret
        type_text(SANDBOX_CLIENT_SECRET)
        press(Qt.Key.Key_Return)

        await on(PageId.API_VERSION)
        press(Qt.Key.Key_V, ALT)  # &version
        combo = focused()
        for _step in range(40):  # the sandbox answers with 2.11
            if combo.currentText() == "2.11":  # type: ignore[attr-defined]
                break
            press(Qt.Key.Key_Up)
        press(Qt.Key.Key_Return)

        await on(PageId.TEST)
        press(Qt.Key.Key_Return)  # on Start the test, which has the focus
        await on(PageId.RESULTS)
        press(Qt.Key.Key_Return)

        await on(PageId.FINISH)
        press(Qt.Key.Key_F, ALT)  # &Finish
        await until(lambda: not wizard.isVisible(), what="the wizard closed")

    drive(loop, scenario())
    session = wizard.context.session
    assert session.region is Region.EU
    assert session.service_domain == "app-h.cyclr.com"
    assert session.port == port
    assert session.client_id == SANDBOX_CLIENT_ID
    assert session.step_status["permissions"] == "ticked"
    assert wizard.state.result is not None and wizard.state.result.ok
    assert wizard.result() == int(wizard.DialogCode.Accepted)
