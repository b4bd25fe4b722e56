"""Pages ask the wizard for things through signals, and Qt alone runs their lifecycle."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication, QWizard

from intercom_wizard.session import SetupSession
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.pages.finish import FinishPage
from intercom_wizard.ui.pages.results import ResultsPage
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.wizard import SetupWizard
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import drive, until
from tests.ui.test_failures import prepared, run_test


def test_results_are_drawn_once_per_result(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[object] = []
    original = ResultsPage.show_result

    def counting(page: ResultsPage, result: object) -> None:
        drawn.append(result)
        original(page, result)  # type: ignore[arg-type]

    monkeypatch.setattr(ResultsPage, "show_result", counting)
    wizard = prepared(make_wizard)

    async def scenario() -> None:
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
        assert drawn == [wizard.state.result]
        wizard.pages[PageId.RESULTS].retryRequested.emit()
        await until(lambda: len(drawn) == 2, what="the retry's result")
        assert drawn[-1] is wizard.state.result

    drive(loop, scenario())


def test_pages_need_no_setup_wizard_around_them(
    qapp: QApplication, loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    """In a bare QWizard, the buttons that need the wizard emit signals and nothing breaks."""
    context = WizardContext(session=SetupSession(), progress_path=tmp_path / "progress.json")
    state = RunState()
    bare = QWizard()
    results = ResultsPage(context, state)
    finish = FinishPage(context, state)
    bare.addPage(results)
    bare.addPage(finish)
    asked: list[str] = []
    results.retryRequested.connect(lambda: asked.append("retry"))
    finish.reportRequested.connect(lambda: asked.append("report"))
    results.retry.click()
    finish.report_button.click()
    assert asked == ["retry", "report"]
    for page in (results, finish):
        page.stop()
    bare.deleteLater()
    del results, finish, bare
    gc.collect()  # the pages' wrappers, on the GUI thread (see ui/garbage.py)


def test_the_wizard_answers_every_page_request(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard)
    assert isinstance(wizard, SetupWizard)

    async def scenario() -> None:
        wizard.pages[PageId.FINISH].reportRequested.emit()
        assert wizard._report is not None and wizard._report.isVisible()
        wizard._report.close()
        saved = wizard.context.session
        wizard.pages[PageId.WELCOME].startOverRequested.emit()
        assert wizard.context.session is not saved
        assert wizard.context.session.client_id == ""

    drive(loop, scenario())
