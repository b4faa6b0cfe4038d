"""Banks and matching: provenance without overwrite, thresholds, negative banks, flood
protection, confirm/deconfirm, low quality, text near-duplicates."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
from pathlib import Path

import pytest

from clearsight.config import HashbankSettings, Settings
from clearsight.hashbank.banks import (
    CONFIRMED,
    DECONFIRMED,
    QUARANTINED,
    Bank,
    BankError,
    BankStore,
    NewEntry,
)
from clearsight.hashbank.matching import Matcher
from clearsight.hashbank.service import open_banks
from clearsight.hashbank.signals import FileDigests, ImageHashes
from clearsight.hashbank.text_signals import pack, text_signals


@pytest.fixture
def store(settings: Settings) -> BankStore:
    return open_banks(settings)


def random_pdq(rng: random.Random) -> str:
    return f"{rng.getrandbits(256):064x}"


def flip(value: str, bits: int, rng: random.Random) -> str:
    number = int(value, 16)
    for bit in rng.sample(range(256), bits):
        number ^= 1 << bit
    return f"{number:064x}"


def image(pdq: str, quality: int = 90, data: bytes = b"fictional") -> ImageHashes:
    md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
    digests = FileDigests(md5, hashlib.sha256(data).hexdigest(), len(data))
    return ImageHashes(digests, pdq, quality, (pdq,), 1)


def add(
    store: BankStore, bank: Bank, value: str, label: str = "glorification", **kw: object
) -> int:
    store.add_entries(bank, [NewEntry(value, label, "test list", "curator-a", **kw)])  # type: ignore[arg-type]
    return next(e.id for e in store.entries(bank) if e.value == value)


def pdq_bank(
    store: BankStore, name: str = "posters", *, negative: bool = False, threshold: int | None = None
) -> Bank:
    return store.create_bank(name, "pdq", negative=negative, threshold=threshold, by="t")


def test_reimport_adds_provenance_and_never_replaces(store: BankStore) -> None:
    bank = pdq_bank(store)
    value = random_pdq(random.Random(1))
    first = store.add_entries(bank, [NewEntry(value, "glorification", "list-a.csv", "ana")])
    again = store.add_entries(bank, [NewEntry(value.upper(), "hate", "list-b.csv", "ben")])
    assert (first.added, again.added, again.existing) == (1, 0, 1)
    [entry] = list(store.entries(bank))
    assert entry.label == "glorification"
    rows = store.provenance(entry.id)
    assert [(r["added_by"], r["source"], r["label"]) for r in rows] == [
        ("ana", "list-a.csv", "glorification"),
        ("ben", "list-b.csv", "hate"),
    ]


def test_bad_values_and_unknown_banks_are_user_errors(store: BankStore) -> None:
    bank = pdq_bank(store)
    with pytest.raises(BankError, match="pdq"):
        store.add_entries(bank, [NewEntry("abc", "hate", "x", "y")])
    with pytest.raises(BankError, match="nope"):
        store.bank("nope")
    with pytest.raises(BankError, match="already exists"):
        pdq_bank(store)


def test_pdq_threshold_per_bank(store: BankStore) -> None:
    rng = random.Random(2)
    strict, loose = pdq_bank(store, "strict", threshold=8), pdq_bank(store, "loose")
    value = random_pdq(rng)
    add(store, strict, value)
    add(store, loose, value)
    matcher = Matcher(store, HashbankSettings())
    near = matcher.match_image(image(flip(value, 20, rng)))
    assert [(m.bank, m.distance) for m in near.matches] == [("loose", 20)]
    far = matcher.match_image(image(flip(value, 40, rng)))
    assert far.matches == []


def test_negative_bank_suppresses(store: BankStore) -> None:
    rng = random.Random(3)
    value = random_pdq(rng)
    add(store, pdq_bank(store), value)
    benign = pdq_bank(store, "benign", negative=True)
    add(store, benign, flip(value, 4, rng), label="news_reporting")
    result = Matcher(store, HashbankSettings()).match_image(image(value))
    assert result.matches == []
    assert [m.bank for m in result.suppressed_by] == ["benign"]


def test_low_quality_is_recorded_and_not_matched(store: BankStore) -> None:
    value = random_pdq(random.Random(4))
    add(store, pdq_bank(store), value)
    matcher = Matcher(store, HashbankSettings())
    result = matcher.match_image(image(value, quality=30))
    assert result.matches == [] and "quality 30" in result.skipped[0]
    assert len(matcher.match_image(image(value, quality=80)).matches) == 1


def test_low_quality_entries_do_not_match(store: BankStore) -> None:
    value = random_pdq(random.Random(5))
    add(store, pdq_bank(store), value, quality=10)
    assert Matcher(store, HashbankSettings()).match_image(image(value)).matches == []


def test_flood_quarantines_an_entry_until_confirmed(store: BankStore) -> None:
    bank = pdq_bank(store)
    value = random_pdq(random.Random(6))
    entry_id = add(store, bank, value)
    settings = HashbankSettings(flood_max_items=3)
    matcher = Matcher(store, settings)
    matched = [bool(matcher.match_image(image(value), f"item-{n}").matches) for n in range(5)]
    assert matched == [True, True, True, False, False]
    assert store.entry(bank, entry_id).status == QUARANTINED
    assert "flood" in (store.entry(bank, entry_id).status_note or "")
    store.set_status(bank, entry_id, CONFIRMED, by="curator-b", note="checked")
    assert Matcher(store, settings).match_image(image(value), "item-9").matches


def test_the_same_item_twice_is_not_a_flood(store: BankStore) -> None:
    value = random_pdq(random.Random(7))
    add(store, pdq_bank(store), value)
    matcher = Matcher(store, HashbankSettings(flood_max_items=1))
    assert all(matcher.match_image(image(value), "same").matches for _ in range(3))


def test_deconfirmed_entries_stop_matching(store: BankStore) -> None:
    bank = pdq_bank(store)
    value = random_pdq(random.Random(8))
    entry_id = add(store, bank, value)
    store.set_status(bank, entry_id, DECONFIRMED, by="curator-c", note="a bake-sale flyer")
    assert Matcher(store, HashbankSettings()).match_image(image(value)).matches == []


def test_md5_and_sha256_match_exactly(store: BankStore) -> None:
    data = b"fictional leaflet of the Glorb Lodge"
    item = image(random_pdq(random.Random(9)), data=data)
    md5 = store.create_bank("files-md5", "md5", negative=False, threshold=None, by="t")
    add(store, md5, item.digests.md5)
    [match] = Matcher(store, HashbankSettings()).match_image(item).matches
    assert (match.signal, match.distance, match.exact) == ("md5", 0, True)
    other = image(item.pdq, data=b"another fictional leaflet")
    assert Matcher(store, HashbankSettings()).match_image(other).matches == []


def test_text_exact_and_near_duplicates(store: BankStore) -> None:
    bank = store.create_bank("texts", "text", negative=False, threshold=None, by="t")
    text = "Join the Glorb Lodge of Zorblaxville at the old mill, every Tuesday night."
    sig = text_signals(text)
    add(store, bank, sig.digest, sketch=pack(sig.hashvalues), shingles=pack(sig.shingles))
    matcher = Matcher(store, HashbankSettings())
    exact = matcher.match_text(
        text_signals(
            "JOIN the G l o r b Lodge of Zorblaxville at the old mill, every Tuesday night!"
        )
    )
    assert [(m.signal, m.distance, m.exact) for m in exact.matches] == [("text", 0.0, True)]
    near = matcher.match_text(text_signals(text.replace("Tuesday", "Wednesday")))
    assert near.matches and not near.matches[0].exact and 0 < near.matches[0].distance <= 20
    other = matcher.match_text(
        text_signals("The Wobbleton library opens a reading room on Fridays.")
    )
    assert other.matches == []


def test_persisted_index_is_extended_with_new_entries(store: BankStore, tmp_path: Path) -> None:
    rng = random.Random(10)
    bank = pdq_bank(store)
    first, second = random_pdq(rng), random_pdq(rng)
    add(store, bank, first)
    path = tmp_path / "banks.pdq.index"
    assert Matcher(store, HashbankSettings(), index_path=path).match_image(image(first)).matches
    add(store, bank, second)
    later = Matcher(store, HashbankSettings(), index_path=path)
    assert later.match_image(image(second)).matches
    assert later.match_image(image(first)).matches
    if importlib.util.find_spec("clearsight.hashbank.index.pdq") is not None:
        assert path.is_file()
        saved = json.loads(path.with_name(path.name + ".json").read_text())
        assert saved["last_value"] == second


def test_an_index_of_another_database_is_rebuilt(settings: Settings, tmp_path: Path) -> None:
    rng = random.Random(11)
    path = tmp_path / "shared.pdq.index"
    one = open_banks(settings.model_copy(update={"db": str(tmp_path / "one.db")}))
    value = random_pdq(rng)
    add(one, pdq_bank(one), value)
    assert Matcher(one, HashbankSettings(), index_path=path).match_image(image(value)).matches
    two = open_banks(settings.model_copy(update={"db": str(tmp_path / "two.db")}))
    other = random_pdq(rng)
    add(two, pdq_bank(two), other)
    matcher = Matcher(two, HashbankSettings(), index_path=path)
    assert matcher.match_image(image(value)).matches == []
    assert matcher.match_image(image(other)).matches
