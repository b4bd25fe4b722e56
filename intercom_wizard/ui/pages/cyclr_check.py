"""Page 11, optional: Cyclr itself signs in to Intercom, through the partner's Cyclr API.

The engine (``cyclr/check.py``) does the work and words the verdicts; this page gathers where
the partner's Cyclr lives and its API credentials (the secret goes to the keyring), lets the
partner pick an account and a connector, says what will be made in Cyclr, and shows the
sign-in, Cyclr's verdict and what the clean-up removed or left.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from intercom_wizard.errors import InputError
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.pages.base import BasePage
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets.accessible import named
from intercom_wizard.ui.widgets.browser_wait import BrowserWait
from intercom_wizard.ui.widgets.status_row import Status, StatusRow

if TYPE_CHECKING:
    from intercom_wizard.cyclr.check import (
        CheckEvent,
        ConnectorChoice,
        CyclrCheck,
        CyclrCheckResult,
    )
    from intercom_wizard.cyclr.client import Account
    from intercom_wizard.cyclr.locations import CyclrEndpoints
    from intercom_wizard.cyclr.remembered import CyclrSetup
    from intercom_wizard.intercom.versions import ApiVersion
    from intercom_wizard.profiles import SetupProfile


class CyclrCheckPage(BasePage):
    step_key = "cyclr_check"

    def __init__(self, context: WizardContext, state: RunState) -> None:
        super().__init__(context, state)
        self.setTitle(self.tr("Check the whole chain in Cyclr (optional)"))
        self.setSubTitle(
            self.tr(
                "Cyclr itself signs in to Intercom with what is in its Console. You can skip "
                "this: Finish closes the wizard without it."
            )
        )
        self.paragraph(
            self.tr(
                "This step is optional. It needs your Cyclr API credentials (Cyclr Console > "
                "Settings > OAuth Client Credentials), not the Intercom ones, and tells you "
                "whether the Client ID and Secret in the Cyclr Console, Cyclr's callback URL "
                "and the connector's version are right."
            )
        )
        form = QFormLayout()
        self.location = named(
            QComboBox(self),
            self.tr("Cyclr Console location"),
            self.tr("Where you sign in to the Cyclr Console; it decides Cyclr's API address"),
        )
        from intercom_wizard.cyclr.locations import CyclrLocation

        for place in CyclrLocation:  # in the order Cyclr lists its Consoles
            self.location.addItem(f"{place.name} ({place.console_host})", place.value)
        self.location.addItem(self.tr("A private instance (give its API URL)"), "private")
        form.addRow(self._buddy(self.tr("Cyclr Console loca&tion:"), self.location), self.location)
        self.api_url = named(
            QLineEdit(self),
            self.tr("Private instance's API URL"),
            self.tr("Only for a private Cyclr instance, e.g. https://api.example.com"),
        )
        self.api_url.setPlaceholderText("https://api.example.com")
        form.addRow(self._buddy(self.tr("Private &API URL:"), self.api_url), self.api_url)
        self.client_id = named(
            QLineEdit(self),
            self.tr("Cyclr API Client ID"),
            self.tr("From the Cyclr Console under Settings > OAuth Client Credentials"),
        )
        form.addRow(self._buddy(self.tr("Cyclr API Client &ID:"), self.client_id), self.client_id)
        self.secret = named(
            QLineEdit(self),
            self.tr("Cyclr API Client Secret"),
            self.tr(
                "Kept in the system keyring, never in a file; leave empty to use the stored one"
            ),
        )
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self._buddy(self.tr("Cyclr API Client Sec&ret:"), self.secret), self.secret)
        self.service_domain = QLabel(self)
        form.addRow(self.tr("Service domain (page 2):"), self.service_domain)
        self.body.addLayout(form)
        self.storage_note = self.paragraph(
            self.tr(
                "The Cyclr API secret and Cyclr's token are kept in the system keyring; "
                "Forget stored secrets on the previous page removes them."
            )
        )

        list_row = QHBoxLayout()
        self.list_button = named(
            QPushButton(self.tr("&List accounts and connectors"), self),
            self.tr("List accounts and connectors"),
            self.tr("Reads your Cyclr accounts and Intercom connectors; changes nothing"),
        )
        list_row.addWidget(self.list_button)
        list_row.addStretch(1)
        self.body.addLayout(list_row)
        choices = QFormLayout()
        self.account = named(
            QComboBox(self),
            self.tr("Cyclr account for the check"),
            self.tr("One of your accounts, or a new one the check deletes afterwards"),
        )
        choices.addRow(self._buddy(self.tr("Acco&unt:"), self.account), self.account)
        self.connector = named(
            QComboBox(self),
            self.tr("Intercom connector to check"),
            self.tr("The connector matching the app's Intercom API version is marked"),
        )
        choices.addRow(self._buddy(self.tr("Conn&ector:"), self.connector), self.connector)
        self.body.addLayout(choices)
        self.listing_note = self.paragraph("")
        self.listing_note.hide()  # until something has been listed
        self.creates = self.paragraph("")

        buttons = QHBoxLayout()
        self.start_button = named(
            QPushButton(self.tr("&Start the check"), self),
            self.tr("Start the Cyclr check"),
            self.tr(
                "Creates the test connector in Cyclr and opens Cyclr's sign-in in your browser"
            ),
        )
        self.cancel_button = named(
            QPushButton(self.tr("&Cancel the check"), self),
            self.tr("Cancel the Cyclr check"),
            self.tr("Stops waiting; what the check made in Cyclr is still removed"),
        )
        self.start_button.setObjectName("startCyclrCheck")
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.wait = BrowserWait(self.tr("Cyclr sign-in address"), self, done_button=True)
        self.body.addWidget(self.wait)

        self.rows = {
            "api": StatusRow(self.tr("Cyclr API"), self),
            "account": StatusRow(self.tr("Test account"), self),
            "connector": StatusRow(self.tr("Test connector"), self),
            "browser": StatusRow(self.tr("Browser"), self),
            "verdict": StatusRow(self.tr("Cyclr's sign-in to Intercom"), self),
            "cleanup": StatusRow(self.tr("Clean-up"), self),
        }
        for row in self.rows.values():
            self.body.addWidget(row)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.body.addWidget(self.outcome)
        self.cleanup_text = QLabel(self)
        self.cleanup_text.setWordWrap(True)
        self.body.addWidget(self.cleanup_text)
        self.body.addStretch(1)

        self.check: CyclrCheck | None = None
        self._profile_taken: SetupProfile | None = None
        self._filled_in = False  # from what this computer remembers of the partner's Cyclr
        self._accounts: list[Account] = []
        self.location.currentIndexChanged.connect(self._location_changed)
        self.account.currentIndexChanged.connect(self._account_changed)
        self.list_button.clicked.connect(self.list_cyclr)
        self.start_button.clicked.connect(self.start_check)
        self.cancel_button.clicked.connect(self.cancel_check)
        self.wait.openAgainRequested.connect(self.open_url)
        self.wait.doneRequested.connect(self._done_in_browser)
        self._fill_accounts([])
        self._fill_connectors(None)
        self._location_changed()

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # --- page lifecycle ---------------------------------------------------------------------

    def initializePage(self) -> None:
        from intercom_wizard.cyclr import remembered
        from intercom_wizard.progress import ProgressFile

        saved = remembered.load(ProgressFile(self.context.progress_path))
        if not self._filled_in and not self.client_id.text():
            self._filled_in = True  # once: coming back keeps what the partner chose since
            self.location.setCurrentIndex(max(0, self.location.findData(saved.location)))
            self.api_url.setText(saved.api_url)
            self.client_id.setText(saved.client_id)
            if not saved.client_id and self.context.cyclr_credentials is not None:
                self.client_id.setText(self.context.cyclr_credentials[0])
                self.secret.setText(self.context.cyclr_credentials[1])
        self._take_profile_location()
        if self.state.cyclr_connectors is None and saved.connectors is not None:
            self.state.cyclr_connectors = saved.connectors
        self.service_domain.setText(self.context.session.service_domain or self.tr("not given"))
        from intercom_wizard.steps import OPTIONAL_REACHED

        if self.context.session.step_status.get(self.step_key) is None:
            self.mark_step(OPTIONAL_REACHED)  # shown; a check that ran keeps its outcome
        self.start_button.setDefault(True)

    def _take_profile_location(self) -> None:
        """The Console location a setup profile names, once per profile: support knows where
        the partner's Cyclr lives, and the partner may still choose another."""
        profile = self.context.profile
        if profile is None or profile.cyclr_location is None or profile is self._profile_taken:
            return
        self._profile_taken = profile
        self.location.setCurrentIndex(max(0, self.location.findData(profile.cyclr_location.value)))

    def isComplete(self) -> bool:
        return self.check is None  # Finish waits only while a check runs (it cleans up)

    @property
    def running(self) -> bool:
        return self.check is not None

    # --- reading the fields -----------------------------------------------------------------

    def _setup(self) -> CyclrSetup:
        from intercom_wizard.cyclr.remembered import CyclrSetup

        location = self.location.currentData()
        return CyclrSetup(
            location=location if isinstance(location, str) else "us",
            api_url=self.api_url.text().strip(),
            client_id=self.client_id.text().strip(),
        )

    def _version(self) -> ApiVersion | None:
        """The app's version: detected by the Test page, else the one chosen."""
        from intercom_wizard.intercom.versions import ApiVersion

        result = self.state.result
        if result is not None and result.api_version.detected:
            try:
                return ApiVersion.parse(result.api_version.detected)
            except InputError:
                pass
        return self.context.session.api_version

    async def _credentials(self) -> tuple[CyclrSetup, CyclrEndpoints, str]:
        """Where Cyclr is and its API secret (stored in the keyring); InputError when unknown."""
        from intercom_wizard.cyclr.client import store_key
        from intercom_wizard.secrets import SecretKind

        setup = self._setup()
        if not setup.client_id:
            raise InputError(
                self.tr("The Cyclr API Client ID is empty."),
                hint=self.tr(
                    "Copy it from the Cyclr Console under Settings > OAuth Client Credentials."
                ),
            )
        overrides = self.context.cyclr_overrides
        endpoints = setup.endpoints(
            self.context.session.service_domain, env=os.environ if overrides is None else overrides
        )
        store = self.context.secrets()
        key = store_key(endpoints, setup.client_id)
        secret = self.secret.text().strip()
        if secret:
            await store.save(SecretKind.CYCLR_API_SECRET, key, secret)
            self.secret.clear()
            self.secret.setPlaceholderText(self.tr("stored in the keyring"))
        else:
            secret = (await store.load(SecretKind.CYCLR_API_SECRET, key) or "").strip()
        if not secret:
            raise InputError(
                self.tr("The Cyclr API Client Secret is empty."),
                hint=self.tr(
                    "Copy it from the Cyclr Console under Settings > OAuth Client Credentials."
                ),
            )
        setup.api_base = endpoints.api_base
        setup.connectors = self.state.cyclr_connectors
        self._remember(setup)
        return setup, endpoints, secret

    def _remember(self, setup: CyclrSetup) -> None:
        """Note the Client ID used (forget removes what is kept under it) and the listing."""
        from intercom_wizard.cyclr import remembered
        from intercom_wizard.progress import ProgressFile

        problem = remembered.save(ProgressFile(self.context.progress_path), setup)
        if problem is not None:
            self.show_problem(problem.message, problem.hint)

    # --- listing ----------------------------------------------------------------------------

    def list_cyclr(self) -> None:
        if self.check is not None or self.tasks.busy:
            return
        self.clear_problem()
        self.tasks.start(self._list(), name="cyclr-listing")

    async def _list(self) -> None:
        from intercom_wizard.cyclr.listing import list_cyclr

        self.list_button.setEnabled(False)
        try:
            setup, endpoints, secret = await self._credentials()
            listing = await list_cyclr(
                endpoints,
                client_id=setup.client_id,
                client_secret=secret,
                store=self.context.secrets(),
                version=self._version(),
                account_id=self._chosen_account(),
            )
        finally:
            self.list_button.setEnabled(True)
        self._fill_accounts(listing.accounts)
        self._fill_connectors(listing.connectors)
        if listing.connectors is None:
            self.listing_note.setText(
                self.tr(
                    "Cyclr did not list the connectors yet (%s) The check lists them once its "
                    "account exists."
                )
                % listing.connectors_problem
            )
        else:
            self._learnt(setup, listing.connectors)
            self.listing_note.setText(
                self.tr("%d accounts and %d Intercom connectors listed by your Cyclr.")
                % (len(listing.accounts), len(listing.connectors))
            )
        self.listing_note.show()
        self.announce(self.listing_note.text())

    def _learnt(self, setup: CyclrSetup, choices: list[ConnectorChoice]) -> None:
        """Cyclr's API answered: its list replaces the guessed table from now on."""
        self.state.cyclr_connectors = [choice.connector for choice in choices]
        setup.connectors = self.state.cyclr_connectors
        setup.listed_from = setup.api_base
        self._remember(setup)

    def _chosen_account(self) -> str | None:
        value = self.account.currentData()
        return value if isinstance(value, str) and value else None

    def _chosen_connector(self) -> str | None:
        value = self.connector.currentData()
        return value if isinstance(value, str) and value else None

    def _fill_accounts(self, accounts: list[Account]) -> None:
        from intercom_wizard.cyclr.check import ACCOUNT_NAME

        chosen = self._chosen_account()
        self._accounts = accounts
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(self.tr("A new account “%s”, deleted afterwards") % ACCOUNT_NAME, "")
        for account in accounts:
            self.account.addItem(f"{account.name} ({account.id})", account.id)
        self.account.setCurrentIndex(max(0, self.account.findData(chosen or "")))
        self.account.blockSignals(False)
        self._account_changed()

    def _fill_connectors(self, choices: list[ConnectorChoice] | None) -> None:
        chosen = self._chosen_connector()
        self.connector.clear()
        self.connector.addItem(self.tr("The one matching the app's API version"), "")
        for choice in choices or []:
            c = choice.connector
            mark = {
                True: self.tr("matches the app's version"),
                False: self.tr("another version"),
                None: self.tr("version not known"),
            }[choice.matches]
            self.connector.addItem(f"{c.name} {c.version} ({c.id}): {mark}", c.id)
        self.connector.setCurrentIndex(max(0, self.connector.findData(chosen or "")))

    def _location_changed(self, _index: int = 0) -> None:
        self.api_url.setEnabled(self.location.currentData() == "private")

    def _account_changed(self, _index: int = 0) -> None:
        from intercom_wizard.cyclr.check import what_it_creates

        self.creates.setText(
            self.tr("What the check does in your Cyclr: %s")
            % what_it_creates(self._chosen_account())
        )

    # --- the check --------------------------------------------------------------------------

    def start_check(self) -> None:
        if self.check is not None or self.tasks.busy:
            return
        self.clear_problem()
        self.outcome.setText("")
        self.cleanup_text.setText("")
        for row in self.rows.values():
            row.set_status(Status.PENDING, "")
        self.tasks.start(self._run_check(), name="cyclr-check")

    async def _run_check(self) -> None:
        from intercom_wizard.cyclr import check as engine

        setup, endpoints, secret = await self._credentials()
        check = engine.CyclrCheck(
            endpoints=endpoints,
            client_id=setup.client_id,
            client_secret=secret,
            api_version=self._version(),
            account_id=self._chosen_account(),
            connector_id=self._chosen_connector(),
            timeout=self.context.consent_timeout,
            store=self.context.secrets(),
            on_event=self._on_event,
            poll_seconds=engine.POLL_SECONDS,  # read now: tests shorten the waits
            cleanup_timeout=engine.CLEANUP_TIMEOUT,
        )
        self._set_running(check)
        self.rows["api"].set_status(
            Status.RUNNING, self.tr("signing in to %s") % endpoints.api_base
        )
        try:
            url = await check.start()
            if check.connectors:
                self._fill_connectors(check.connectors)
                self._learnt(setup, check.connectors)
            if url:
                self.wait.begin(url, check.deadline_remaining)
                self.tasks.start(
                    self.wait.open_browser(
                        self.context.open_browser,
                        url,
                        self.rows["browser"],
                        opened=check.note_browser_opened,
                    ),
                    name="open-browser",
                )
            result = await check.finish()
        finally:
            self._set_running(None)
        self._show_result(result)

    def _done_in_browser(self) -> None:
        if self.check is not None:
            self.check.done_in_browser()
            self.rows["browser"].set_status(
                Status.RUNNING, self.tr("you are done; asking Cyclr for the result")
            )

    def cancel_check(self) -> None:
        if self.check is not None:
            self.check.cancel()

    def stop(self) -> None:
        self.cancel_check()  # the check still removes what it made
        super().stop()

    def _set_running(self, check: CyclrCheck | None) -> None:
        self.check = check
        busy = check is not None
        self.start_button.setEnabled(not busy)
        self.list_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if not busy:
            self.wait.end(clear=True)  # the address held the single-use sign-in token
        self.completeChanged.emit()

    def _on_event(self, event: CheckEvent) -> None:
        from intercom_wizard.cyclr.check import CheckEventKind as K

        rows = self.rows
        if event.kind is K.API_SIGNED_IN:
            reused = event.detail == "cached"
            rows["api"].set_status(
                Status.OK, self.tr("signed in (token reused)") if reused else self.tr("signed in")
            )
        elif event.kind is K.ACCOUNT_READY:
            rows["account"].set_status(Status.OK, self.tr("using account %s") % event.detail)
        elif event.kind is K.CONNECTORS_LISTED:
            rows["connector"].set_status(
                Status.RUNNING, self.tr("%s Intercom connectors listed") % event.detail
            )
        elif event.kind is K.INSTALLED:
            rows["connector"].set_status(Status.OK, self.tr("installed (%s)") % event.detail)
        elif event.kind is K.LISTENING:
            rows["browser"].set_status(Status.RUNNING, self.tr("waiting for your browser"))
            rows["verdict"].set_status(Status.RUNNING, self.tr("asking Cyclr until it signs in"))
        elif event.kind is K.BROWSER_OPENED:
            rows["browser"].set_status(
                Status.RUNNING, self.tr("opened; sign in to Intercom and authorize the app there")
            )
        elif event.kind is K.BROWSER_RETURNED:
            rows["browser"].set_status(Status.OK, self.tr("came back from Cyclr"))
        elif event.kind is K.CLEANING_UP:
            rows["cleanup"].set_status(
                Status.RUNNING, self.tr("removing the test %s") % event.detail
            )

    def _show_result(self, result: CyclrCheckResult) -> None:
        from intercom_wizard.cyclr.verdicts import Verdict

        authenticated = result.verdict is Verdict.AUTHENTICATED
        if result.ok:
            status = Status.OK
        elif authenticated:
            status = Status.WARNING
        else:
            status = Status.PROBLEM
        for row in self.rows.values():
            if row.status in (Status.RUNNING, Status.PENDING) and row is not self.rows["cleanup"]:
                row.set_status(Status.INFO, self.tr("not reached"))
        self.rows["verdict"].set_status(status, result.message)
        # The core's one wording of the verdict, its next step and any problem.
        said = [result.message, *result.problems]
        if result.hint:
            said.append(self.tr("What to do: %s") % result.hint)
        self.outcome.setText("\n".join(said))
        cleanup = result.cleanup
        lines = [*cleanup.removed, *cleanup.left, *result.notes]
        if cleanup.connector_removed is None and cleanup.account_removed is None:
            lines.insert(0, self.tr("Nothing was made in Cyclr, so nothing needed removing."))
        self.cleanup_text.setText("\n".join(lines))
        self.rows["cleanup"].set_status(
            Status.OK if cleanup.complete else Status.PROBLEM,
            self.tr("complete") if cleanup.complete else self.tr("incomplete; see below"),
        )
        if not result.ok:
            self.show_problem(result.problem_message, result.hint)
        self.announce(self.outcome.text())
        # "problems: …" puts the step up for attention on the rail (steps.FAILED_PREFIXES).
        outcome = f"cyclr check: {result.verdict.value}"
        self.mark_step(outcome if result.ok else f"problems: {outcome}")
