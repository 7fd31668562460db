"""The Great Expectations context: suites, validations and Data Docs under VKW_HOME.

File-backed in `$VKW_HOME/gx` with Data Docs in `$VKW_HOME/data-docs`, so the DPO and the
coordinator can open `data-docs/index.html`; in memory when no home is given (a check of
one drop outside a warehouse). Built once per process and home; suites are written from
code on every start, so the files always match this version of the suites.

A suite runs on a batch and its result is stored, without a checkpoint: a checkpoint
re-reads the suite and its definitions from the file store on every run (a freshness
check), which cost more than the validation of a month's rows. What a suite run costs is
GX's bookkeeping more than pandas: the batch is built once per run (in the validator, as
ValidationDefinition.run does), GX's config-variables file is not re-read on every
variable lookup, and expectations/gx_speedups.py remembers what GX rebuilds per run.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ["GX_ANALYTICS_ENABLED"] = "False"  # before GX is imported: it must not call home

import great_expectations as gx  # noqa: E402
from great_expectations.core.run_identifier import RunIdentifier  # noqa: E402
from great_expectations.data_context.types.base import ProgressBarsConfig  # noqa: E402
from great_expectations.data_context.types.resource_identifiers import (  # noqa: E402
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)
from great_expectations.validator.v1_validator import Validator  # noqa: E402

from core.config import settings  # noqa: E402
from expectations import population, raw_drop, stripped, warehouse_checks  # noqa: E402
from expectations.gx_speedups import remembered_configurations  # noqa: E402
from warehouse.file_retention import purge_old_files, validation_folders  # noqa: E402

DATASOURCE = "vkw"
SITE = "vkw_data_docs"
Builder = Callable[[], list[Any]]
SUITES: dict[str, Builder] = {
    **raw_drop.SUITES,
    **stripped.SUITES,
    **warehouse_checks.SUITES,
    **population.SUITES,
}


def index_columns(suite: str) -> list[str]:
    """The columns that locate a failing row: never a value of the row itself."""
    if suite == "raw_delivery":
        return ["vk", "period", "file"]
    if suite in warehouse_checks.SUITES:
        return ["vk", "period"]
    if suite in population.SUITES:
        return ["line"]  # one public file, no VK or period
    return ["vk", "period", "line"]


_contexts: dict[str, QualityContext] = {}


class QualityContext:
    def __init__(self, home: Path | None) -> None:
        self.home = home
        if home is None:
            self.gx = gx.get_context(mode="ephemeral")
        else:
            self.gx = _file_context(home / "gx")
            _data_docs_in(self.gx, home / "data-docs")
        self.gx.variables.progress_bars = ProgressBarsConfig(globally=False)
        if home is not None:
            self.gx.variables.save()
        self.results_store = self.gx.validation_results_store
        self.latest: dict[str, Any] = {}  # suite -> identifier of its newest result
        self.failed: list[Any] = []  # identifiers of failed results since the last build
        source = self.gx.data_sources.add_or_update_pandas(DATASOURCE)
        self.suites: dict[str, Any] = {}
        self.batches: dict[str, Any] = {}
        for name, build in SUITES.items():
            self.batches[name] = self._batch_definition(source, name)
            suite = gx.ExpectationSuite(name=name, expectations=build())
            self.suites[name] = self.gx.suites.add_or_update(suite)

    @staticmethod
    def _batch_definition(source, name: str):  # noqa: ANN001, ANN205
        try:
            asset = source.get_asset(name)
        except LookupError:
            asset = source.add_dataframe_asset(name)
        try:
            return asset.get_batch_definition("run")
        except (KeyError, LookupError, ValueError):
            return asset.add_batch_definition_whole_dataframe("run")

    def run(
        self,
        suite: str,
        frame: Any,
        result_format: str | dict[str, Any],
        only: list[Any] | None = None,
    ) -> Any:
        """Validate `frame` with `suite` (or `only` those of its expectation configurations),
        store the result; the suite's validation result."""
        expectations = self.suites[suite]
        if only is not None:
            expectations = gx.ExpectationSuite(
                name=suite, expectations=[_detached(config) for config in only]
            )
        # GX's own ValidationDefinition.run validates like this: the batch is built once,
        # inside the validator (Batch.validate would build it a second time, hashing the
        # whole frame again for its fingerprint).
        validator = Validator(
            batch_definition=self.batches[suite],
            batch_parameters={"dataframe": frame},
            result_format=result_format,
        )
        with remembered_configurations():
            result = validator.validate_expectation_suite(expectations)
        identifier = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=suite),
            run_id=RunIdentifier(run_time=datetime.now(UTC)),
            batch_identifier=validator.active_batch_id,
        )
        self.results_store.set(identifier, result)
        self.remember(suite, identifier, result.success)
        return result

    def remember(self, suite: str, identifier: Any, success: bool) -> None:
        self.latest[suite] = identifier
        if not success:
            self.failed.append(identifier)

    def build_data_docs(self) -> Path | None:
        """Render the newest result of every suite and every failed one since the last
        build (rendering is GX's slowest part, so it happens once per `vkw run`)."""
        if self.home is None or not (self.latest or self.failed):
            return None
        self.prune()
        identifiers = list(dict.fromkeys([*self.failed, *self.latest.values()]))
        self.gx.build_data_docs(site_names=[SITE], resource_identifiers=identifiers)
        self.failed.clear()
        return self.home / "data-docs" / "index.html"

    def prune(self, keep_days: int | None = None) -> int:
        """Stored results and their pages live VKW_GX_RETENTION_DAYS (the daily retention
        job prunes them too, for a deployment that loads nothing for a while)."""
        if self.home is None:
            return 0
        if keep_days is None:
            keep_days = settings().period("validation_results").days
        return purge_old_files(validation_folders(self.home), keep_days)


def _detached(config: Any) -> Any:
    """The expectation of a configuration, belonging to no stored suite."""
    expectation = copy.copy(config.to_domain_obj())
    expectation.id = None
    return expectation


def _file_context(root: Path):  # noqa: ANN202
    """The file-backed context, without GX's config-variables file: GX re-reads and parses
    that YAML file on every read of a context variable (three times per validation), and
    we substitute no variables. Switched off once per home, then the context is reopened so
    that this process does not read it either."""
    context = gx.get_context(mode="file", project_root_dir=str(root))
    if context.variables.config_variables_file_path is None:
        return context
    context.variables.config_variables_file_path = None
    context.variables.save()
    return gx.get_context(mode="file", project_root_dir=str(root))


def _data_docs_in(context, directory: Path) -> None:  # noqa: ANN001
    sites = context.get_config().data_docs_sites or {}
    for name in list(sites):
        if name != SITE:
            context.delete_data_docs_site(name)
    if SITE not in sites:
        context.add_data_docs_site(
            site_name=SITE,
            site_config={
                "class_name": "SiteBuilder",
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(directory),
                },
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            },
        )


def quality_context(home: Path | None) -> QualityContext:
    key = str(home)
    if key not in _contexts:
        _contexts[key] = QualityContext(home)
    return _contexts[key]
