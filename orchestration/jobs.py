"""The load job: drops of a partition range through to the marts, in one run."""

import dagster as dg

load_drops_job = dg.define_asset_job(
    name="load_drops",
    selection=dg.AssetSelection.groups("drops", "marts"),
    description="Contract check, scrubbing, identifier stripping and warehouse load of the "
    "VK-month drops of a partition range, then the marts of the years they touch.",
)
