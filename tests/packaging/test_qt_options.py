"""Qt's own command-line options reach Qt, as in any Qt program, and the app's parser the rest."""

from __future__ import annotations

import sys

import pytest

from intercom_wizard import cli, qt_arguments


@pytest.mark.parametrize(
    ("argv", "qt", "rest"),
    [
        (["-platform", "offscreen", "--self-test"], ["-platform", "offscreen"], ["--self-test"]),
        (["--self-test", "-style=fusion"], ["-style=fusion"], ["--self-test"]),
        (["-reverse", "--sandbox"], ["-reverse"], ["--sandbox"]),
        (
            ["-qwindowgeometry", "800x600", "verify", "--client-id", "x"],
            ["-qwindowgeometry", "800x600"],
            ["verify", "--client-id", "x"],
        ),
        # The app's own long options are never taken for Qt's.
        (["--style", "x"], [], ["--style", "x"]),
    ],
)
def test_qt_options_are_split_off(argv: list[str], qt: list[str], rest: list[str]) -> None:
    assert qt_arguments.split_qt_options(argv) == (qt, rest)


def test_the_command_line_hands_qt_options_to_the_application(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ran: list[bool] = []
    import intercom_wizard.ui.selftest as selftest

    def run_self_test(full: bool = False) -> int:
        ran.append(full)
        return 0

    monkeypatch.setattr(selftest, "run_self_test", run_self_test)
    # The log's handlers would stay on the package logger for the rest of the session.
    monkeypatch.setattr(cli, "configure_logging", lambda **_options: None)
    monkeypatch.setattr(sys, "argv", ["intercom-wizard"])
    code = cli.main(["-platform", "offscreen", "-reverse", "--self-test", "--full"])
    assert code == 0 and ran == [True]
    assert qt_arguments.application_arguments() == [
        "intercom-wizard",
        "-platform",
        "offscreen",
        "-reverse",
    ]
    qt_arguments.remember([])
