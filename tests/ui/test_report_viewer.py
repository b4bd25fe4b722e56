"""A partner's saved report, opened by support: the same verdicts in the same views, read-only."""

from __future__ import annotations

import json
from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWizard,
)

from intercom_wizard.intercom.client import Workspace
from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.report_reader import parse_report, read_report
from intercom_wizard.sandbox.server import SandboxIntercom
from intercom_wizard.steps import StepState
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.pages.finish import FinishPage
from intercom_wizard.ui.pages.results import ResultsPage
from intercom_wizard.ui.report_viewer import ReportViewer
from intercom_wizard.ui.wizard import SetupWizard
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import drive, next_to, until
from tests.ui.test_failures import prepared, run_test
from tests.unit.test_report_reader import saved


async def saved_by_a_training_run(wizard: SetupWizard, path: Path) -> ResultsPage:
    """Test, Results, Finish, then Support report > JSON > Save, as the partner would."""
    await run_test(wizard)
    await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
    await next_to(wizard, PageId.FINISH)
    finish = wizard.pages[PageId.FINISH]
    assert isinstance(finish, FinishPage)
    finish.report_button.click()
    dialog = wizard._report
    assert dialog is not None
    dialog.tabs.setCurrentIndex(1)  # JSON
    dialog.save_to(path)
    await until(lambda: "Saved to" in dialog.messages.text, what="the report saved")
    results = wizard.pages[PageId.RESULTS]
    assert isinstance(results, ResultsPage)
    return results


def test_the_viewer_shows_the_verdicts_the_partner_saw(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, sandbox: SandboxIntercom, tmp_path: Path
) -> None:
    sandbox.faults.missing = {PermissionKey.WRITE_CONVERSATIONS}
    wizard = prepared(make_wizard)
    path = tmp_path / "partner-report.json"

    async def scenario() -> None:
        live = await saved_by_a_training_run(wizard, path)
        viewer = ReportViewer(read_report(path), path)
        viewer.show()
        shown = viewer.results
        assert shown is not None
        # The same rows, worded the same, from the same findings.
        assert shown.summary.text == live.summary.text
        assert shown.version.text == live.version.text
        for key, row in live.permission_rows.items():
            assert shown.permission_rows[key].text == row.text
            assert shown.permission_rows[key].status is row.status
        for label in ("workspace", "admin", "region"):
            assert getattr(shown, label).text() == getattr(live, label).text()
        result = wizard.state.result
        assert result is not None
        rows = " ".join(row.text for row in shown.permission_rows.values())
        for probe in result.permissions.values():
            assert probe.request_id and probe.request_id in rows
        # The rail: what the partner's wizard showed.
        assert viewer.rail.state_of("permissions") is StepState.ATTENTION
        assert viewer.rail.state_of("results") is StepState.ATTENTION
        assert viewer.rail.state_of("where") is StepState.DONE
        # Whose report, and when.
        banner = viewer.banner.text()
        assert "Someone else's report" in banner
        assert result.admin is not None and result.admin.email and result.admin.email in banner
        assert viewer.report.created_at.strftime("%Y-%m-%d %H:%M") in banner
        # The diagnostics section: the partner's computer.
        environment = " ".join(row.text for row in viewer.environment_rows)
        assert viewer.report.environment.keyring_backend in environment
        viewer.close()

    drive(loop, scenario())


def test_nothing_in_the_viewer_can_be_edited_or_started(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    wizard = prepared(make_wizard)
    path = tmp_path / "partner-report.json"

    async def scenario() -> None:
        await saved_by_a_training_run(wizard, path)
        support_steps = dict(wizard.context.session.step_status)
        viewer = ReportViewer(read_report(path), path)
        viewer.show()
        editable = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QCheckBox)
        for kind in editable:
            assert not [w for w in viewer.findChildren(kind) if w.isVisibleTo(viewer)], kind
        buttons = [
            button
            for button in viewer.findChildren(QAbstractButton)
            if button.isVisibleTo(viewer)
            and not isinstance(button.parent(), QDialogButtonBox)
            and button.parent() is not viewer.tabs.tabBar()
        ]
        assert buttons == []  # no Retry, no Start: only Close and the tabs
        assert viewer.results is not None and not viewer.results.retry.isEnabled()
        # Choosing a step says what it recorded; the wizard's own setup is untouched.
        viewer.rail.stepRequested.emit("permissions")
        recorded = support_steps["permissions"]
        assert f"Permissions recorded: {recorded}" in viewer.outcome.text()
        assert wizard.context.session.step_status == support_steps
        viewer.close()

    drive(loop, scenario())


def test_open_report_in_diagnostics(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    wizard = prepared(make_wizard)
    path = tmp_path / "partner-report.json"
    bad = tmp_path / "not-a-report.json"
    bad.write_text(json.dumps({"report": {"format": 9}}), encoding="utf-8")

    async def scenario() -> None:
        await saved_by_a_training_run(wizard, path)
        wizard.button(QWizard.WizardButton.CustomButton1).click()
        dialog = wizard._diagnostics
        assert dialog is not None
        assert dialog.open_report_button.isEnabled()
        dialog.open_report(bad)
        await until(lambda: dialog.messages.text, what="the refusal")
        assert "not-a-report.json cannot be opened as a support report." in dialog.messages.text
        assert "newer than this intercom-wizard reads" in dialog.messages.text
        assert "latest intercom-wizard" in dialog.messages.text
        dialog.open_report(path)
        await until(lambda: dialog.viewers, what="the viewer")
        viewer = dialog.viewers[-1]
        assert viewer.isVisible() and not viewer.isModal()
        assert viewer.results is not None
        # Its own checks ran meanwhile; closing mid-check would leave httpx's clean-up behind.
        await until(lambda: dialog.rows, timeout=15, what="diagnostics results")
        dialog.close()

    drive(loop, scenario())


def test_names_from_the_file_are_shown_as_text_never_as_markup(qapp: QApplication) -> None:
    name = "<img src='file:///etc/hostname'>Acme"
    data = saved(workspace=Workspace(name=name, id_code="abc123", region="EU"))
    viewer = ReportViewer(parse_report(json.dumps(data)), Path("report.json"))
    assert viewer.results is not None
    label = viewer.results.workspace
    assert label.textFormat() is Qt.TextFormat.PlainText
    assert label.text().startswith(name)
    assert viewer.banner.textFormat() is Qt.TextFormat.PlainText
    viewer.deleteLater()


def test_a_report_without_a_test_and_with_steps_this_wizard_lacks(qapp: QApplication) -> None:
    data = saved()
    data["check"] = None
    data["steps"] += [
        {"step": "cyclr_check", "status": "reached (optional)"},
        {"step": "some_new_step", "status": "done"},
    ]
    viewer = ReportViewer(parse_report(json.dumps(data)), Path("report.json"))
    assert viewer.results is None
    assert viewer.tabs.tabText(0) == "&Results"
    shown = viewer.tabs.widget(0)
    assert isinstance(shown, QLabel) and "No consent test" in shown.text()
    names = [viewer.rail.item(row).text().split("\n")[0] for row in range(viewer.rail.count())]
    assert names[-2:] == [f"{len(names) - 1}. Cyclr check", f"{len(names)}. Some new step"]
    assert "someone whose consent test did not run" in viewer.banner.text()
    viewer.deleteLater()
