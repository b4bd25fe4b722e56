"""The HTML the sandbox shows in the browser: its consent page and its problem pages.

Templates live in ``resources/sandbox/``; every value is escaped before it goes in, because
``state`` and ``redirect_uri`` come straight from the address bar.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from string import Template

from intercom_wizard.intercom.permissions import REQUIRED_PERMISSIONS, PermissionKey
from intercom_wizard.resources import read_text


def consent_page(
    *,
    app_name: str,
    workspace_name: str,
    permissions: Iterable[PermissionKey],
    client_id: str,
    state: str,
    redirect_uri: str,
) -> bytes:
    """The page that asks the user to authorize the app, with Authorize and Cancel forms."""
    asked = set(permissions)
    # In the order the Developer Hub and Cyclr's setup document list them.
    labels = [p.label for p in REQUIRED_PERMISSIONS if p.key in asked]
    if labels:
        items = "".join(f"<li>{escape(label)}</li>" for label in labels)
        listing = f'<ul id="permissions">{items}</ul>'
    else:
        listing = '<p id="permissions" class="none">None: no permission is ticked for this app.</p>'
    page = Template(read_text("sandbox", "consent.html")).substitute(
        app_name=escape(app_name),
        workspace_name=escape(workspace_name),
        permissions=listing,
        client_id=escape(client_id),
        state=escape(state),
        redirect_uri=escape(redirect_uri),
    )
    return page.encode("utf-8")


def problem_page(title: str, detail: str) -> bytes:
    """A page that says why the sandbox cannot go on with this request."""
    page = Template(read_text("sandbox", "problem.html")).substitute(
        title=escape(title), detail=escape(detail)
    )
    return page.encode("utf-8")
