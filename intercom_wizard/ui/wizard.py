"""The setup wizard window: eleven pages (the last optional) over one SetupSession, on qasync."""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QWidget, QWizard

from intercom_wizard.errors import ProgressError
from intercom_wizard.progress import ProgressFile
from intercom_wizard.resources import resource_path
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.pages.base import BasePage
from intercom_wizard.ui.pages.welcome import WelcomePage
from intercom_wizard.ui.state import RunState

if TYPE_CHECKING:
    from intercom_wizard.ui.diagnostics_dialog import DiagnosticsDialog
    from intercom_wizard.ui.pages.test_authorization import AuthorizationTestPage
    from intercom_wizard.ui.report_dialog import ReportDialog
    from intercom_wizard.ui.widgets.step_rail import StepRail
    from intercom_wizard.verification import VerificationResult

_log = logging.getLogger(__name__)


def page_classes() -> dict[PageId, type[BasePage]]:
    """Every page's class; imported on demand, as they pull in the whole engine."""
    from intercom_wizard.ui.pages.api_version import ApiVersionPage
    from intercom_wizard.ui.pages.create_app import CreateAppPage
    from intercom_wizard.ui.pages.credentials import CredentialsPage
    from intercom_wizard.ui.pages.cyclr_check import CyclrCheckPage
    from intercom_wizard.ui.pages.finish import FinishPage
    from intercom_wizard.ui.pages.permissions import PermissionsPage
    from intercom_wizard.ui.pages.redirect_urls import RedirectUrlsPage
    from intercom_wizard.ui.pages.results import ResultsPage
    from intercom_wizard.ui.pages.test_authorization import AuthorizationTestPage
    from intercom_wizard.ui.pages.where import WherePage

    return {
        PageId.WELCOME: WelcomePage,
        PageId.WHERE: WherePage,
        PageId.CREATE_APP: CreateAppPage,
        PageId.REDIRECT_URLS: RedirectUrlsPage,
        PageId.PERMISSIONS: PermissionsPage,
        PageId.CREDENTIALS: CredentialsPage,
        PageId.API_VERSION: ApiVersionPage,
        PageId.TEST: AuthorizationTestPage,
        PageId.RESULTS: ResultsPage,
        PageId.FINISH: FinishPage,
        PageId.CYCLR_CHECK: CyclrCheckPage,
    }


