from __future__ import annotations

import pytest

from intercom_wizard.errors import InputError
from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.sandbox.faults import Faults


def test_empty_text_means_no_faults() -> None:
    assert Faults.parse("") == Faults()
    assert Faults.parse(" , ") == Faults()


def test_every_fault_name_is_read() -> None:
    faults = Faults.parse(
        "decline,missing=write_conversations+read_admins,slow=2,500,429,drop,no-version"
    )
    assert faults == Faults(
        decline=True,
        missing={PermissionKey.WRITE_CONVERSATIONS, PermissionKey.READ_ADMINS},
        slow_seconds=2.0,
        server_error=True,
        rate_limit_once=True,
        drop_connection=True,
        no_version_header=True,
    )


def test_missing_holds_permission_keys_and_accumulates() -> None:
    faults = Faults.parse("missing=READ_ADMINS, missing = read_one_user_and_one_company")
    assert faults.missing == {
        PermissionKey.READ_ADMINS,
        PermissionKey.READ_ONE_USER_AND_ONE_COMPANY,
    }
    assert all(isinstance(key, PermissionKey) for key in faults.missing)


def test_describe_reads_back_the_same() -> None:
    text = "decline,missing=read_admins+write_conversations,slow=0.5,500,429,drop,no-version"
    assert Faults.parse(Faults.parse(text).describe()) == Faults.parse(text)
    assert Faults().describe() == ""


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("explode", "'explode' is not a sandbox fault"),
        ("missing=read_everything", "'read_everything' is not a permission"),
        ("missing", "needs a value"),
        ("slow", "needs a value"),
        ("slow=soon", "between 0 and 600"),
        ("slow=-1", "between 0 and 600"),
        ("slow=nan", "between 0 and 600"),
        ("decline=yes", "takes no value"),
    ],
)
def test_unknown_or_malformed_faults_are_refused_with_the_syntax(text: str, says: str) -> None:
    with pytest.raises(InputError, match=says) as caught:
        Faults.parse(text)
    assert caught.value.hint is not None and "missing=PERMISSION" in caught.value.hint
    assert caught.value.exit_code == 2
