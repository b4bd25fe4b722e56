"""Page 3: create the app in the region's Developer Hub."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.pages.base import BasePage
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets.accessible import named
from intercom_wizard.ui.widgets.illustration import IllustrationView


class CreateAppPage(BasePage):
    step_key = "create_app"

    def __init__(self, context: WizardContext, state: RunState) -> None:
        super().__init__(context, state)
        self.setTitle(self.tr("Create the app in Intercom"))
        self.setSubTitle(
            self.tr(
                "Cyclr signs in to Intercom through an app that you own, made in the Developer Hub."
            )
        )
        row = QHBoxLayout()
        self.open_hub = named(
            QPushButton(self.tr("&Open the Developer Hub"), self),
            self.tr("Open the Developer Hub in the browser"),
            self.tr("The Developer Hub of the region chosen on the previous page"),
        )
        self.open_hub.setAutoDefault(False)  # it has the focus; Enter still goes on
        self.open_hub.clicked.connect(self._open_hub)
        row.addWidget(self.open_hub)
        row.addStretch(1)
        self.body.addLayout(row)
        self.steps(
            [
                self.tr("Sign in to Intercom as an admin of the workspace Cyclr will use."),
                self.tr("In the Developer Hub, click <b>New app</b>."),
                self.tr(
                    "Name it so your team recognises it, for example <i>Cyclr</i>, and "
                    "choose the workspace."
                ),
                self.tr(
                    "Leave “Intended to use Intercom with” on <b>Internal integration</b> "
                    "unless Intercom asks otherwise, then click <b>Create app</b>."
                ),
                self.tr(
                    "You land on the app's <b>Basic Information</b> page. Keep the tab "
                    "open; the next pages need it."
                ),
            ]
        )
        self.body.addWidget(
            IllustrationView(
                "create-app.svg",
                self.tr("Drawing of the Developer Hub with the New app button"),
                self,
            )
        )
        self.body.addStretch(1)

    def _open_hub(self) -> None:
        self.open_url(self.context.endpoints().developer_hub_url)

    def validatePage(self) -> bool:
        self.mark_step("done")
        return True
