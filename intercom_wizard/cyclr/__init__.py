"""The Cyclr check: the whole chain as Cyclr sees it, through the partner's Cyclr API.

Qt-free like the rest of the engine: ``verify-cyclr`` drives it from a terminal, and a wizard
page can drive it through the same steps and events.
"""
