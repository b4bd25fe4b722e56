"""Render the README's pictures of the step rail and of a partner's report opened by support.

    python tests/visual/render_step_rail.py [--out resources/screenshots]

A setup resumed at Results after a test that found a permission missing, as a relaunch shows
it (``step-rail.png``), and the support report of that setup in the report viewer
(``report-viewer.png``). Offscreen, Fusion style, 100%.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

    from PySide6.QtWidgets import QApplication, QStyleFactory

    from intercom_wizard.progress import ProgressFile
    from intercom_wizard.report import build_report
    from intercom_wizard.report_reader import parse_report
    from intercom_wizard.ui.app import build_wizard
    from intercom_wizard.ui.context import WizardContext
    from intercom_wizard.ui.page_ids import PageId
    from intercom_wizard.ui.report_viewer import ReportViewer
    from tests.unit.test_report import ENVIRONMENT, _result, _session

    app = QApplication([sys.argv[0]])
    app.setStyle(QStyleFactory.create("Fusion"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["INTERCOM_WIZARD_HOME"] = home
        session = _session()
        session.last_page = int(PageId.RESULTS)
        session.step_status = {
            "welcome": "done",
            "where": "done",
            "create_app": "done",
            "redirect_urls": "done",
            "permissions": "ticked",
            "credentials": "saved in the system keyring",
            "api_version": "chosen",
            "test": "finished with problems",
        }
        result = _result()
        progress = Path(home) / "progress.json"
        ProgressFile(progress).save(session, result)
        wizard = build_wizard(WizardContext(progress_path=progress))
        wizard.resize(1040, 640)
        wizard.show()
        for _ in range(10):
            app.processEvents()
        assert wizard.current_page_id() is PageId.RESULTS
        wizard.grab().save(str(args.out / "step-rail.png"))

        steps = {page.step_key: "not reached" for page in wizard.pages.values()}
        steps.update(wizard.context.session.step_status)
        saved = build_report(wizard.context.session, result, ENVIRONMENT, steps).to_json()
        viewer = ReportViewer(parse_report(saved), Path("intercom-wizard-report.json"))
        viewer.resize(1000, 560)
        viewer.show()
        for _ in range(10):
            app.processEvents()
        viewer.grab().save(str(args.out / "report-viewer.png"))
        print(json.dumps({"pictures": ["step-rail.png", "report-viewer.png"]}))
        wizard.close()
        viewer.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
