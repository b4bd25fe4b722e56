from __future__ import annotations

import pytest

from intercom_wizard.intercom.permissions import (
    PERMISSION_CATALOG,
    REQUIRED_PERMISSIONS,
    PermissionKey,
    Verdict,
    permission,
)


def test_required_permissions_in_the_partner_documents_order() -> None:
    assert [p.label for p in REQUIRED_PERMISSIONS] == [
        "Read one user and one company",
        "Write conversations",
        "Read admins",
    ]
    assert {p.key for p in REQUIRED_PERMISSIONS} == set(PermissionKey)


def test_each_required_permission_says_where_to_tick_it() -> None:
    for p in REQUIRED_PERMISSIONS:
        assert p.where.startswith("Developer Hub > your app > Authentication > Edit permissions")
        assert p.group in p.where
    assert permission(PermissionKey.READ_ADMINS).group == "Workspace data"
    assert permission("write_conversations").group == "People & conversation data"


def test_catalog_has_two_groups_holding_the_required_ones() -> None:
    groups = dict(PERMISSION_CATALOG)
    assert list(groups) == ["People & conversation data", "Workspace data"]
    for p in REQUIRED_PERMISSIONS:
        assert p.label in groups[p.group]
    labels = [label for _, group in PERMISSION_CATALOG for label in group]
    assert len(labels) == len(set(labels))
    assert 25 <= len(labels) <= 40


def test_permission_lookup_rejects_unknown_keys() -> None:
    with pytest.raises(ValueError):
        permission("read_everything")


def test_enum_values_are_the_json_keys() -> None:
    assert [k.value for k in PermissionKey] == [
        "read_admins",
        "read_one_user_and_one_company",
        "write_conversations",
    ]
    assert [v.value for v in Verdict] == ["granted", "missing", "unknown"]
