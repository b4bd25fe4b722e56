"""Which connection makes room when the port is full: times are given, no clock runs."""

from __future__ import annotations

from dataclasses import dataclass

from intercom_wizard.consent.admission import to_drop


@dataclass(eq=False)
class _Peer:
    received: int
    last_active: float
    settled: bool = False


def test_a_connection_that_never_spoke_goes_first_oldest_first() -> None:
    old_silent, new_silent = _Peer(0, 1.0), _Peer(0, 5.0)
    quiet_talker = _Peer(10, 0.5)
    assert to_drop([quiet_talker, new_silent, old_silent]) is old_silent


def test_among_talkers_the_one_quiet_longest_goes() -> None:
    trickler, browser = _Peer(3, 2.0), _Peer(600, 9.0)
    assert to_drop([browser, trickler]) is trickler


def test_a_settled_request_is_never_dropped() -> None:
    held, idle = _Peer(700, 0.0, settled=True), _Peer(0, 9.0)
    assert to_drop([held, idle]) is idle
    assert to_drop([held]) is None
    assert to_drop([]) is None
