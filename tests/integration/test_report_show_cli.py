"""``intercom-wizard report show FILE`` as support staff run it: a real process and real files."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from intercom_wizard.report import build_report
from tests.support.verify_process import ROOT, verify_environment
from tests.unit.test_report import ENVIRONMENT, _result, _session

OPENED = "showing the support report"


def show(home: Path, *args: str, language: str | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "intercom_wizard",
            "-platform",
            "offscreen",
            "report",
            "show",
            *args,
        ],
        cwd=ROOT,
        env=verify_environment(home)
        | ({} if language is None else {"INTERCOM_WIZARD_LANGUAGE": language}),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_good_report_opens_in_a_window(tmp_path: Path) -> None:
    report = tmp_path / "partner.json"
    report.write_text(build_report(_session(), _result(), ENVIRONMENT, {}).to_json())
    process = show(tmp_path, str(report))
    log = tmp_path / "logs" / "intercom-wizard.log"
    try:
        deadline = time.monotonic() + 30
        while OPENED not in (log.read_text() if log.exists() else ""):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the viewer never opened"
            time.sleep(0.1)
        time.sleep(0.3)
        assert process.poll() is None  # the window stays up until it is closed
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("{not json", "is not valid JSON (line 1, column 2)"),
        ('{"report": {"format": 1}}', "“report.format” is 1, which this version"),
        ('{"hello": "world"}', "This is not a support report"),
        (None, "cannot be read"),
    ],
    ids=["not-json", "old-format", "other-json", "missing"],
)
def test_a_bad_file_is_refused_with_the_reason(
    tmp_path: Path, content: str | None, said: str
) -> None:
    path = tmp_path / "report.json"
    if content is not None:
        path.write_text(content)
    process = show(tmp_path, str(path))
    out, err = process.communicate(timeout=60)
    assert process.returncode == 2, err
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("intercom-wizard: "), err
    assert said in lines[0]
    assert "Support report" in lines[0]  # where to get a good one
    assert "Traceback" not in err


def test_a_bad_file_is_refused_in_the_users_language(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_text('{"report": {"format": 1}}')
    process = show(tmp_path, str(path), language="de")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 2, err
    assert err.strip() == (
        "intercom-wizard: Dieser Support-Bericht kann nicht verwendet werden. "
        "„report.format“ ist 1, was diese Version von intercom-wizard nicht liest. "
        "Bitten Sie erneut um den Bericht, aus dem Assistenten als JSON gespeichert "
        "(Finish > Support report, Registerkarte JSON, Save)."
    )
