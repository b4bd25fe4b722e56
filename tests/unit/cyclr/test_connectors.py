from __future__ import annotations

import pytest

from intercom_wizard.cyclr.connectors import Connector, intercom_connectors
from intercom_wizard.intercom.versions import ApiVersion


def test_reads_pascal_and_camel_case_and_skips_records_without_id() -> None:
    assert Connector.from_api({"Id": 7, "Name": "Intercom", "Version": "2.11"}) == Connector(
        "7", "Intercom", "2.11"
    )
    assert Connector.from_api({"id": "8", "name": "Intercom"}) == Connector("8", "Intercom", "")
    assert Connector.from_api({"Name": "Intercom"}) is None


def test_filters_to_intercom_once_each_in_order() -> None:
    listed = [
        Connector("1", "Slack", "1.0"),
        Connector("2", "Intercom", "2.10"),
        Connector("3", "intercom (legacy)", "1.4"),
        Connector("2", "Intercom", "2.10"),
    ]
    assert [c.id for c in intercom_connectors(listed)] == ["2", "3"]


@pytest.mark.parametrize(
    ("connector", "version", "matches"),
    [
        (Connector("1", "Intercom", "2.11"), "2.11", True),
        (Connector("1", "Intercom", "v2.11"), "2.11", True),
        (Connector("1", "Intercom", "2.10"), "2.1", False),  # 2.10 is not 2.1
        (Connector("1", "Intercom (API 2.9)", "1"), "2.9", True),  # the version in the name
        (Connector("1", "Intercom", ""), "2.11", None),  # says nothing: unknown, never a match
        (Connector("1", "Intercom", "9.99"), "2.11", None),  # no Intercom version at all
        (Connector("1", "Intercom", "2.11"), None, None),  # the app's version unknown
    ],
)
def test_version_matching(connector: Connector, version: str | None, matches: bool | None) -> None:
    assert connector.matches(ApiVersion.parse(version) if version else None) is matches
