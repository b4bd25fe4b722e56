"""What a screen reader and a keyboard user get, read through Qt's accessibility interfaces."""

from __future__ import annotations

import re

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
    QWizard,
)

from intercom_wizard.intercom.permissions import REQUIRED_PERMISSIONS
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.pages.api_version import ApiVersionPage
from intercom_wizard.ui.pages.create_app import CreateAppPage
from intercom_wizard.ui.pages.credentials import CredentialsPage
from intercom_wizard.ui.pages.finish import FinishPage
from intercom_wizard.ui.pages.permissions import PermissionsPage
from intercom_wizard.ui.pages.where import WherePage
from intercom_wizard.ui.widgets import accessible
from intercom_wizard.ui.widgets.sandbox_banner import SandboxBanner
from intercom_wizard.ui.wizard import SetupWizard
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import drive, next_to, until
from tests.ui.language import LANGUAGES, speaking
from tests.ui.test_failures import prepared, run_test

Text = QAccessible.Text


def spoken(widget: QWidget, which: QAccessible.Text = Text.Name) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(which) or ""


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What was handed to the screen reader bridge (there is none here to hear it)."""
    heard: list[str] = []
    monkeypatch.setattr(accessible, "post", lambda event: heard.append(event.message()))
    return heard


def test_labels_that_carry_information_expose_their_text(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard)

    async def scenario() -> None:
        await next_to(wizard, PageId.WHERE)
        where = wizard.pages[PageId.WHERE]
        assert isinstance(where, WherePage)
        where.domain.setText("not a domain at all")
        assert where.domain_feedback.text()
        assert spoken(where.domain_feedback) == where.domain_feedback.text()
        where.domain.setText("app-h.cyclr.com")

        hub = wizard.pages[PageId.CREATE_APP]
        assert isinstance(hub, CreateAppPage)
        steps = [label for label in hub.findChildren(QLabel) if "New app" in label.text()]
        assert steps and "New app" in spoken(steps[0])

        await next_to(wizard, PageId.CREDENTIALS)
        credentials = wizard.pages[PageId.CREDENTIALS]
        assert isinstance(credentials, CredentialsPage)
        assert "keyring" in spoken(credentials.storage_note)
        credentials.client_id.setText("same-value-twice")
        credentials.secret.setText("same-value-twice")
        assert "same" in spoken(credentials.feedback)

        version = wizard.pages[PageId.API_VERSION]
        assert isinstance(version, ApiVersionPage)
        version.initializePage()
        assert spoken(version.connector) == version.connector.text() != ""

        finish = wizard.pages[PageId.FINISH]
        assert isinstance(finish, FinishPage)
        finish.forget_button.click()
        await until(lambda: finish.outcome.text(), what="forgotten")
        assert spoken(finish.outcome) == finish.outcome.text()

    drive(loop, scenario())


def _tab_widgets(page: QWidget) -> list[QWidget]:
    """Everything a user tabs to or a screen reader lists as a control, parts of fields too."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
    found = [w for kind in kinds for w in page.findChildren(kind)]
    return [w for w in found if not isinstance(w.parent(), QAbstractSpinBox)]


def test_every_control_has_a_name_and_a_description(make_wizard: MakeWizard) -> None:
    wizard = make_wizard()
    missing = []
    for page_id, page in wizard.pages.items():
        for widget in _tab_widgets(page):
            if isinstance(widget, QToolButton) and not widget.isVisibleTo(page):
                continue  # a line edit's clear button while the field is empty
            for which in (Text.Name, Text.Description):
                if not spoken(widget, which).strip():
                    missing.append(f"{page_id.name}: {type(widget).__name__} {which.name}")
    assert not missing, missing


def test_the_clear_button_of_the_service_domain_is_named(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = make_wizard()

    async def scenario() -> None:
        await next_to(wizard, PageId.WHERE)
        where = wizard.pages[PageId.WHERE]
        assert isinstance(where, WherePage)
        where.domain.setText("app-h.cyclr.com")
        clear = [b for b in where.domain.findChildren(QToolButton) if b.isVisibleTo(where)]
        assert clear
        assert "Clear" in spoken(clear[0])

    drive(loop, scenario())


def test_each_permission_box_says_where_to_tick_it(make_wizard: MakeWizard) -> None:
    wizard = make_wizard()
    page = wizard.pages[PageId.PERMISSIONS]
    assert isinstance(page, PermissionsPage)
    for box, permission in zip(page.checks, REQUIRED_PERMISSIONS, strict=True):
        assert spoken(box, Text.Description) == permission.where


def test_a_refused_domain_and_the_results_are_announced(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, announcements: list[str]
) -> None:
    wizard = prepared(make_wizard)

    async def scenario() -> None:
        await next_to(wizard, PageId.WHERE)
        where = wizard.pages[PageId.WHERE]
        assert isinstance(where, WherePage)
        where.domain.setText("not a domain at all")
        assert announcements[-1] == where.domain_feedback.text()
        where.domain.setText("app-h.cyclr.com")
        announcements.clear()
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
        overall = [text for text in announcements if text.startswith("Overall")]
        assert overall == ["Overall: everything needed works."]

    drive(loop, scenario())


_MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonic(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_mnemonics_on_one_page_collide(
    make_wizard: MakeWizard, qapp: QApplication, language: str
) -> None:
    with speaking(qapp, language):
        wizard = make_wizard()
        _check_mnemonics(wizard, language)


def _check_mnemonics(wizard: SetupWizard, language: str) -> None:
    which = QWizard.WizardButton
    wizard_buttons = [
        wizard.button(button)
        for button in (
            which.BackButton,
            which.NextButton,
            which.FinishButton,
            which.CancelButton,
            wizard.DIAGNOSTICS_BUTTON,
        )
    ]
    collisions = []
    for page_id, page in wizard.pages.items():
        keys: dict[str, str] = {}
        labelled = [b.text() for b in page.findChildren(QAbstractButton)]
        labelled += [label.text() for label in page.findChildren(QLabel) if label.buddy()]
        for text in labelled + [b.text() for b in wizard_buttons]:
            key = _mnemonic(text)
            if key is None:
                continue
            if key in keys:
                collisions.append(
                    f"{language} {page_id.name}: Alt+{key} is {keys[key]!r} and {text!r}"
                )
            keys[key] = text
    assert not collisions, collisions


def test_only_paragraphs_with_links_take_tab_stops(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = make_wizard()
    for page_id, page in wizard.pages.items():
        for label in page.findChildren(QLabel):
            if label.focusPolicy() & Qt.FocusPolicy.TabFocus:
                assert "<a " in label.text(), f"{page_id.name}: {label.text()[:40]!r}"

    async def scenario() -> None:
        await until(lambda: QApplication.focusWidget() is not None, what="focus")
        assert not isinstance(QApplication.focusWidget(), QLabel)

    wizard.activateWindow()
    drive(loop, scenario())


def test_enter_on_results_goes_on_to_finish(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard)

    async def scenario() -> None:
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
        focused = QApplication.focusWidget() or wizard
        QTest.keyClick(focused, Qt.Key.Key_Return)
        await until(lambda: wizard.current_page_id() is PageId.FINISH, what="Finish")

    wizard.activateWindow()
    drive(loop, scenario())


def test_training_banner_fields_are_named(make_wizard: MakeWizard) -> None:
    wizard = make_wizard()
    banner = wizard.pages[PageId.WELCOME].findChildren(SandboxBanner)[0]
    assert spoken(banner.client_id.edit) == "Sandbox Client ID"
