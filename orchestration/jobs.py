"""The load job: the VK-month drops of a partition range into the warehouse, and the marts
of the years they touch, in one run of one step."""

import dagster as dg

load_drops_job = dg.define_asset_job(
    name="load_drops",
    selection=dg.AssetSelection.assets("vk_month"),
    description="Contract check, scrubbing, identifier stripping and warehouse load of the "
    "VK-month drops of a partition range, then the marts of the years they touch.",
)
