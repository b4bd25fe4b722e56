"""intercom-wizard: set up an Intercom app for Cyclr's Intercom connector, and prove it works."""

__version__ = "0.1.0"