class SetupWizard(QWizard):
    DIAGNOSTICS_BUTTON = QWizard.WizardButton.CustomButton1
    # The smallest window the pages are laid out for; the step rail's width comes on top.
    PAGE_MINIMUM = QSize(640, 520)

    def __init__(
        self,
        context: WizardContext,
        parent: QWidget | None = None,
        *,
        welcome_only: bool = False,
        last_result: VerificationResult | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.state = RunState(result=last_result)
        self.progress = ProgressFile(context.progress_path)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self._word_window()
        # Diagnostics sits apart, bottom left, so it is never mistaken for a step forward.
        self.setButtonLayout(
            [
                self.DIAGNOSTICS_BUTTON,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )
        self.customButtonClicked.connect(self._custom_button)
        self.setMinimumSize(self.PAGE_MINIMUM)
        self.resize(self._default_size())

        self.pages: dict[PageId, BasePage] = {}
        self._rail: StepRail | None = None
        self._seen: set[PageId] = set()  # pages shown in this run, for the step rail
        self._jump_target: PageId | None = None
        self._add_page(PageId.WELCOME, WelcomePage)
        self.setStartId(int(PageId.WELCOME))
        self.currentIdChanged.connect(self._page_changed)
        self._diagnostics: DiagnosticsDialog | None = None
        self._report: ReportDialog | None = None
        if not welcome_only:
            self.add_remaining_pages()
            self.set_window_icon()

    def _word_window(self) -> None:
        """The window's own words: its title and the buttons' labels and names."""
        title = self.tr("Intercom setup for Cyclr")
        if self.context.in_training:
            title = self.tr("%s (training mode: sandbox Intercom)") % title
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setButtonText(self.DIAGNOSTICS_BUTTON, self.tr("&Diagnostics"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Quit"))
        for which, name, description in (
            (
                self.DIAGNOSTICS_BUTTON,
                self.tr("Open Diagnostics"),
                self.tr("Checks this computer: keyring, port, network, log file"),
            ),
            (QWizard.WizardButton.NextButton, self.tr("Next page"), self.tr("Goes on")),
            (QWizard.WizardButton.BackButton, self.tr("Previous page"), self.tr("Goes back")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish"), self.tr("Closes the wizard")),
            (
                QWizard.WizardButton.CancelButton,
                self.tr("Quit the wizard"),
                self.tr("Closes the wizard; progress is kept for next time"),
            ),
        ):
            self.button(which).setAccessibleName(name)
            self.button(which).setAccessibleDescription(description)

    def _add_page(self, page_id: PageId, page_class: type[BasePage]) -> None:
        page = page_class(self.context, self.state)
        # Where the user is in the whole setup, in the header of every page.
        step = self.tr("Step %d of %d") % (int(page_id) + 1, len(PageId))
        page.setSubTitle(f"{step} · {page.subTitle()}" if page.subTitle() else step)
        self.pages[page_id] = page
        self.setPage(int(page_id), page)
        page.advanceRequested.connect(partial(self._advance_from, page_id))
        page.retryRequested.connect(self.go_back_to_test)
        page.reportRequested.connect(self.show_report)
        page.startOverRequested.connect(self.start_over)
        page.stepMarked.connect(self.refresh_rail)

    @staticmethod
    def _default_size() -> QSize:
        """Room for the step rail, the training banner and the Test page without scrolling,
        within the screen."""
        size = QSize(1040, 720)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() * 0.95)
        return size

    def set_window_icon(self) -> None:
        """The application icon; an SVG, so it loads Qt's SVG support (after the first paint)."""
        icon = resource_path("icons", "intercom-wizard.svg")
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))

    def add_remaining_pages(self) -> None:
        """Pages 2 to 11. Start-up shows Welcome first and adds these right after it painted.

        Welcome offers to resume only now: the offer names the saved page by its title.
        """
        for page_id, page_class in page_classes().items():
            if page_id not in self.pages:
                self._add_page(page_id, page_class)
        self._add_step_rail()
        self.offer_resume()

    def reword(self) -> None:
        """Make the window and every page again in the language installed since (Welcome's
        language picker). Only Welcome is left then, where nothing typed can be lost; the
        setup itself lives in the context and the run state, which stay."""
        full = len(self.pages) > 1
        for dialog in (self._diagnostics, self._report):
            if dialog is not None:
                dialog.tasks.cancel_all()
                dialog.close()
                dialog.deleteLater()
        self._diagnostics = self._report = None
        for page_id, page in list(self.pages.items()):
            page.stop()
            self.removePage(int(page_id))
            page.deleteLater()
        self.pages.clear()
        self._word_window()
        self._add_page(PageId.WELCOME, WelcomePage)
        self.setStartId(int(PageId.WELCOME))
        if full:
            self.add_remaining_pages()
        self.restart()

    # --- navigation -------------------------------------------------------------------------

    def page_title(self, page_id: PageId) -> str:
        return self.pages[page_id].title()

    def current_page_id(self) -> PageId | None:
        current = self.currentId()
        return PageId(current) if current in PageId._value2member_map_ else None

    def saved_page(self) -> PageId | None:
        """The page to resume at, or None when there is nothing to resume."""
        if self.context.session_loaded:
            page = self.context.session.last_page
        else:
            page = self.progress.saved_page()  # read without loading the engine
        if page <= PageId.WELCOME or page > max(PageId):
            return None
        target = PageId(page)
        if target >= PageId.RESULTS and self.state.result is None:
            return PageId.TEST  # no result to show: run the test again
        return target

    def offer_resume(self) -> None:
        welcome = self._welcome()
        target = self.saved_page()
        welcome.offer_resume(target, self.page_title(target) if target is not None else "")

    def _welcome(self) -> WelcomePage:
        welcome = self.pages[PageId.WELCOME]
        assert isinstance(welcome, WelcomePage)
        return welcome

    def resume(self) -> None:
        """Jump from Welcome to the saved page; Back then returns to Welcome.

        The pages jumped over are filled by Qt from the saved setup when they are first shown.
        """
        if self.current_page_id() is not PageId.WELCOME or self.saved_page() is None:
            return
        self._welcome().resume.setChecked(True)
        self.next()

    def start_over(self) -> None:
        from intercom_wizard.session import SetupSession

        self.context.session = SetupSession()
        self.state.result = None
        self.state.client_secret = ""
        self._seen = {PageId.WELCOME}
        self.refresh_rail()
        try:
            self.progress.clear()
        except ProgressError as error:
            self._show_save_problem(error)

    def _advance_from(self, page_id: PageId) -> None:
        """A page finished work it began on Next (or Start): go on, if it is still shown.

        Saved first: the work may have been a test, whose result a relaunch shows again.
        """
        self.save_progress()
        if self.current_page_id() is page_id:
            self.next()

    def _test_page(self) -> AuthorizationTestPage:
        from intercom_wizard.ui.pages.test_authorization import AuthorizationTestPage

        page = self.pages[PageId.TEST]
        assert isinstance(page, AuthorizationTestPage)
        return page

    def go_back_to_test(self) -> None:
        while self.current_page_id() not in (PageId.TEST, PageId.WELCOME, None):
            self.back()
        if self.current_page_id() is PageId.TEST:
            self._test_page().start_test()

    def _page_changed(self, page_id: int) -> None:
        page = self.page(page_id)
        if isinstance(page, BasePage):
            QTimer.singleShot(0, page, page.focus_first_field)  # after Qt placed the focus
        if page_id > PageId.WELCOME:
            self.context.session.last_page = page_id
        if page_id in PageId._value2member_map_:
            self._seen.add(PageId(page_id))
        self.refresh_rail()
        self.save_progress()

    def save_progress(self) -> None:
        if not self.context.session_loaded:
            return  # nothing learnt yet (and loading the engine now would slow start-up)
        try:
            self.progress.save(self.context.session, self.state.result)
        except ProgressError as error:
            self._show_save_problem(error)
        except Exception:  # a progress file we cannot write must not stop the setup
            _log.exception("could not save progress")

    def _show_save_problem(self, error: ProgressError) -> None:
        """Said on the page: the setup goes on without it."""
        _log.warning("%s", error)
        page = self.currentPage()
        if isinstance(page, BasePage):
            page.show_problem(error.message, error.hint)

    # --- the step rail ----------------------------------------------------------------------

    def _add_step_rail(self) -> None:
        """The steps down the left (after the first paint: it needs every page's title).

        Made once; when the pages are made again (another language) it takes their titles.
        """
        from intercom_wizard.ui.widgets.step_rail import RailStep, StepRail

        if self._rail is None:
            self._rail = StepRail(self)
            self._rail.stepRequested.connect(self._rail_chose)
            self._rail.widthFitted.connect(self._make_room_for_the_rail)
            self.setSideWidget(self._rail)
            # At start-up the window is already shown, and QWizard places a side widget only
            # when it lays itself out again; setting the title format (unchanged) does that.
            self.setTitleFormat(self.titleFormat())
        self._rail.set_steps([RailStep(page.step_key, page.title()) for page in self._in_order()])
        self.refresh_rail()

    def _make_room_for_the_rail(self, width: int) -> None:
        # A rail that is wide in some language or scale would otherwise squeeze the page's
        # buttons below their size.
        self.setMinimumWidth(self.PAGE_MINIMUM.width() + width)

    @property
    def rail(self) -> StepRail | None:
        return self._rail

    def _in_order(self) -> list[BasePage]:
        return [page for _id, page in sorted(self.pages.items())]

    def refresh_rail(self) -> None:
        if self._rail is None:
            return
        from intercom_wizard.steps import attention_steps, step_states

        recorded = self.context.session.step_status if self.context.session_loaded else {}
        result = self.state.result
        attention = attention_steps(f.kind for f in result.findings) if result else frozenset()
        current = self.current_page_id()
        self._rail.update_states(
            step_states([page.step_key for page in self._in_order()], recorded, attention),
            current=self.pages[current].step_key if current in self.pages else None,
            reachable={self.pages[page].step_key for page in self.reachable_pages()},
        )

    def reachable_pages(self) -> set[PageId]:
        """The pages the rail opens: back along this run's path, or any gone through before
        (shown in this run, or with a recorded outcome); never one not reached yet. Results
        and Finish need a test result to show."""
        recorded = self.context.session.step_status if self.context.session_loaded else {}
        reachable = set(self._path())
        for page_id, page in self.pages.items():
            if page_id in self._seen or page.step_key in recorded:
                if page_id in (PageId.RESULTS, PageId.FINISH) and self.state.result is None:
                    continue
                reachable.add(page_id)
        return reachable

    def _path(self) -> list[PageId]:
        return [PageId(page) for page in self.visitedIds() if page in PageId._value2member_map_]

    def _rail_chose(self, key: str) -> None:
        chosen = [page_id for page_id, page in self.pages.items() if page.step_key == key]
        if chosen:
            self.jump_to(chosen[0])

    def jump_to(self, target: PageId) -> bool:
        """Go to ``target`` through QWizard's own navigation, as Back and Next would.

        Back along the path taken; otherwise forward by Next's rules: the current page must be
        complete and is validated (it may refuse, and says why), and the target is initialised
        as Next would. True when ``target`` is shown.
        """
        current = self.current_page_id()
        if current is None or target is current or target not in self.reachable_pages():
            return target is current
        path = self._path()
        if target in path:
            for _ in path:
                if self.current_page_id() is target:
                    break
                self.back()
            return self.current_page_id() is target
        page = self.currentPage()
        if page is None or not page.isComplete():
            return False  # Next is off on this page, and so is every way forward
        self._jump_target = target
        try:
            self.next()
        finally:
            self._jump_target = None
        return self.current_page_id() is target

    def nextId(self) -> int:
        target = self._jump_target
        # Checked again here: Welcome's "Start over" may have forgotten everything meanwhile.
        if target is not None and target not in self._path() and target in self.reachable_pages():
            return int(target)
        return super().nextId()

    # --- dialogs ----------------------------------------------------------------------------

    def _custom_button(self, which: int) -> None:
        if which == self.DIAGNOSTICS_BUTTON.value:
            self.show_diagnostics()

    def show_diagnostics(self) -> DiagnosticsDialog:
        from intercom_wizard.ui.diagnostics_dialog import DiagnosticsDialog

        if self._diagnostics is None:
            self._diagnostics = DiagnosticsDialog(self.context, self)
        self._diagnostics.show()  # non-modal: the wizard stays usable
        self._diagnostics.raise_()
        self._diagnostics.activateWindow()
        return self._diagnostics

    def show_report(self) -> ReportDialog:
        from intercom_wizard.ui.report_dialog import ReportDialog

        if self._report is None:
            keys = [page.step_key for page in self.pages.values()]
            self._report = ReportDialog(self.context, self.state, keys, self)
        self._report.refresh()
        self._report.show()
        self._report.raise_()
        return self._report

    # --- quitting ---------------------------------------------------------------------------

    def stop_work(self) -> None:
        """Cancel every running task (the consent test releases its port as it ends)."""
        for page in self.pages.values():
            page.stop()
        for dialog in (self._diagnostics, self._report):
            if dialog is not None:
                dialog.tasks.cancel_all()
                dialog.close()

    def prepare_engine(self) -> None:
        """Load what a consent test needs on a worker thread (see ``warmup.py``).

        A plain thread that reports nothing back: nobody waits for it, and every part still
        loads where it is first used if the thread has not got there yet.
        """
        import threading

        from intercom_wizard.warmup import warm_up

        threading.Thread(target=warm_up, name="warm-up", daemon=True).start()

    async def shutdown(self) -> None:
        """Stop all work and wait until it has cleaned up (ports closed, files written)."""
        import asyncio  # loaded after the first paint (see app.run_wizard)

        self.stop_work()
        pending = [page.tasks.drain() for page in self.pages.values()]
        for dialog in (self._diagnostics, self._report):
            if dialog is not None:
                pending.append(dialog.tasks.drain())
        await asyncio.gather(*pending, return_exceptions=True)

    def done(self, result: int) -> None:
        self.save_progress()
        self.stop_work()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_progress()
        self.stop_work()
        super().closeEvent(event)
