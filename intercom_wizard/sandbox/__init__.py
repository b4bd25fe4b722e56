"""A stand-in Intercom on a local port: training mode, ``verify --sandbox`` and the tests."""

from __future__ import annotations

from intercom_wizard.sandbox.faults import Faults
from intercom_wizard.sandbox.scripted_browser import consent_in_sandbox
from intercom_wizard.sandbox.server import SandboxIntercom

__all__ = ["Faults", "SandboxIntercom", "consent_in_sandbox"]
