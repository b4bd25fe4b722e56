"""One rule for Client IDs and Client Secrets, wherever they are typed or passed."""

from __future__ import annotations

import pytest

from intercom_wizard.errors import InputError
from intercom_wizard.intercom.app_credentials import (
    MAX_CLIENT_ID_LENGTH,
    check_client_id,
    check_client_secret,
    client_id_hint,
    client_secret_hint,
)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("7b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e", "7b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e"),
        ("  abc-123\n", "abc-123"),
        ("x" * MAX_CLIENT_ID_LENGTH, "x" * MAX_CLIENT_ID_LENGTH),
    ],
)
def test_client_ids_that_can_be_real_are_kept_stripped(typed: str, kept: str) -> None:
    assert check_client_id(typed) == kept


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "empty"),
        (" \t\n", "empty"),
        ("abc 123", "space"),
        ("abc\n123", "line break"),
        ("abc\u00a0123", "space"),  # a no-break space from a web page
        ("abc\x00123", "U+0000"),
        ("abc\x1b123", "U+001B"),
        ("abc\u2013123", "U+2013"),  # an en dash a word processor made of a hyphen
        ("clé", "U+00E9"),
        ("x" * 10_000, "10000 characters"),
        ("x" * (MAX_CLIENT_ID_LENGTH + 1), f"{MAX_CLIENT_ID_LENGTH + 1} characters"),
    ],
)
def test_client_ids_a_paste_got_wrong_are_refused_with_one_hint(typed: str, words: str) -> None:
    with pytest.raises(InputError) as raised:
        check_client_id(typed)
    assert words in raised.value.message
    assert raised.value.hint == client_id_hint()
    assert raised.value.exit_code == 2


def test_a_refused_secret_is_never_repeated() -> None:
    secret = "s3cr3t-\u00e9-value"
    with pytest.raises(InputError) as raised:
        check_client_secret(secret)
    assert secret not in raised.value.for_people()
    assert "U+" not in raised.value.message
    assert raised.value.hint == client_secret_hint()


def test_a_secret_is_stripped() -> None:
    assert check_client_secret(" sandbox-client-secret\n") == "sandbox-client-secret"
