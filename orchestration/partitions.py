"""Dagster's partitions of the VK-months: months from 2018-01 (orchestration/periods.py)
times the six VKs; keys, ranges and run tags are orchestration/partition_keys.py's."""

import dagster as dg

from orchestration.periods import FIRST_PERIOD, last_period
from pipelines.contract.codes import VKS

_last = last_period()
PERIODS = dg.MonthlyPartitionsDefinition(
    start_date=FIRST_PERIOD, fmt="%Y-%m", **({"end_date": _last} if _last else {"end_offset": 1})
)
DROP_PARTITIONS = dg.MultiPartitionsDefinition(
    {"vk": dg.StaticPartitionsDefinition(list(VKS)), "period": PERIODS}
)
