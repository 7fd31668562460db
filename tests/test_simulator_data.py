"""The simulator's data files agree with the warehouse's VK list and postcode rule."""

from __future__ import annotations

from pipelines.contract.codes import VKS
from pipelines.provinces import province_of
from simulator.data_files import read_csv, read_yaml
from simulator.names import ORIGINS


def test_municipalities_lie_in_their_vks_province() -> None:
    rows = read_csv("places/municipalities.csv")
    assert {row["vk"] for row in rows} == set(VKS)
    wrong = [
        (row["vk"], row["postcode"]) for row in rows if province_of(row["postcode"]) != row["vk"]
    ]
    assert not wrong


def test_every_table_per_vk_has_exactly_the_pipelines_vks() -> None:
    for path in ("phones/landline_zones.csv", "origins/mix_per_vk.csv"):
        assert {row["vk"] for row in read_csv(path)} == set(VKS), path
    for section, per_vk in read_yaml("reporters/organisations_per_vk.yaml").items():
        assert set(per_vk) == set(VKS), section


def test_origin_mixes_use_known_origins() -> None:
    assert {row["origin"] for row in read_csv("origins/mix_per_vk.csv")} <= set(ORIGINS)


def test_both_languages_have_the_same_kinds_of_sentences() -> None:
    nl = read_yaml("notes/templates_nl.yaml")
    fr = read_yaml("notes/templates_fr.yaml")
    assert set(nl) == set(fr)
    assert all(nl[kind] and fr[kind] for kind in nl)
