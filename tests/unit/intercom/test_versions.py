from __future__ import annotations

import pytest

from intercom_wizard.errors import InputError
from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.intercom.versions import (
    API_VERSIONS,
    CHANGELOG_URL,
    CYCLR_CONNECTORS,
    LATEST_STABLE,
    ApiVersion,
    connector_for,
    version_differences,
)


def test_catalog_is_complete_and_ordered() -> None:
    names = [v.name for v in API_VERSIONS]
    assert names[:5] == ["1.0", "1.1", "1.2", "1.3", "1.4"]
    assert names[5:-1] == [f"2.{minor}" for minor in range(17)]
    assert names[-1] == "Preview"
    assert list(API_VERSIONS) == sorted(API_VERSIONS)
    assert len(set(API_VERSIONS)) == len(API_VERSIONS)


def test_latest_stable_is_the_newest_numbered_version() -> None:
    assert ApiVersion("2.16") == LATEST_STABLE
    assert max(v for v in API_VERSIONS if not v.is_preview) == LATEST_STABLE


def test_versions_sort_numerically_not_as_text() -> None:
    assert ApiVersion("2.2") < ApiVersion("2.10")
    assert ApiVersion("2.16") > ApiVersion("2.9")
    assert ApiVersion("1.4") < ApiVersion("2.0") <= ApiVersion("2.0")
    assert ApiVersion("Preview") > ApiVersion("2.16")
    assert ApiVersion("2.16") >= ApiVersion("2.16")
    assert ApiVersion("2.0").__lt__("2.1") is NotImplemented


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2.11", "2.11"),
        (" 2.11 ", "2.11"),
        ("\t2.16\n", "2.16"),
        ("v2.7", "2.7"),
        ("1.0", "1.0"),
        ("02.03", "2.3"),
        ("Preview", "Preview"),
        ("preview", "Preview"),
        ("Unstable", "Preview"),
        ("unstable", "Preview"),
        (" UNSTABLE ", "Preview"),
    ],
)
def test_parse_accepts_catalog_versions(text: str, name: str) -> None:
    version = ApiVersion.parse(text)
    assert version.name == name
    assert version in API_VERSIONS


@pytest.mark.parametrize("text", ["", "2", "2.17", "1.5", "3.0", "2.11.1", "latest", "2,11", "v"])
def test_parse_refuses_everything_else(text: str) -> None:
    with pytest.raises(InputError) as caught:
        ApiVersion.parse(text)
    assert "API version" in str(caught.value)
    assert caught.value.hint and "Basic Information" in caught.value.hint


def test_is_preview_and_str() -> None:
    assert ApiVersion.parse("Unstable").is_preview
    assert not ApiVersion("2.11").is_preview
    assert str(ApiVersion("2.11")) == "2.11"


def test_every_stable_version_has_exactly_one_connector() -> None:
    for version in API_VERSIONS:
        matches = [c for c in CYCLR_CONNECTORS if version.name in c.versions]
        assert len(matches) == (0 if version.is_preview else 1), version
        assert connector_for(version) == (matches[0] if matches else None)


def test_connector_table_only_names_catalog_versions() -> None:
    known = {v.name for v in API_VERSIONS}
    for connector in CYCLR_CONNECTORS:
        assert connector.name
        assert set(connector.versions) <= known


def test_connector_for_families() -> None:
    two = connector_for(ApiVersion("2.11"))
    one = connector_for(ApiVersion("1.4"))
    assert two is not None and "2" in two.name
    assert one is not None and one != two
    assert connector_for(ApiVersion("Preview")) is None


def test_changelog_url() -> None:
    assert CHANGELOG_URL.startswith("https://developers.intercom.com/")


def test_parse_hint_lists_the_catalog() -> None:
    with pytest.raises(InputError) as caught:
        ApiVersion.parse("9.9")
    assert "1.0-1.4, 2.0-2.16 or Preview" in (caught.value.hint or "")


def test_differences_between_two_described_versions() -> None:
    moved = version_differences("2.15", "2.16")
    assert moved.known and not moved.same
    added = {change.operation: change for change in moved.added}
    assert "GET /contacts/{id}/merge_history" in added
    assert added["GET /contacts/{id}/merge_history"].permissions == (
        PermissionKey.READ_ONE_USER_AND_ONE_COMPANY,
    )
    changed = {change.operation: change.changes for change in moved.changed}
    assert "new parameter include_merge_history" in changed["GET /contacts/{id}"]
    assert "new answer 410" in changed["GET /contacts/{id}"]
    assert moved.changelog_url == CHANGELOG_URL


def test_differences_read_both_ways() -> None:
    forward = version_differences(ApiVersion("2.15"), ApiVersion("2.16"))
    back = version_differences("2.16", "2.15")
    assert back.removed == forward.added and back.added == forward.removed
    gone = {change.operation: change.changes for change in back.changed}
    assert "answer 410 gone" in gone["GET /contacts/{id}"]


def test_no_differences_within_one_version_and_unknown_without_a_description() -> None:
    assert version_differences("2.11", "2.11").same
    older = version_differences("2.3", "2.11")
    assert not older.known and not older.same
    assert (older.added, older.removed, older.changed) == ((), (), ())


def test_differences_cover_only_the_connectors_areas() -> None:
    moved = version_differences("2.7", "Preview")
    every = (*moved.added, *moved.removed, *moved.changed)
    assert every
    for change in every:
        assert change.permissions and set(change.permissions) <= set(PermissionKey)
        assert change.operation.split(" ")[1].split("/")[1] in {
            "me",  # tagged Admins
            "admins",
            "contacts",
            "companies",
            "conversations",
        }
