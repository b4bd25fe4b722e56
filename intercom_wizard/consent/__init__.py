"""The consent round trip, with no Qt: import each name from its module.

``authorize`` (the address of Intercom's consent page), ``state`` (the one-time state),
``ports`` (the port rule and binding 127.0.0.1), ``listener`` (catching the redirect; with
``channel``, ``http11`` and ``admission``), ``certificate`` (the self-signed certificate),
``redirect`` (reading the redirect, from the listener or a pasted address) and ``pages`` (what
the browser shows).
"""
