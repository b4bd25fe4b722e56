"""The step rail: every step with its state, opened by mouse or keyboard, read by screen readers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from intercom_wizard import steps
from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.sandbox.server import SandboxIntercom
from intercom_wizard.steps import StepState
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.translations import apply_language
from intercom_wizard.ui.widgets import accessible
from intercom_wizard.ui.widgets.step_rail import StepRail
from intercom_wizard.ui.wizard import SetupWizard, page_classes
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import drive, next_to, until
from tests.ui.rail_fit import cut_off_steps
from tests.ui.test_failures import prepared, run_test

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    heard: list[str] = []
    monkeypatch.setattr(accessible, "post", lambda event: heard.append(event.message()))
    return heard


def rail_of(wizard: SetupWizard) -> StepRail:
    rail = wizard.rail
    assert rail is not None
    return rail


def click_step(rail: StepRail, key: str) -> None:
    item = rail.item_for(key)
    assert item is not None, key
    rail.scrollToItem(item)
    center: QPoint = rail.visualItemRect(item).center()
    QTest.mouseClick(
        rail.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center
    )


def spoken_steps(rail: StepRail) -> list[str]:
    interface = QAccessible.queryAccessibleInterface(rail)
    assert interface is not None
    names = []
    for index in range(interface.childCount()):
        child = interface.child(index)
        assert child is not None
        names.append(child.text(QAccessible.Text.Name) or "")
    return names


def test_the_rail_lists_every_page_in_order(make_wizard: MakeWizard) -> None:
    wizard = make_wizard()
    rail = rail_of(wizard)
    assert wizard.sideWidget() is rail
    keys = [rail.item(row).data(Qt.ItemDataRole.UserRole) for row in range(rail.count())]
    # From the wizard's pages, however many there are, not from a list of its own.
    assert keys == [cls.step_key for _id, cls in sorted(page_classes().items())]
    first = rail.item(0).text().split("\n")
    assert first == ["1. Welcome", "You are here"]
    assert rail.item(4).text() == "5. Permissions\nNot started"
    # The header keeps its count.
    assert wizard.currentPage().subTitle().startswith(f"Step 1 of {len(PageId)}")


def test_the_steps_the_core_points_at_are_pages() -> None:
    keys = {cls.step_key for cls in page_classes().values()}
    named = {steps.PERMISSIONS, steps.API_VERSION, steps.TEST, steps.RESULTS}
    assert named <= keys
    assert {step for step in steps.FINDING_STEPS.values() if step} <= keys


def test_mouse_opens_steps_gone_through_and_only_those(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, announcements: list[str]
) -> None:
    wizard = prepared(make_wizard)
    rail = rail_of(wizard)

    async def scenario() -> None:
        await next_to(wizard, PageId.PERMISSIONS)
        assert rail.state_of("where") is StepState.DONE
        assert rail.state_of("permissions") is StepState.NOT_STARTED  # shown, not yet done
        click_step(rail, "where")
        assert wizard.current_page_id() is PageId.WHERE
        assert "You are here" in rail.item_for("where").text()  # type: ignore[union-attr]
        # Forward again, past pages already done: Where is validated on the way.
        click_step(rail, "permissions")
        assert wizard.current_page_id() is PageId.PERMISSIONS
        # Back, then forward to a page not reached: nothing happens, and it is said why.
        click_step(rail, "finish")
        assert wizard.current_page_id() is PageId.PERMISSIONS
        assert announcements[-1] == "Finish is not reached yet."
        # Back works as the Back button does: the path shortens.
        click_step(rail, "welcome")
        assert wizard.current_page_id() is PageId.WELCOME
        assert list(wizard.visitedIds()) == [int(PageId.WELCOME)]

    drive(loop, scenario())


def test_a_page_that_refuses_stops_the_jump(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard)
    rail = rail_of(wizard)

    async def scenario() -> None:
        await next_to(wizard, PageId.PERMISSIONS)
        click_step(rail, "where")
        where = wizard.pages[PageId.WHERE]
        where.domain.setText("not a domain at all")  # type: ignore[attr-defined]
        click_step(rail, "permissions")
        assert wizard.current_page_id() is PageId.WHERE  # as Next would: it is not complete

    drive(loop, scenario())


def _tab_into(wizard: SetupWizard, rail: StepRail) -> None:
    wizard.activateWindow()
    for _ in range(60):  # bounded: the rail is one Tab stop among a page's few
        if QApplication.focusWidget() is rail:
            return
        QTest.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the step rail")


def test_keyboard_alone_reaches_and_opens_steps(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard)
    rail = rail_of(wizard)

    async def scenario() -> None:
        await next_to(wizard, PageId.PERMISSIONS)
        await until(lambda: QApplication.focusWidget() is not None, what="focus")
        _tab_into(wizard, rail)
        assert rail.currentItem() is rail.item_for("permissions")  # starts where you are
        for _ in range(3):
            QTest.keyClick(rail, Qt.Key.Key_Up)
        assert rail.currentItem() is rail.item_for("where")
        # The screen reader follows: a list of list items, the one moved to has the focus.
        interface = QAccessible.queryAccessibleInterface(rail)
        assert interface is not None and interface.role() is QAccessible.Role.List
        where = interface.child(1)
        assert where is not None and where.role() is QAccessible.Role.ListItem
        assert where.state().focused and where.text(QAccessible.Text.Name).startswith("Where")
        QTest.keyClick(rail, Qt.Key.Key_Return)
        await until(lambda: wizard.current_page_id() is PageId.WHERE, what="Where")
        for _ in range(5):  # Enter went to the rail alone, never on to Next
            await until(lambda: True)
        assert wizard.current_page_id() is PageId.WHERE
        _tab_into(wizard, rail)
        for _ in range(3):
            QTest.keyClick(rail, Qt.Key.Key_Down)
        QTest.keyClick(rail, Qt.Key.Key_Space)
        await until(lambda: wizard.current_page_id() is PageId.PERMISSIONS, what="Permissions")

    drive(loop, scenario())


def test_screen_readers_hear_each_step_and_its_state(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard)
    rail = rail_of(wizard)

    async def scenario() -> None:
        await next_to(wizard, PageId.CREDENTIALS)
        names = spoken_steps(rail)
        assert len(names) == len(wizard.pages)
        assert names[1] == f"Where, step 2 of {len(PageId)}: Done"
        assert names[5] == f"Credentials, step 6 of {len(PageId)}: You are here"
        assert names[9] == f"Finish, step 10 of {len(PageId)}: Not started"
        interface = QAccessible.queryAccessibleInterface(rail)
        assert interface is not None
        assert interface.text(QAccessible.Text.Name) == "Steps"
        where = interface.child(1)
        assert where is not None
        assert "Enter opens it." in (where.text(QAccessible.Text.Description) or "")
        finish = interface.child(9)
        assert finish is not None
        assert "Not reached yet." in (finish.text(QAccessible.Text.Description) or "")

    drive(loop, scenario())


def test_a_failed_check_puts_its_steps_up_for_attention(
    make_wizard: MakeWizard,
    loop: qasync.QEventLoop,
    sandbox: SandboxIntercom,
    announcements: list[str],
) -> None:
    sandbox.faults.missing = {PermissionKey.WRITE_CONVERSATIONS}
    wizard = prepared(make_wizard)
    rail = rail_of(wizard)

    async def scenario() -> None:
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
        attention = {key for key in ("permissions", "test", "results")}
        for key in attention:
            assert rail.state_of(key) is StepState.ATTENTION, key
        assert rail.state_of("api_version") is StepState.DONE
        assert rail.item_for("permissions").text() == "5. Permissions\nNeeds attention"  # type: ignore[union-attr]
        names = spoken_steps(rail)
        assert names[4].endswith(": Needs attention")
        assert names[8].endswith(": You are here, needs attention")
        assert any("Permissions: Needs attention." in text for text in announcements)
        # "Click Permissions on the left": back there along the path taken.
        click_step(rail, "permissions")
        assert wizard.current_page_id() is PageId.PERMISSIONS
        # Fixed and tested again: the attention goes, and that is said too.
        sandbox.faults.missing = set()
        announcements.clear()
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="the retry")
        assert rail.state_of("permissions") is StepState.DONE
        assert any("Permissions: Done." in text for text in announcements)

    drive(loop, scenario())


def test_a_declined_consent_marks_the_test_step(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, sandbox: SandboxIntercom
) -> None:
    sandbox.faults.decline = True
    wizard = prepared(make_wizard)
    rail = rail_of(wizard)

    async def scenario() -> None:
        page = await run_test(wizard)
        await until(lambda: page.messages.text and not page.running, what="the failure")
        assert rail.state_of("test") is StepState.ATTENTION
        assert "needs attention" in rail.item_for("test").text()  # type: ignore[union-attr]

    drive(loop, scenario())


def test_a_resumed_setup_opens_the_step_a_finding_points_at(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, sandbox: SandboxIntercom
) -> None:
    sandbox.faults.missing = {PermissionKey.READ_ADMINS}
    first = prepared(make_wizard)

    async def fail_and_quit() -> None:
        await run_test(first)
        await until(lambda: first.current_page_id() is PageId.RESULTS, what="results")
        first.close()
        await first.shutdown()

    drive(loop, fail_and_quit())
    second = make_wizard()
    rail = rail_of(second)

    async def resumed() -> None:
        await until(lambda: second.current_page_id() is PageId.RESULTS, what="resumed")
        assert rail.state_of("permissions") is StepState.ATTENTION
        # Not on this run's path (Welcome, then Results): reached through Next's machinery.
        click_step(rail, "permissions")
        assert second.current_page_id() is PageId.PERMISSIONS

    drive(loop, resumed())


def test_the_fit_check_sees_a_step_cut_off(make_wizard: MakeWizard) -> None:
    rail = rail_of(make_wizard())
    assert cut_off_steps(rail) == []
    rail.setFixedWidth(60)
    assert cut_off_steps(rail)


@pytest.mark.parametrize(
    ("language", "dark", "welcome"),
    [
        ("en", False, "1. Welcome"),
        ("en", True, "1. Welcome"),
        ("de", False, "1. Willkommen"),
        ("fr", False, "1. Bienvenue"),
        ("es", False, "1. Bienvenida"),
    ],
    ids=["en-light", "en-dark", "de", "fr", "es"],
)
def test_nothing_is_cut_off_at_200_percent(language: str, dark: bool, welcome: str) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "tests.ui.rail_fit", "--language", language]
    command += ["--dark"] if dark else []
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["scale"] == 2.0
    assert report["current"] and report["steps"] == len(PageId)
    assert report["cut_off"] == []
    assert report["contrast"] >= 4.5  # WCAG AA for text, light and dark alike
    assert report["first_step"].split("\n")[0] == welcome  # in that language


def test_the_rail_appears_when_added_after_the_first_paint(
    qapp: QApplication, tmp_path: Path
) -> None:
    # As at start-up (app.run_wizard): Welcome is shown first, the other pages come after.
    wizard = SetupWizard(WizardContext(progress_path=tmp_path / "progress.json"), welcome_only=True)
    wizard.restart()
    wizard.show()
    qapp.processEvents()
    wizard.add_remaining_pages()
    qapp.processEvents()
    rail = rail_of(wizard)
    try:
        assert rail.isVisible()
        page = wizard.currentPage()
        top_left = rail.mapTo(wizard, QPoint(0, 0))
        assert top_left.y() >= page.mapTo(wizard, QPoint(0, 0)).y() - 20  # beside the page
        assert rail.height() >= page.height() * 0.8  # and as tall, not a stray 192 px box
    finally:
        wizard.close()
        wizard.deleteLater()


def test_another_language_rewords_the_one_rail(
    qapp: QApplication, make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard)
    rail = rail_of(wizard)

    async def scenario() -> None:
        await next_to(wizard, PageId.PERMISSIONS)
        apply_language(qapp, "de")
        wizard.reword()  # what Welcome's language picker does
        assert wizard.rail is rail  # the same rail, not a second one left behind
        assert [w for w in wizard.findChildren(StepRail) if w.isVisible()] == [rail]
        assert rail.item(1).text() == "2. Wo\nErledigt"  # and what was done stays done
        assert spoken_steps(rail)[0].startswith("Willkommen, Schritt 1 von")

    try:
        drive(loop, scenario())
    finally:
        apply_language(qapp, "en")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_window_keeps_the_pages_room_beside_the_rail(
    qapp: QApplication, make_wizard: MakeWizard, language: str
) -> None:
    wizard = make_wizard()
    try:
        apply_language(qapp, language)
        wizard.reword()
        rail = rail_of(wizard)
        qapp.processEvents()
        # However wide the rail is in this language, the pages keep their own smallest width.
        assert rail.width() > 0
        assert wizard.minimumWidth() >= SetupWizard.PAGE_MINIMUM.width() + rail.width()
        wizard.resize(1, 1)
        qapp.processEvents()
        assert wizard.width() >= SetupWizard.PAGE_MINIMUM.width() + rail.width()
    finally:
        apply_language(qapp, "en")
