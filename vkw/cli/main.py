"""`vkw`: the one command line of the warehouse (see docs/cli-contract.md in shared)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from core.privacy import quiet_libraries
from vkw.commands.bench import bench
from vkw.commands.disclosure import disclosure_app
from vkw.commands.dsr import dsr_app
from vkw.commands.keys import keys_app
from vkw.commands.population import population_app
from vkw.commands.pull import pull
from vkw.commands.quarantine import quarantine_app
from vkw.commands.research import research_app
from vkw.commands.retention import retention_app

if TYPE_CHECKING:
    from core.config import Settings

quiet_libraries()

app = typer.Typer(
    name="vkw",
    help="GDPR-first data warehouse of the Vertrouwenscentra Kindermishandeling.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals may hold personal data
)


def say(message: str) -> None:
    """Progress and summaries go to stderr; stdout carries only a command's result."""
    typer.echo(message, err=True)


def _years(text: str) -> list[int]:
    first, _, last = text.partition("-")
    try:
        low, high = int(first), int(last or first)
    except ValueError as error:
        raise typer.BadParameter("use YYYY or YYYY-YYYY") from error
    if low > high:
        raise typer.BadParameter("the first year is after the last")
    return list(range(low, high + 1))


@app.command()
def generate(
    years: Annotated[str, typer.Option(help="Years to simulate, YYYY-YYYY.")] = "2018-2024",
    seed: Annotated[int, typer.Option(help="Random seed of the simulated sources.")] = 1,
    scale: Annotated[float, typer.Option(help="Multiply all volumes (benchmarks).")] = 1.0,
) -> None:
    """The six simulated VK source systems write their monthly drops and registries."""
    from core.config import settings
    from core.keys import load_or_create_key
    from simulator.population import write_population_files
    from simulator.sources import generate as generate_drops

    if scale <= 0:
        raise typer.BadParameter("scale must be positive", param_hint="--scale")
    config = settings()
    started = time.perf_counter()
    summary = generate_drops(
        config.landing,
        config.sources,
        load_or_create_key(config.network_key_file),
        _years(years),
        seed=seed,
        scale=scale,
    )
    say(
        f"generated {summary.drops} drops ({summary.reports} reports, {summary.child_rows} child "
        f"rows, {summary.investigations} MaNo investigations) for {years} in "
        f"{time.perf_counter() - started:.1f} s into {config.landing}"
    )
    for note in summary.notes:
        say(f"note: {note}")
    statbel = config.sources / "statbel"
    files = write_population_files(statbel)
    say(f"wrote {len(files)} simulated Statbel population files into {statbel}")


@app.command()
def run(
    vk: Annotated[list[str] | None, typer.Option(help="Only this VK (repeatable).")] = None,
    period: Annotated[
        list[str] | None, typer.Option(help="Only this YYYY-MM (repeatable).")
    ] = None,
    full_refresh: Annotated[bool, typer.Option(help="Reload every selected drop.")] = False,
) -> None:
    """Run the Dagster job in-process over every complete drop (or the selected ones)."""
    from core.config import settings
    from orchestration.runner import run_load
    from vkw.arguments import check_periods, check_selection_delivered, check_vks
    from vkw.commands.pull import pull_inbox_before_run

    check_vks("run", vk)
    check_periods("run", period)
    pulled = pull_inbox_before_run(vk or None)
    check_selection_delivered("run", settings().archive, vk, period)
    outcome = run_load(vks=vk or None, periods=period or None, full_refresh=full_refresh)
    if outcome.stopped_by is not None:
        say(outcome.stop_line())
        raise typer.Exit(outcome.exit_code)
    say(outcome.summary())
    for line in outcome.rejection_lines():
        typer.echo(line, err=True)
    if outcome.data_docs is not None:
        say(f"Data Docs (results without values): {outcome.data_docs}")
    # A delivery the inbox's pull refused is rejected as a drop of a local archive would be.
    raise typer.Exit(outcome.exit_code or (0 if pulled else 1))


# The public edition's options, shared by `vkw figures` and `vkw report`.
DisclosureOption = Annotated[str, typer.Option(help="none or public.")]
ThresholdOption = Annotated[
    int, typer.Option(help="Public edition: counts below this are suppressed.")
]
ProtectionOption = Annotated[
    int | None,
    typer.Option(help="Public edition: least range of a blank cell (default: threshold)."),
]
ZerosOption = Annotated[str, typer.Option(help="Public edition: published or suppressed.")]


def _check_edition(threshold: int, protection: int | None, zeros: str) -> None:
    if threshold < 1:
        raise typer.BadParameter("a count of at least 1", param_hint="--threshold")
    if protection is not None and protection < 1:
        raise typer.BadParameter("a count of at least 1", param_hint="--protection")
    if zeros not in ("published", "suppressed"):
        raise typer.BadParameter("published or suppressed", param_hint="--zeros")


