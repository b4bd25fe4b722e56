"""``--self-test`` in a source checkout: one JSON object, ok, and reasons instead of tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intercom_wizard import resources
from intercom_wizard.ui import selftest


def test_a_complete_installation_passes(
    qapp: object,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copy = tmp_path / "report.json"
    monkeypatch.setenv(selftest.REPORT_FILE_ENV, str(copy))
    assert selftest.run_self_test() == selftest.EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["problems"] == []
    assert json.loads(copy.read_text()) == report
    checked = report["checked"]
    assert {"wizard", "templates", "illustrations", "icon", "translations"} <= set(checked)
    assert {"certificate", "keyring", "ca_bundle"} <= set(checked)
    assert checked["keyring"]["backend"]


def test_missing_resources_are_named_not_raised(
    qapp: object,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "illustrations").mkdir()
    (tmp_path / "illustrations" / "broken.svg").write_text("<svg")
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path)
    assert selftest.run_self_test() == selftest.EXIT_FAILED
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["ok"] is False
    problems = "\n".join(report["problems"])
    assert "templates: no *.html files in resources/templates" in problems
    assert "illustrations: Qt cannot draw broken.svg" in problems
    assert "icon: resources/icons/intercom-wizard.svg is missing" in problems
    assert "Traceback" not in captured.out + captured.err
