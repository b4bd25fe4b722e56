"""What the wizard knows about Intercom and Cyclr, and the async client that checks a setup.

No Qt here: the command line and the wizard's window both build on this package. Import each
name from its module (``regions``, ``versions``, ``permissions``, ``client`` ...), so loading a
small one does not pull in httpx and the whole client.
"""