@app.command()
def figures(
    year: Annotated[int | None, typer.Option(help="Report year.")] = None,
    format: Annotated[str, typer.Option("--format", help="json, markdown or csv.")] = "json",
    disclosure: DisclosureOption = "none",
    threshold: ThresholdOption = 5,
    protection: ProtectionOption = None,
    zeros: ZerosOption = "published",
    population_year: Annotated[
        int | None,
        typer.Option(help="Divide by the population of 1 January of this year (default: the "
                     "figures' own year; a year without population gets no rate)."),
    ] = None,
    rolling: Annotated[
        str | None,
        typer.Option(help="YYYY-MM: the rates over the twelve months ending with this month "
                     "(instead of --year)."),
    ] = None,
) -> None:
    """The annual figures, computed from the warehouse as it is now."""
    from vkw.commands.figures import figures_text, rolling_text
    from warehouse.coverage import NoDataForYear
    from warehouse.prevalence.population_choice import UnknownPopulationYear
    from warehouse.prevalence.rolling import BadMonth

    if (year is None) == (rolling is None):
        raise typer.BadParameter(
            "give either --year YYYY or --rolling YYYY-MM", param_hint="--year"
        )
    if format not in ("json", "markdown", "csv"):
        raise typer.BadParameter("json, markdown or csv", param_hint="--format")
    if disclosure not in ("none", "public"):
        raise typer.BadParameter("none or public", param_hint="--disclosure")
    if rolling is not None and disclosure == "public":
        raise typer.BadParameter(
            "the rolling rates have no public edition (only the annual tables are audited)",
            param_hint="--disclosure",
        )
    _check_edition(threshold, protection, zeros)
    try:
        if rolling is not None:
            text = rolling_text(rolling, format, population_year)
        else:
            text = figures_text(
                year, format, disclosure, threshold, protection, zeros, population_year
            )
    except (UnknownPopulationYear, BadMonth) as error:
        say(f"vkw figures: {error}")
        raise typer.Exit(2) from None
    except NoDataForYear as error:
        say(f"vkw figures: {error}")
        raise typer.Exit(3) from None
    typer.echo(text)


@app.command()
def report(
    year: Annotated[int, typer.Option(help="Report year.")],
    out: Annotated[Path, typer.Option(help="The HTML file to write (self-contained, offline).")],
    disclosure: DisclosureOption = "none",
    threshold: ThresholdOption = 5,
    protection: ProtectionOption = None,
    zeros: ZerosOption = "published",
    population_year: Annotated[
        int | None,
        typer.Option(help="Divide the year's rates by the population of this year."),
    ] = None,
    pdf: Annotated[
        bool, typer.Option("--pdf", help="Also print it to PDF (same name, .pdf) in Chromium.")
    ] = False,
) -> None:
    """The prevalence report: trends, rates with intervals, reconciliation, coverage."""
    from vkw.commands.report import report_text
    from warehouse.coverage import NoDataForYear
    from warehouse.prevalence.population_choice import UnknownPopulationYear
    from warehouse.report.browser import BrowserMissing

    if disclosure not in ("none", "public"):
        raise typer.BadParameter("none or public", param_hint="--disclosure")
    _check_edition(threshold, protection, zeros)
    if not out.parent.is_dir():
        raise typer.BadParameter(f"folder {out.parent} does not exist", param_hint="--out")
    try:
        text = report_text(
            year, out, population_year, disclosure == "public", threshold, protection, zeros, pdf
        )
    except UnknownPopulationYear as error:
        say(f"vkw report: {error}")
        raise typer.Exit(2) from None
    except NoDataForYear as error:
        say(f"vkw report: {error}")
        raise typer.Exit(3) from None
    except BrowserMissing as error:
        say(f"vkw report: {error}")
        raise typer.Exit(1) from None
    typer.echo(text)


@app.command("dpo-report")
def dpo_report(
    out: Annotated[Path, typer.Option(help="The HTML file to write (self-contained, offline).")],
) -> None:
    """The DPO's overview: VK-months, runs, quarantine, findings, requests, retention, art. 30."""
    from vkw.commands.dpo_report import dpo_report_text

    if not out.parent.is_dir():
        raise typer.BadParameter(f"folder {out.parent} does not exist", param_hint="--out")
    typer.echo(dpo_report_text(out))


@app.command()
def scrub(
    processes: Annotated[int, typer.Option(help="Worker processes.")] = 2,
    recognizers: Annotated[
        bool,
        typer.Option(
            "--recognizers",
            help="Print the recognizers (recognizers.yaml): name, entity, enabled, score, "
            "patterns; read no input.",
        ),
    ] = False,
) -> None:
    """Scrub JSON lines {"id", "text"} from stdin; write {"id", "text", "entities"}."""
    from vkw.commands.scrub import recognizer_lines, scrub_lines

    try:
        if recognizers:
            for line in recognizer_lines():
                typer.echo(line)
            return
        for line in scrub_lines(sys.stdin, processes):
            typer.echo(line)
    except ValueError as error:
        say(f"vkw scrub: {error}")
        raise typer.Exit(2) from None


