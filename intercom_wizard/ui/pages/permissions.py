"""Page 5: the three permissions Cyclr's connector needs, as a checklist."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel

from intercom_wizard.intercom.permissions import REQUIRED_PERMISSIONS
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.pages.base import BasePage
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets.accessible import named
from intercom_wizard.ui.widgets.illustration import IllustrationView


class PermissionsPage(BasePage):
    step_key = "permissions"

    def __init__(self, context: WizardContext, state: RunState) -> None:
        super().__init__(context, state)
        self.setTitle(self.tr("Tick the permissions"))
        self.setSubTitle(
            self.tr("In the app, open Authentication, click Edit, tick these three and Save.")
        )
        self.checks: list[QCheckBox] = []
        for permission in REQUIRED_PERMISSIONS:
            box = named(
                QCheckBox(permission.label, self),
                self.tr("I ticked %s") % permission.label,
                permission.where,  # where to tick it, read with the box
            )
            self.checks.append(box)
            self.body.addWidget(box)
            where = QLabel(permission.where, self)
            where.setWordWrap(True)
            where.setIndent(24)
            self.body.addWidget(where)
        self.paragraph(
            self.tr(
                "Ticking boxes here is only your checklist: the test on page 8 asks "
                "Intercom for real whether each permission was granted."
            )
        )
        self.body.addWidget(
            IllustrationView(
                "permissions.svg",
                self.tr("Drawing of the permission list with the three permissions ticked"),
                self,
            )
        )
        self.body.addStretch(1)

    def validatePage(self) -> bool:
        ticked = all(box.isChecked() for box in self.checks)
        self.mark_step("ticked" if ticked else "not confirmed")
        return True
