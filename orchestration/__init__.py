"""Dagster definitions and the thin clients that launch them.

Telemetry off and library warnings quiet before any Dagster module is imported: every
process that loads these definitions (webserver, daemon, run and step workers) comes here
first.
"""

from vkw.privacy import quiet_libraries

quiet_libraries()
