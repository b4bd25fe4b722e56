"""The wizard's version catalog against the versions Intercom's descriptions accept."""

from __future__ import annotations

from intercom_wizard.intercom.versions import (
    API_VERSIONS,
    LATEST_STABLE,
    OLD_PREVIEW_NAME,
    ApiVersion,
    described_versions,
    descriptions_commit,
)
from tests.contract import descriptions

# The versions Intercom's notes list (1.0-1.4, 2.0-2.16, Preview), older than any description.
NOTES_VERSIONS = {
    *(f"1.{minor}" for minor in range(5)),
    *(f"2.{minor}" for minor in range(17)),
    "Preview",
}


def _accepted() -> set[str]:
    return {
        value
        for version in descriptions.versions()
        for value in descriptions.document(version)["components"]["schemas"]["intercom_version"][
            "enum"
        ]
    }


def test_the_catalog_is_every_accepted_version_plus_those_the_notes_list() -> None:
    assert {version.name for version in API_VERSIONS} == _accepted() | NOTES_VERSIONS


def test_preview_is_known_by_its_old_name_too() -> None:
    assert OLD_PREVIEW_NAME not in _accepted()  # no description lists the old name
    assert ApiVersion.parse(OLD_PREVIEW_NAME) == ApiVersion("Preview")


def test_the_latest_stable_version_is_the_newest_described() -> None:
    numbered = [ApiVersion(v) for v in _accepted() if v != "Preview"]
    assert max(numbered) == LATEST_STABLE


def test_every_described_version_is_in_the_catalog_in_release_order() -> None:
    assert [v.name for v in described_versions()] == descriptions.versions()
    assert list(described_versions()) == sorted(described_versions())
    assert set(described_versions()) <= set(API_VERSIONS)
    assert len(descriptions_commit()) == 40
