"""The wizard's pages, in the order of the partner-setup document."""

from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    WELCOME = 0
    WHERE = 1
    CREATE_APP = 2
    REDIRECT_URLS = 3
    PERMISSIONS = 4
    CREDENTIALS = 5
    API_VERSION = 6
    TEST = 7
    RESULTS = 8
    FINISH = 9
    CYCLR_CHECK = 10  # optional: the whole chain through Cyclr's API
