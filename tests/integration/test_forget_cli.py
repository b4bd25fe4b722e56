"""``intercom-wizard forget`` as the Windows uninstaller and support staff run it: a real process,
a keyring the test can look into, and the wizard's saved progress."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from intercom_wizard.progress import ProgressFile
from intercom_wizard.session import SetupSession
from tests.support.verify_process import ROOT, verify_environment

SERVICE = "intercom-wizard"


def forget(
    home: Path, *args: str, backend: str = "FileKeyring"
) -> subprocess.CompletedProcess[str]:
    env = verify_environment(home)
    env["PYTHON_KEYRING_BACKEND"] = f"tests.support.memory_keyring.{backend}"
    env["INTERCOM_WIZARD_TEST_KEYRING"] = str(home / "keyring.json")
    return subprocess.run(
        [sys.executable, "-m", "intercom_wizard", "forget", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def stored(home: Path) -> dict[str, Any]:
    path = home / "keyring.json"
    return json.loads(path.read_text()) if path.exists() else {}


def store_both(home: Path, client_id: str) -> None:
    (home / "keyring.json").write_text(
        json.dumps(
            {
                f"{SERVICE}/{client_id}:client-secret": "a-stored-secret",
                f"{SERVICE}/{client_id}:test-token": "a-stored-token",
            }
        )
    )


def test_with_no_arguments_it_forgets_the_saved_client_ids_secrets(tmp_path: Path) -> None:
    ProgressFile(tmp_path / "progress.json").save(SetupSession(client_id="app-1234"))
    store_both(tmp_path, "app-1234")
    done = forget(tmp_path, "--json")
    assert done.returncode == 0, done.stderr
    assert stored(tmp_path) == {}
    answer = json.loads(done.stdout)
    assert answer["ok"] is True and answer["client_id"] == "app-1234"
    assert answer["secrets"] == {"client-secret": "removed", "test-token": "removed"}
    assert "a-stored-secret" not in done.stdout + done.stderr


def test_readable_output_says_what_was_removed(tmp_path: Path) -> None:
    (tmp_path / "keyring.json").write_text(
        json.dumps({f"{SERVICE}/app-1234:client-secret": "a-stored-secret"})
    )
    done = forget(tmp_path, "--client-id", "app-1234")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "The stored client secret was removed.",
        "No test token was stored.",
    ]


def test_with_no_progress_at_all_there_is_nothing_to_forget(tmp_path: Path) -> None:
    done = forget(tmp_path)
    assert done.returncode == 0, done.stderr
    assert "No Client ID is saved" in done.stderr
    assert "Traceback" not in done.stderr
    as_json = forget(tmp_path, "--json")
    assert as_json.returncode == 0 and json.loads(as_json.stdout)["ok"] is True


def test_an_unreachable_keyring_is_a_failure_that_says_so(tmp_path: Path) -> None:
    done = forget(tmp_path, "--client-id", "app-1234", "--json", backend="UnreachableKeyring")
    assert done.returncode == 5
    answer = json.loads(done.stdout)
    assert answer["ok"] is False
    assert answer["secrets"] == {
        "client-secret": "keyring-unreachable",
        "test-token": "keyring-unreachable",
    }
    assert answer["error"]["type"] == "SecretStoreError" and answer["error"]["hint"]
    assert "may still be stored" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--client-id", "app 1234"), "space"),
        (("--client-id", "x" * 10_000), "10000 characters"),
        (("--bogus",), "Unrecognized arguments"),
        (("--client-id",), "expected one argument"),
    ],
)
def test_bad_input_is_one_json_object_or_one_line(
    tmp_path: Path, args: tuple[str, ...], needle: str
) -> None:
    as_json = forget(tmp_path, *args, "--json")
    assert as_json.returncode == 2
    answer = json.loads(as_json.stdout)  # exactly one object, nothing else
    assert needle in answer["error"]["message"] and answer["error"]["exit_code"] == 2
    plain = forget(tmp_path, *args)
    assert plain.returncode == 2 and plain.stdout == ""
    assert len(plain.stderr.splitlines()) == 1 and needle in plain.stderr
    assert "usage:" not in plain.stderr
    if answer["error"]["type"] == "ArgumentError":  # the help named is the command's own
        assert "'intercom-wizard forget --help'" in plain.stderr


def test_the_cyclr_checks_api_secret_and_token_are_forgotten_too(tmp_path: Path) -> None:
    progress = ProgressFile(tmp_path / "progress.json")
    progress.save(SetupSession(client_id="app-1234"))
    key = "cyclr-api-id@https://api.eu.cyclr.com"
    progress.save_section(
        "cyclr", {"client_id": "cyclr-api-id", "api_base": "https://api.eu.cyclr.com"}
    )
    store_both(tmp_path, "app-1234")
    kept = stored(tmp_path)
    kept[f"{SERVICE}/{key}:cyclr-api-secret"] = "a-cyclr-secret"
    kept[f"{SERVICE}/{key}:cyclr-api-token"] = '{"access_token": "a-cyclr-token"}'
    kept[f"{SERVICE}/someone-else@https://api.cyclr.com:cyclr-api-secret"] = "not-ours"
    (tmp_path / "keyring.json").write_text(json.dumps(kept))
    done = forget(tmp_path, "--json")
    assert done.returncode == 0, done.stderr
    # Only what this computer's Cyclr check used is removed.
    assert stored(tmp_path) == {
        f"{SERVICE}/someone-else@https://api.cyclr.com:cyclr-api-secret": "not-ours"
    }
    answer = json.loads(done.stdout)
    assert answer["secrets"] == {
        "client-secret": "removed",
        "test-token": "removed",
        "cyclr-api-secret": "removed",
        "cyclr-api-token": "removed",
    }
    assert "The stored Cyclr API secret was removed." in answer["messages"]


def test_with_only_a_cyclr_check_set_up_its_secrets_are_forgotten(tmp_path: Path) -> None:
    key = "cyclr-api-id@https://api.cyclr.com"
    ProgressFile(tmp_path / "progress.json").save_section(
        "cyclr", {"client_id": "cyclr-api-id", "api_base": "https://api.cyclr.com"}
    )
    (tmp_path / "keyring.json").write_text(
        json.dumps({f"{SERVICE}/{key}:cyclr-api-secret": "a-cyclr-secret"})
    )
    done = forget(tmp_path, "--json")
    assert done.returncode == 0, done.stderr
    assert stored(tmp_path) == {}
    answer = json.loads(done.stdout)
    assert answer["client_id"] is None  # no Intercom app was saved
    assert answer["secrets"] == {"cyclr-api-secret": "removed", "cyclr-api-token": "nothing-stored"}
