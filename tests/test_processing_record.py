"""The record of processing activities (GDPR art. 30) covers every asset and every store:
a new table, store or asset without its purpose, legal basis, categories, recipients and
retention fails here."""

from __future__ import annotations

from collections import Counter

import pytest

from orchestration.definitions import defs
from warehouse.models import Base
from warehouse.processing import record as processing


def test_every_table_belongs_to_exactly_one_store() -> None:
    listed = Counter(table for store in processing.stores() for table in store.tables)
    tables = set(Base.metadata.tables)
    assert sorted(tables - set(listed)) == [], "tables with no store in record.yaml"
    assert sorted(set(listed) - tables) == [], "record.yaml names tables that do not exist"
    assert [table for table, n in listed.items() if n > 1] == []


def test_every_store_has_every_field() -> None:
    for store in processing.stores():
        missing = [field for field in processing.FIELDS if not store.fields.get(field)]
        assert missing == [], store.name
        assert store.tables or store.files, store.name


def test_every_asset_declares_its_processing_in_its_metadata() -> None:
    specs = list(defs.resolve_all_asset_specs())
    assert specs
    for spec in specs:
        assert processing.missing_fields(dict(spec.metadata)) == [], spec.key


def test_an_incomplete_declaration_is_found() -> None:
    declared = processing.processing_metadata("monthly_load")
    del declared["gdpr/legal_basis"]
    assert processing.missing_fields(declared) == ["legal_basis"]
    assert processing.missing_fields({}) == [processing.ACTIVITY_KEY]
    with pytest.raises(processing.IncompleteRecord):
        processing.processing_metadata("no_such_activity")
