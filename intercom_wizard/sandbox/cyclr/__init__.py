"""A stand-in Cyclr beside the sandbox Intercom: ``verify-cyclr --sandbox`` and the tests.

Import from the modules: ``server`` (the HTTP sandbox), ``behaviour`` (its answers and the
published fake API credentials), ``faults`` and ``browser`` (the scripted sign-in).
"""
