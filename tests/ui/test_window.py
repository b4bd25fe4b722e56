"""The window as a whole: title, banner, accessibility, Diagnostics, report, clipboard."""

from __future__ import annotations

from typing import TypeVar

import qasync
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QWidget,
    QWizard,
)

from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_SECRET
from intercom_wizard.ui.clipboard import SecretClipboard
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.widgets.sandbox_banner import SandboxBanner
from intercom_wizard.ui.widgets.status_row import StatusRow
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import drive, until
from tests.ui.test_failures import prepared, run_test


def test_title_and_training_banner(make_wizard: MakeWizard) -> None:
    wizard = make_wizard()
    assert "Intercom" in wizard.windowTitle()
    for page in wizard.pages.values():
        banners = page.findChildren(SandboxBanner)
        assert len(banners) == 1
        assert banners[0].client_secret.value() == SANDBOX_CLIENT_SECRET


def test_no_banner_outside_training_mode(make_wizard: MakeWizard) -> None:
    wizard = make_wizard(sandbox=None)
    assert not wizard.pages[PageId.WELCOME].findChildren(SandboxBanner)


W = TypeVar("W", bound=QWidget)


def _own_widgets(page: QWidget, kind: type[W]) -> list[W]:
    """``kind`` children that a user tabs to (not the parts inside a line edit or spin box)."""
    return [
        widget
        for widget in page.findChildren(kind)
        if not isinstance(widget.parent(), QLineEdit | QAbstractSpinBox)
    ]


def test_every_input_button_and_result_has_an_accessible_name(make_wizard: MakeWizard) -> None:
    wizard = make_wizard()
    kinds = (QAbstractButton, QLineEdit, QComboBox, QSpinBox, QListWidget, StatusRow)
    missing = []
    for page_id, page in wizard.pages.items():
        for kind in kinds:
            for widget in _own_widgets(page, kind):
                if not widget.accessibleName().strip():
                    missing.append(f"{page_id.name}: {type(widget).__name__} {widget.objectName()}")
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CustomButton1):
        assert wizard.button(which).accessibleName()
    assert not missing, missing


def test_every_page_is_reachable_by_keyboard_focus(make_wizard: MakeWizard) -> None:
    wizard = make_wizard()
    for page in wizard.pages.values():
        for kind in (QLineEdit, QComboBox, QSpinBox, QAbstractButton):
            for widget in _own_widgets(page, kind):
                holder = widget.parent()
                if holder is not None and isinstance(holder.parent(), SandboxBanner):
                    continue  # its fields are click-only on purpose; its Copy buttons are not
                assert widget.focusPolicy() & widget.focusPolicy().TabFocus, widget


def test_diagnostics_opens_without_blocking(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = make_wizard()

    async def scenario() -> None:
        wizard.button(QWizard.WizardButton.CustomButton1).click()
        dialog = wizard._diagnostics
        assert dialog is not None and dialog.isVisible() and not dialog.isModal()
        await until(lambda: dialog.rows, timeout=15, what="diagnostics results")
        assert any("eyring" in row.text for row in dialog.rows)
        dialog.close()

    drive(loop, scenario())


def test_support_report_holds_no_secret(make_wizard: MakeWizard, loop: qasync.QEventLoop) -> None:
    wizard = prepared(make_wizard)

    async def scenario() -> None:
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
        report = wizard.show_report()
        assert not report.isModal()
        markdown = report.markdown.toPlainText()
        assert "Sandbox Workspace" in markdown
        assert SANDBOX_CLIENT_SECRET not in markdown + report.json.toPlainText()
        assert wizard.context.sandbox is not None
        for token in wizard.context.sandbox.issued_tokens:
            assert token not in markdown + report.json.toPlainText()

    drive(loop, scenario())


def test_secret_is_cleared_from_the_clipboard_after_the_delay(
    qapp: QApplication, loop: qasync.QEventLoop
) -> None:
    guard = SecretClipboard(50)

    async def scenario() -> None:
        guard.copy_secret("s3cret-value")
        assert QGuiApplication.clipboard().text() == "s3cret-value"
        await until(lambda: QGuiApplication.clipboard().text() == "", timeout=2)

    drive(loop, scenario())


def test_clipboard_is_left_alone_when_it_holds_something_else(
    qapp: QApplication, loop: qasync.QEventLoop
) -> None:
    guard = SecretClipboard(50)

    async def scenario() -> None:
        guard.copy_secret("s3cret-value")
        QGuiApplication.clipboard().setText("something the user copied")
        await until(lambda: not guard.pending, timeout=2)
        assert QGuiApplication.clipboard().text() == "something the user copied"

    drive(loop, scenario())
