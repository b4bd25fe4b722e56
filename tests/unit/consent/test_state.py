from __future__ import annotations

import base64

from intercom_wizard.consent.state import new_state, state_matches


def test_new_state_is_url_safe_and_carries_256_bits() -> None:
    state = new_state()
    assert len(base64.urlsafe_b64decode(state + "=" * (-len(state) % 4))) == 32
    assert set(state) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def test_new_state_is_fresh_each_time() -> None:
    assert len({new_state() for _ in range(100)}) == 100


def test_state_matches_only_the_same_value() -> None:
    state = new_state()
    assert state_matches(state, state)
    assert not state_matches(state, state[:-1])
    assert not state_matches(state, state + "x")
    assert not state_matches(state, None)
    assert not state_matches(state, "")
    assert not state_matches("", "")


def test_state_matches_tolerates_non_ascii_input() -> None:
    assert not state_matches(new_state(), "état-\udcff-☃")
