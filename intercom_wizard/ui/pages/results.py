"""Page 9: what the test proved: who, which workspace, which version, which permissions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton

from intercom_wizard.findings import Finding, FindingKind
from intercom_wizard.intercom.permissions import REQUIRED_PERMISSIONS
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.pages.base import BasePage
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets.accessible import named
from intercom_wizard.ui.widgets.status_row import Status, StatusRow

if TYPE_CHECKING:
    from intercom_wizard.verification import VerificationResult


class ResultsPage(BasePage):
    step_key = "results"

    def __init__(self, context: WizardContext, state: RunState) -> None:
        super().__init__(context, state)
        self.setTitle(self.tr("Test results"))
        self.setSubTitle(self.tr("What Intercom said about your app, checked for real."))
        self.summary = StatusRow(self.tr("Overall"), self)
        self.body.addWidget(self.summary)
        form = QFormLayout()
        self.workspace = self._value(self.tr("Workspace"))
        self.admin = self._value(self.tr("Signed in as"))
        self.region = self._value(self.tr("Region"))
        form.addRow(self.tr("Workspace:"), self.workspace)
        form.addRow(self.tr("Signed in as:"), self.admin)
        form.addRow(self.tr("Region:"), self.region)
        self.body.addLayout(form)
        self.version = StatusRow(self.tr("API version"), self)
        self.body.addWidget(self.version)
        self.permission_rows = {
            permission.key: StatusRow(permission.label, self) for permission in REQUIRED_PERMISSIONS
        }
        for row in self.permission_rows.values():
            self.body.addWidget(row)
        self.repeat_note = self.paragraph(
            self.tr(
                "Permissions apply to authorizations given after you tick them: after "
                "changing anything in the Developer Hub, run the test again."
            )
        )
        retry_row = QHBoxLayout()
        self.retry = named(
            QPushButton(self.tr("&Retry the test"), self),
            self.tr("Retry the test"),
            self.tr("Goes back to the Test page and runs the test again"),
        )
        self.retry.setAutoDefault(False)  # Enter goes on to Finish, never retries by accident
        self.retry.clicked.connect(self.retryRequested)
        retry_row.addWidget(self.retry)
        retry_row.addStretch(1)
        self.body.addLayout(retry_row)
        self.body.addStretch(1)

    def _value(self, name: str) -> QLabel:
        label = named(QLabel(self), name)
        label.setWordWrap(True)
        return label

    def initializePage(self) -> None:
        result = self.state.result
        if result is not None:
            self.show_result(result)

    def show_result(self, result: VerificationResult) -> None:
        unknown = self.tr("unknown")
        workspace = result.workspace
        admin = result.admin
        if workspace is not None:
            parts = [workspace.name or unknown]
            if workspace.id_code:
                parts.append(self.tr("app id %s") % workspace.id_code)
            self.workspace.setText(", ".join(parts))
        else:
            self.workspace.setText(unknown)
        if admin is not None:
            who = admin.name or unknown
            self.admin.setText(f"{who} <{admin.email}>" if admin.email else who)
        else:
            self.admin.setText(unknown)
        region = result.region.label
        if workspace is not None and workspace.region:
            region = self.tr("%s (Intercom says %s)") % (region, workspace.region)
        self.region.setText(region)
        for label in (self.workspace, self.admin, self.region):
            label.setAccessibleDescription(label.text())

        # The verdicts' words come from findings.py, the one place they are worded.
        found = result.findings
        version_finding = next(
            (
                f
                for f in found
                if f.permission is None
                and f.kind in (FindingKind.VERSION_UNKNOWN, FindingKind.VERSION_MISMATCH)
            ),
            None,
        )
        if version_finding is not None:
            status = (
                Status.PROBLEM
                if version_finding.kind is FindingKind.VERSION_MISMATCH
                else Status.WARNING
            )
            self.version.set_status(status, _worded(version_finding))
        else:
            self.version.set_status(Status.OK, str(result.api_version.detected or unknown))

        for permission in REQUIRED_PERMISSIONS:
            row = self.permission_rows[permission.key]
            finding = next((f for f in found if f.permission is permission.key), None)
            if finding is None:
                probe = result.permissions.get(permission.key)
                request = probe.request_id if probe and probe.request_id else ""
                row.set_status(Status.OK, self.tr("granted") + (f" ({request})" if request else ""))
            elif finding.kind is FindingKind.PERMISSION_MISSING:
                row.set_status(Status.PROBLEM, _worded(finding))
            else:
                row.set_status(Status.WARNING, _worded(finding))

        if result.ok:
            self.summary.set_status(Status.OK, self.tr("everything needed works."))
        else:
            self.summary.set_status(
                Status.PROBLEM,
                self.tr("%d problem(s) to fix; see below.") % len(result.problems),
            )
        self.repeat_note.setVisible(not result.ok)
        self.announce(self.summary.text)
        self.mark_step("ok" if result.ok else "problems: " + " ".join(result.problems))


def _worded(finding: Finding) -> str:
    """A finding as a row shows it: message, what to do, and the request for support."""
    parts = [finding.message, finding.hint or ""]
    if finding.request_id:
        parts.append(f"(request {finding.request_id})")
    return " ".join(part for part in parts if part)
