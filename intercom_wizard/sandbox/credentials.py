"""The sandbox app's Client ID and secret: published fakes that the training banner shows."""

from __future__ import annotations

SANDBOX_CLIENT_ID = "sandbox-client-id"
SANDBOX_CLIENT_SECRET = "sandbox-client-secret"  # noqa: S105 - a published fake, not a secret