app.add_typer(keys_app, name="keys")
app.add_typer(dsr_app, name="dsr", no_args_is_help=True)
app.add_typer(quarantine_app, name="quarantine", no_args_is_help=True)
app.add_typer(disclosure_app, name="disclosure", no_args_is_help=True)
app.add_typer(research_app, name="research", no_args_is_help=True)
app.add_typer(population_app, name="population", no_args_is_help=True)
app.add_typer(retention_app, name="retention", no_args_is_help=True)
db_app = typer.Typer(help="Database administration (PostgreSQL).", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command()
def roles(
    login: Annotated[
        str | None, typer.Option(help="Also a researcher's login role of this name.")
    ] = None,
    password_file: Annotated[
        Path | None, typer.Option(help="The login's password, in a file of mode 0600.")
    ] = None,
) -> None:
    """The warehouse's roles: the researcher (SELECT on the research release), the data
    coordinator (loads) and the DPO (review, data-subject records); idempotent."""
    from vkw.commands.db_roles import roles_text
    from warehouse.roles import RoleError

    try:
        typer.echo(roles_text(login, password_file))
    except RoleError as error:
        say(f"vkw db roles: {error}")
        raise typer.Exit(2) from None


app.command()(bench)
app.command()(pull)


@app.command()
def ui(
    port: Annotated[int, typer.Option(help="Port of the web UI.")] = 3000,
    host: Annotated[
        str, typer.Option(help="Address to listen on (this machine only by default).")
    ] = "127.0.0.1",
) -> None:
    """Dagster's UI and daemon on this home: what arrived and loaded per VK-month, checks,
    runs; re-run a month, backfill months. The sensor and schedules run while it does."""
    import os

    from core.config import settings
    from orchestration.instance import write_dagster_yaml

    config = settings()
    write_dagster_yaml(config.dagster_home)
    env = {**os.environ, "VKW_HOME": str(config.home), "DAGSTER_HOME": str(config.dagster_home)}
    command = [sys.executable, "-m", "dagster", "dev", "-m", "orchestration.definitions"]
    say(f"Dagster UI on http://{host}:{port} (Ctrl-C stops it and the daemon)")
    os.execvpe(sys.executable, [*command, "-h", host, "-p", str(port)], env)


@app.command()
def demo(
    seed: Annotated[int, typer.Option(help="Random seed of the simulated sources.")] = 1,
) -> None:
    """Generate 2018-2024, run the pipeline, load the simulated population files, print the
    2024 figures as markdown."""
    from core.config import settings

    config = settings()
    started = time.perf_counter()
    delivered = _already_delivered(config)
    if delivered is None:
        generate(years="2018-2024", seed=seed, scale=1.0)
    else:
        say(f"{delivered} already has drops: not generating again")
    generated = time.perf_counter()
    # `run` first pulls what waits in the landing zone into an archive elsewhere (S3): the
    # generated drops are archived and loaded as with the landing zone as the archive.
    try:
        run(vk=None, period=None, full_refresh=False)
    except typer.Exit as exit_:
        if exit_.exit_code:
            raise
    load_population_files(config.sources / "statbel")
    loaded = time.perf_counter()
    # The simulated drops run to 2024, the seed's population to 2023: the demo names the
    # newest population year rather than printing no rates (the output says it was chosen).
    population_year = newest_population_year(2024)
    figures(year=2024, format="markdown", disclosure="none", population_year=population_year)
    report(year=2024, out=config.home / "report-2024.html", population_year=population_year)
    say(
        f"demo: generate {generated - started:.1f} s, run {loaded - generated:.1f} s, "
        f"total {time.perf_counter() - started:.1f} s"
    )


def _already_delivered(config: Settings) -> str | None:
    """Where drops are already: the landing zone, or the archive when it is elsewhere (an
    S3 archive's inbox is emptied by the pull); None: nowhere, the demo generates them."""
    from core.archive import display_url
    from pipelines.sources.config import landing_is_archive

    if config.landing.is_dir() and any(config.landing.glob("*/*")):
        return f"landing zone {config.landing}"
    archive = config.archive
    elsewhere = not landing_is_archive(config.landing, archive) and archive.is_dir()
    if elsewhere and any(archive.iterdir()):
        return f"archive {display_url(archive)}"
    return None


def newest_population_year(year: int) -> int | None:
    from vkw.commands.engine import warehouse_engine
    from warehouse.population.queries import population_years

    with warehouse_engine().connect() as connection:
        return max((y for y in population_years(connection) if y <= year), default=None)


def load_population_files(directory: Path) -> None:
    """The simulated Statbel files, so the demo has population by age and sex."""
    from vkw.commands.population import PopulationInputError, load_directory

    try:
        lines = load_directory(directory)
    except PopulationInputError as error:
        say(str(error))
        raise typer.Exit(2) from None
    for line in lines:
        say(line)
    if not lines:
        say(f"no population files in {directory}: rates use the shipped seed")


def main() -> int:  # the console entry point (pyproject.toml)
    from vkw.errors import run_with_plain_errors

    return run_with_plain_errors(lambda: app(prog_name="vkw"))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
