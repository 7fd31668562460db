"""Secondary suppression and its attacker on small consistent figures (no pipeline)."""

from __future__ import annotations

import copy
import json

import pytest

from tests.conftest import vkw
from tests.disclosure_world import small_world
from warehouse.disclosure.attacker import attack
from warehouse.disclosure.audit import audit_publication
from warehouse.disclosure.publication import build_publication
from warehouse.disclosure.publish import apply_disclosure
from warehouse.disclosure.rule import DisclosureRule
from warehouse.disclosure.suppression import primary_cells

SEEDS = (1, 2, 3)


def _holds(value: float, lower: float, upper: float) -> bool:
    return lower - 1e-6 <= value <= upper + 1e-6


@pytest.mark.parametrize("seed", SEEDS)
def test_true_counts_satisfy_every_relation(seed: int) -> None:
    publication = build_publication(small_world(seed))
    assert publication.relations
    for relation in publication.relations:
        total = sum(
            coefficient * publication.cells[path].value
            for path, coefficient in relation.coefficients.items()
        )
        assert _holds(total, relation.lower, relation.upper), relation


@pytest.mark.parametrize("seed", SEEDS)
def test_blanking_small_counts_only_lets_the_attacker_recompute_them(seed: int) -> None:
    figures = small_world(seed)
    truth = build_publication(figures)
    rule = DisclosureRule(threshold=5)
    primary = primary_cells(truth, rule)
    intervals = attack(truth, sorted(primary), rule.floor, suppressed=primary)
    assert any(interval.exact for interval in intervals.values())
    assert all(
        _holds(truth.cells[path].value, interval.lower, interval.upper)
        for path, interval in intervals.items()
    )


RULES = {
    "threshold-5": DisclosureRule(5),
    "threshold-10": DisclosureRule(10),
    "zeros-suppressed": DisclosureRule(5, publish_zeros=False),
}
# Every rule on the first world in the fast tier; the other worlds with the slow tests
# (threshold 10 takes seconds per world).
CASES = [
    pytest.param(seed, rule, id=f"{name}-{seed}", marks=() if seed == 1 else pytest.mark.slow)
    for name, rule in RULES.items()
    for seed in SEEDS
]


@pytest.mark.parametrize(("seed", "rule"), CASES)
def test_public_edition_protects_every_blank(seed: int, rule: DisclosureRule) -> None:
    figures = small_world(seed)
    published = apply_disclosure(figures, rule)
    truth = build_publication(figures)
    blanks = set(build_publication(published).suppressed())
    withheld = {tuple(entry["table"]) for entry in published["disclosure"]["withheld"]}
    for path in primary_cells(truth, rule):
        assert path in blanks or truth.cells[path].table in withheld, path
    audited_rule, audited = audit_publication(published, figures)
    assert audited_rule.margin == rule.margin and audited_rule.floor == rule.floor
    assert audited, "these small worlds always have small cells"
    for cell in audited:
        assert not cell.interval.exact, cell
        assert cell.protected, cell
        assert cell.holds_truth, cell
    headline_blanks = [p for p in blanks if truth.cells[p].headline]
    assert all(truth.cells[p].value < rule.threshold for p in headline_blanks)
    assert published["disclosure"]["primary_suppressions"] > 0


def test_a_rate_is_suppressed_with_its_count() -> None:
    figures = small_world(4, rare_vk="WVL")
    published = apply_disclosure(figures, DisclosureRule(10))
    rates = published["gemelde_minderjarigen_per_10000"]
    assert any(count is None for count in rates["gemelde_minderjarigen"].values())
    for vk, count in rates["gemelde_minderjarigen"].items():
        assert (count is None) == (rates["per_vk"][vk] is None), vk
        assert (count is None) == (rates["interval_95_per_vk"][vk] is None), vk


def test_a_published_rate_still_bounds_a_blank_count() -> None:
    figures = small_world(4, rare_vk="WVL")
    published = apply_disclosure(figures, DisclosureRule(10))
    leaky = copy.deepcopy(published)
    rates = leaky["gemelde_minderjarigen_per_10000"]
    vk = next(vk for vk, count in rates["gemelde_minderjarigen"].items() if count is None)
    rates["per_vk"][vk] = figures["gemelde_minderjarigen_per_10000"]["per_vk"][vk]
    path = ("gemelde_minderjarigen_per_10000", "gemelde_minderjarigen", vk)
    plain = attack(build_publication(published), [path], 1)[path]
    with_rate = attack(build_publication(leaky), [path], 1)[path]
    assert with_rate.upper - with_rate.lower < plain.upper - plain.lower


def test_audit_command_names_a_recoverable_cell_and_fails(tmp_path) -> None:
    figures = small_world(1)
    published = apply_disclosure(figures, DisclosureRule(5))
    doctored = copy.deepcopy(published)
    # Publish again every complementary cell of one table: its blanks become recomputable.
    truth = build_publication(figures)
    for path in build_publication(published).suppressed():
        if truth.cells[path].value >= 5 and path[0] == "kinderen_per_leeftijd_per_vk":
            doctored[path[0]][path[1]][path[2]] = truth.cells[path].value
    file = tmp_path / "public.json"
    file.write_text(json.dumps(doctored))
    result = vkw(tmp_path, "disclosure", "audit", str(file))
    assert result.exit_code == 1, result.output
    assert "RECOVERED" in result.stdout or "NARROWED" in result.stdout
    file.write_text(json.dumps(published))
    result = vkw(tmp_path, "disclosure", "audit", str(file))
    assert result.exit_code == 0, result.output
    assert "RECOVERED" not in result.stdout and "NARROWED" not in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"year": 2024,\n "x": }', "line 2, column 7: not JSON"),
        ('{"year": 2024}', "no disclosure block"),
    ],
)
def test_audit_command_refuses_a_bad_file_in_one_line(tmp_path, content, message) -> None:
    file = tmp_path / "bad.json"
    file.write_text(content)
    result = vkw(tmp_path, "disclosure", "audit", str(file))
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
