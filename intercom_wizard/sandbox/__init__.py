"""A stand-in Intercom on a local port: training mode, ``verify --sandbox`` and the tests.

Import from the modules: ``server`` (the HTTP sandbox), ``behaviour`` (its answers, also as an
``httpx.MockTransport``), ``faults``, ``credentials`` and ``scripted_browser``.
"""
