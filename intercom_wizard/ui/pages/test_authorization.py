"""Page 8: a real consent in the system browser, caught on the local port, then the checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from intercom_wizard.errors import InputError, WizardError
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.pages.base import BasePage
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets.accessible import named
from intercom_wizard.ui.widgets.browser_wait import BrowserWait
from intercom_wizard.ui.widgets.status_row import Status, StatusRow

if TYPE_CHECKING:
    from intercom_wizard.verification import RunEvent, VerificationRun


class AuthorizationTestPage(BasePage):
    step_key = "test"

    def __init__(self, context: WizardContext, state: RunState) -> None:
        super().__init__(context, state)
        self.setTitle(self.tr("Test the authorization"))
        self.setSubTitle(
            self.tr(
                "Sign in to Intercom in your browser and authorize the app; the wizard "
                "catches the answer on this computer and checks what it can do."
            )
        )
        self.intro = self.paragraph("")
        buttons = QHBoxLayout()
        self.start_button = named(
            QPushButton(self.tr("&Start the test"), self),
            self.tr("Start the test"),
            self.tr("Opens your browser at Intercom's consent page and waits for the answer"),
        )
        self.cancel_button = named(
            QPushButton(self.tr("&Cancel the test"), self),
            self.tr("Cancel the test"),
            self.tr("Stops waiting and frees the local port"),
        )
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)

        self.wait = BrowserWait(self.tr("Authorization address"), self)
        self.url, self.open_again, self.countdown = (
            self.wait.url,
            self.wait.open_again,
            self.wait.countdown,
        )
        self.body.addWidget(self.wait)

        self.rows = {
            "listen": StatusRow(self.tr("Local port"), self),
            "browser": StatusRow(self.tr("Browser"), self),
            "code": StatusRow(self.tr("Intercom's answer"), self),
            "exchange": StatusRow(self.tr("Token exchange"), self),
            "checks": StatusRow(self.tr("Checks"), self),
        }
        for row in self.rows.values():
            self.body.addWidget(row)

        self.certificate_help = QGroupBox(
            self.tr("Your browser refused the wizard's certificate"), self
        )
        help_layout = QVBoxLayout(self.certificate_help)
        help_text = QLabel(
            self.tr(
                "That is expected: the wizard answers on 127.0.0.1 with a certificate it "
                "made itself. In the browser tab that shows the warning:"
            )
            + "<ul>"
            + "<li>"
            + self.tr(
                "<b>Chrome or Edge:</b> click Advanced, then “Proceed to 127.0.0.1 "
                "(unsafe)”; or click anywhere on the page and type <tt>thisisunsafe</tt>."
            )
            + "</li><li>"
            + self.tr("<b>Firefox:</b> click Advanced…, then “Accept the Risk and Continue”.")
            + "</li><li>"
            + self.tr("<b>Safari:</b> click Show Details, then “visit this website”.")
            + "</li></ul>"
            + self.tr(
                "The page then finishes by itself. The exception is kept, so next time "
                "there is no warning."
            ),
            self,
        )
        help_text.setWordWrap(True)
        help_layout.addWidget(help_text)
        self.certificate_help.hide()
        self.body.addWidget(self.certificate_help)

        paste_box = QGroupBox(self.tr("Browser ended somewhere else?"), self)
        paste_layout = QVBoxLayout(paste_box)
        paste_layout.addWidget(
            QLabel(
                self.tr(
                    "Paste the address your browser shows after authorizing (even an error page):"
                ),
                self,
            )
        )
        paste_row = QHBoxLayout()
        self.paste = named(
            QLineEdit(self),
            self.tr("Address your browser shows"),
            self.tr("Paste the whole address from the browser's address bar"),
        )
        self.paste.setPlaceholderText("https://…/callback?code=…&state=…")
        self.use_paste = named(
            QPushButton(self.tr("&Use this address"), self),
            self.tr("Use the pasted address"),
            self.tr("Finishes the test with the pasted address"),
        )
        self.use_paste.setEnabled(False)
        paste_row.addWidget(self.paste, 1)
        paste_row.addWidget(self.use_paste)
        paste_layout.addLayout(paste_row)
        self.body.addWidget(paste_box)
        self.body.addStretch(1)

        self.run: VerificationRun | None = None
        self.start_button.clicked.connect(self.start_test)
        self.cancel_button.clicked.connect(self.cancel_test)
        self.wait.openAgainRequested.connect(self.open_url)
        self.use_paste.clicked.connect(self._use_pasted)
        self.paste.returnPressed.connect(self._use_pasted)
        self.paste.textChanged.connect(lambda text: self.use_paste.setEnabled(bool(text.strip())))

    # --- page lifecycle ---------------------------------------------------------------------

    def initializePage(self) -> None:
        session = self.context.session
        self.intro.setText(
            self.tr(
                "Before you start, check that %s is among the app's redirect URLs. Start "
                "opens your browser at Intercom's consent page; choose Authorize there."
            )
            % session.redirect_uri()
        )
        self.start_button.setDefault(True)
        self.start_button.setFocus()

    def isComplete(self) -> bool:
        return self.run is None and self.state.result is not None

    @property
    def running(self) -> bool:
        return self.run is not None

    # --- the test ---------------------------------------------------------------------------

    def start_test(self) -> None:
        if self.run is not None or self.tasks.busy:
            return
        self.clear_problem()
        self.certificate_help.hide()
        for row in self.rows.values():
            row.set_status(Status.PENDING, "")
        self.tasks.start(self._run_test(), name="consent-test")

    async def _run_test(self) -> None:
        from intercom_wizard.secrets import SecretKind
        from intercom_wizard.verification import VerificationRun

        session = self.context.session
        store = self.context.secrets()
        secret = self.state.client_secret
        if not secret and session.client_id:
            secret = await store.load(SecretKind.CLIENT_SECRET, session.client_id) or ""
        if not session.client_id or not secret:
            raise InputError(
                self.tr("The wizard does not know the Client ID and Client Secret yet."),
                hint=self.tr("Go back to the Credentials page and enter both."),
            )
        run = VerificationRun(
            endpoints=self.context.endpoints(),
            region=session.region,
            client_id=session.client_id,
            client_secret=secret,
            port=session.port,
            use_tls=session.use_tls,
            selected_version=session.api_version,
            store=store,
            timeout=self.context.consent_timeout,
            on_event=self._on_event,
        )
        self._set_running(run)
        self.rows["listen"].set_status(Status.RUNNING, self.tr("opening port %d") % session.port)
        try:
            url = await run.start()
            self.wait.begin(url, run.deadline_remaining)
            self.use_paste.setEnabled(bool(self.paste.text().strip()))
            self.tasks.start(
                self.wait.open_browser(
                    self.context.open_browser,
                    url,
                    self.rows["browser"],
                    opened=run.note_browser_opened,
                ),
                name="open-browser",
            )
            result = await run.finish()
        except WizardError as error:
            self._mark_failed(error.message)
            self.mark_step(f"failed: {type(error).__name__}")
            raise
        finally:
            self._set_running(None)
        self.state.result = result
        self.mark_step("passed" if result.ok else "finished with problems")
        self.completeChanged.emit()
        self.advanceRequested.emit()

    def cancel_test(self) -> None:
        if self.run is not None:
            self.run.cancel()

    def stop(self) -> None:
        self.cancel_test()  # releases the port as the run ends
        super().stop()

    def _use_pasted(self) -> None:
        text = self.paste.text()
        if not text.strip():
            return
        if self.run is None:
            self.show_problem(
                self.tr("No test is waiting for an address right now."),
                self.tr("Click Start, authorize in the browser, then paste if needed."),
            )
            return
        try:
            self.run.submit_pasted(text)
        except WizardError as error:
            self.show_problem(error.message, error.hint)
        else:
            self.clear_problem()
            self.paste.clear()

    # --- showing progress -------------------------------------------------------------------

    def _set_running(self, run: VerificationRun | None) -> None:
        self.run = run
        busy = run is not None
        self.start_button.setEnabled(not busy)
        self.start_button.setText(
            self.tr("&Start the test") if self.state.result is None else self.tr("&Test again")
        )
        self.cancel_button.setEnabled(busy)
        if busy:
            self.cancel_button.setDefault(False)
        else:
            self.wait.end()
        self.completeChanged.emit()

    def _on_event(self, event: RunEvent) -> None:
        from intercom_wizard.verification import RunEventKind as K

        rows = self.rows
        if event.kind is K.LISTENING:
            rows["listen"].set_status(Status.OK, self.tr("listening at %s") % event.detail)
            rows["browser"].set_status(Status.RUNNING, self.tr("waiting for your browser"))
        elif event.kind is K.BROWSER_OPENED:
            rows["browser"].set_status(
                Status.RUNNING, self.tr("opened; sign in and authorize the app there")
            )
        elif event.kind is K.BROWSER_CONNECTED:
            rows["browser"].set_status(Status.OK, self.tr("your browser reached the wizard"))
        elif event.kind is K.CERTIFICATE_REJECTED:
            rows["browser"].set_status(
                Status.WARNING, self.tr("refused the certificate; see below how to continue")
            )
            self.certificate_help.show()
            self.scroll_area.ensureWidgetVisible(self.certificate_help)
        elif event.kind is K.WRONG_STATE:
            self.messages.show_info(
                self.tr("An answer from an older attempt reached the wizard and was ignored."),
                self.tr("Use the browser tab opened by this test."),
            )
        elif event.kind is K.CODE_RECEIVED:
            rows["browser"].set_status(Status.OK, self.tr("done"))
            rows["code"].set_status(Status.OK, self.tr("authorization received"))
            self.certificate_help.hide()
        elif event.kind is K.DECLINED:
            rows["code"].set_status(Status.PROBLEM, self.tr("the authorization was declined"))
        elif event.kind is K.EXCHANGING:
            rows["exchange"].set_status(Status.RUNNING, self.tr("asking Intercom for a token"))
        elif event.kind is K.CHECKING:
            rows["exchange"].set_status(Status.OK, self.tr("token received"))
            rows["checks"].set_status(
                Status.RUNNING, self.tr("checking workspace, permissions and version")
            )
        elif event.kind is K.DONE:
            rows["checks"].set_status(Status.OK, self.tr("finished"))

    def _mark_failed(self, why: str) -> None:
        for row in self.rows.values():
            if row.status in (Status.RUNNING, Status.PENDING):
                row.set_status(Status.PROBLEM, why)
                return
