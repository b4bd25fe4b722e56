"""How a version mismatch is explained: from Intercom's own descriptions, briefly."""

from __future__ import annotations

import pytest

from intercom_wizard.findings import SHOWN_DIFFERENCES, why_versions_matter
from intercom_wizard.intercom.versions import CHANGELOG_URL, described_versions


def test_differences_between_described_versions_are_named_and_bounded() -> None:
    text = why_versions_matter("2.11", "2.12")
    assert text.startswith("From 2.11 to 2.12")
    assert "removed POST /conversations/{id}/run_assignment_rules" in text
    assert "GET /contacts: parameter page gone" in text
    assert text.count(";") <= SHOWN_DIFFERENCES + 2  # the rest is counted, not listed
    assert text.endswith(CHANGELOG_URL)


@pytest.mark.parametrize("old", ["2.4", "1.0"])
def test_versions_without_a_description_point_to_the_changelog_only(old: str) -> None:
    text = why_versions_matter(old, "2.11")
    assert "not in the descriptions" in text and CHANGELOG_URL in text


def test_a_version_the_catalog_does_not_know_is_not_guessed_at() -> None:
    assert why_versions_matter("2.11", "9.99") == (
        f"See what changed in Intercom's changelog: {CHANGELOG_URL}"
    )


def test_every_pair_of_described_versions_can_be_explained() -> None:
    versions = [v.name for v in described_versions()]
    for old in versions:
        for new in versions:
            assert CHANGELOG_URL in why_versions_matter(old, new) or old == new
