"""The lowest layer: settings, secret keys, the warehouse writer lock and library quieting.

Every other package may import `core`; `core` imports none of them (pyproject.toml,
[tool.importlinter])."""
