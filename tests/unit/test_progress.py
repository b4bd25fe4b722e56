"""The wizard's progress file: written whole or not at all, read back leniently, never a secret."""

from __future__ import annotations

import errno
import json
import logging
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intercom_wizard.errors import ProgressError
from intercom_wizard.intercom.regions import Region
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.paths import progress_file
from intercom_wizard.progress import FORMAT_VERSION, ProgressFile
from intercom_wizard.secrets import StorageKind
from intercom_wizard.session import SetupSession
from intercom_wizard.verification import VersionCheck
from tests.support.verify_process import ROOT
from tests.unit.test_verification import result_with

WHEN = datetime(2026, 3, 14, 9, 30, 12, tzinfo=UTC)


def a_session() -> SetupSession:
    return SetupSession(
        region=Region.EU,
        service_domain="acme-h.eu.cyclr.com",
        client_id="7b1c2d3e-client-id",
        port=24999,
        api_version=ApiVersion.parse("2.11"),
        last_page=8,
        step_status={"Test": "passed"},
    )


def test_the_session_and_the_last_result_come_back(tmp_path: Path) -> None:
    progress = ProgressFile(tmp_path / "progress.json")
    result = result_with(checked_at=WHEN, token_stored=StorageKind.KEYRING)
    progress.save(a_session(), result)
    loaded = ProgressFile(tmp_path / "progress.json").load()
    assert loaded.session == a_session()
    assert loaded.last_result == result
    assert progress.saved_page() == 8
    assert json.loads(progress.path.read_text())["format"] == FORMAT_VERSION
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".progress")]
    assert leftovers == []  # no temporary file left behind


def test_nothing_saved_means_defaults(tmp_path: Path) -> None:
    progress = ProgressFile(tmp_path / "none.json")
    assert progress.saved_page() == 0
    loaded = progress.load()
    assert loaded.session == SetupSession() and loaded.last_result is None
    progress.clear()  # nothing to clear is fine


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        json.dumps({"format": 99, "session": {"last_page": 4}}).encode(),
    ],
)
def test_an_unreadable_file_gives_defaults_and_a_warning(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "progress.json"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="intercom_wizard.progress"):
        loaded = ProgressFile(path).load()
        page = ProgressFile(path).saved_page()
    assert loaded.session == SetupSession() and loaded.last_result is None and page == 0
    assert any("progress" in r.getMessage() for r in caplog.records)


def test_a_broken_saved_result_keeps_the_session(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    progress = ProgressFile(tmp_path / "progress.json")
    progress.save(a_session(), result_with(checked_at=WHEN))
    data = json.loads(progress.path.read_text())
    data["last_result"]["region"] = "mars"
    progress.path.write_text(json.dumps(data))
    with caplog.at_level(logging.WARNING, logger="intercom_wizard.progress"):
        loaded = progress.load()
    assert loaded.session == a_session() and loaded.last_result is None
    assert caplog.records


def test_a_failed_write_names_the_file_and_keeps_the_old_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    progress = ProgressFile(tmp_path / "progress.json")
    progress.save(a_session())
    before = progress.path.read_bytes()

    def disk_full(fd: int) -> None:  # a full disk cannot be had here, so the write is made to fail
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ProgressError) as raised:
        progress.save(SetupSession())
    assert str(progress.path) in raised.value.message
    assert "No space left" in raised.value.message and raised.value.hint
    assert progress.path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".progress")] == []


def test_clear_forgets_everything(tmp_path: Path) -> None:
    progress = ProgressFile(tmp_path / "progress.json")
    progress.save(a_session())
    progress.clear()
    assert not progress.path.exists() and progress.load().session == SetupSession()


def test_no_secret_is_ever_written(tmp_path: Path) -> None:
    progress = ProgressFile(tmp_path / "progress.json")
    progress.save(a_session(), result_with(checked_at=WHEN))
    text = progress.path.read_text().lower()
    for word in ("secret", 'token"', "access_token", "code="):
        assert word not in text


def test_the_file_lives_in_the_app_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERCOM_WIZARD_HOME", str(tmp_path))
    assert progress_file() == tmp_path / "progress.json"


def test_reading_the_saved_page_loads_no_engine() -> None:
    code = (
        "import sys; from pathlib import Path; from intercom_wizard.progress import ProgressFile;"
        "ProgressFile(Path('nowhere.json')).saved_page();"
        "heavy = [m for m in ('asyncio', 'ssl', 'httpx', 'keyring', 'intercom_wizard.session')"
        " if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_kept_sections_survive_a_save_of_the_setup(tmp_path: Path) -> None:
    progress = ProgressFile(tmp_path / "progress.json")
    progress.save_section("cyclr", {"client_id": "cyclr-id"})
    progress.note_detected_version("2.9", "2026-12-01T00:00:00")
    progress.save(SetupSession(client_id="app"))
    assert progress.section("cyclr") == {"client_id": "cyclr-id"}
    assert progress.detected_version() == "2.9"
    assert progress.load().session.client_id == "app"
    progress.save_section("cyclr", None)
    assert progress.section("cyclr") == {}


def test_a_saved_result_records_its_detected_version(tmp_path: Path) -> None:
    progress = ProgressFile(tmp_path / "progress.json")
    progress.note_detected_version("2.9", "2026-12-01T00:00:00")
    detected = VersionCheck("2.11", "response-header", "2.9", False)
    progress.save(SetupSession(), result_with(api_version=detected))
    assert progress.detected_version() == "2.11"
