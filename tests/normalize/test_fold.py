"""The matching key: obfuscations fold together, offsets map back, numbers and scripts survive."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from clearsight.normalize.fold import LEET, SEP, Folded, char_key, fold, fold_batch


def key(text: str) -> str:
    return fold(text).key


VARIANTS = [
    "peace garden",
    "PEACE Garden",
    "pеаcе gаrdеn",  # Cyrillic е and а
    "pеасе gаrdеn",  # Cyrillic е, а, с
    "ρeace garden",  # Greek rho
    "pеасе gаrdеn",
    "ｐｅａｃｅ ｇａｒｄｅｎ",  # fullwidth
    "𝐩𝐞𝐚𝐜𝐞 𝐠𝐚𝐫𝐝𝐞𝐧",  # mathematical bold
    "𝓅𝑒𝒶𝒸𝑒 𝑔𝒶𝓇𝒹𝑒𝓃",  # mathematical script and italic
    "pea\u200bce gar\u200ddén",  # zero-width space and joiner, accent
    "pea\u00adce gar\ufeffden",  # soft hyphen, BOM
    "p e a c e garden",  # spaced out
    "p.e.a.c.e g-a-r-d-e-n",  # dotted, dashed
    "p_e_a_c_e, garden!!!",
    "peeeace gaaarden",  # repeated letters
    "pe4ce g4rd3n",  # leet inside words
    "p3@ce   garden",
]


@pytest.mark.parametrize("variant", VARIANTS)
def test_obfuscated_variants_fold_to_one_key(variant: str) -> None:
    assert key(variant) == "peace garden"


LEET_CASES = [
    ("k1ll", "kill"),
    ("kiII", "kill"),  # capital I for l
    ("KILL", "kill"),
    ("k|ll", "kill"),
    ("k!ll", "kill"),
    ("kіll", "kill"),  # Cyrillic і
    ("kiiiilll", "kill"),
    ("kil1", "kill"),  # a 1 at the end of a word
    ("1diot", "idiot"),
    ("cla$$ic", "classic"),
    ("s+op", "stop"),
    ("v0lunt33r", "volunteer"),
    ("b00k", "book"),
    ("h4x0r", "haxor"),
    ("k 1 l l", "kill"),
]


@pytest.mark.parametrize(("variant", "plain"), LEET_CASES)
def test_leet_and_the_i_class(variant: str, plain: str) -> None:
    assert key(variant) == key(plain)


def test_the_i_class_is_written_i() -> None:
    assert key("ill lil Iil 1il k|l") == "iii iii iii iii kii"
    assert key("|il") == "ii"  # a bar at the edge of a word is punctuation
    assert key("still") == "stiii"


NUMBER_CASES = [
    ("2024", "2024"),
    ("100 people", "100 peopie"),
    ("in 1990, 2000 and 1000000", "in 1990 2000 and 1000000"),
    ("covid19", "covid19"),
    ("route 66", "route 66"),
    ("4ttack", "4ttack"),  # a digit at the start of a word stays
    ("kill!", "kiii"),  # trailing punctuation is not a letter
    ("a + b", "a b"),
    ("me@home", "meahome"),
    ("٢٠٢٤ ۱۴۰۳", "2024 1403"),  # Arabic-Indic and Persian digits
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_CASES)
def test_numbers_and_punctuation(text: str, expected: str) -> None:
    assert key(text) == expected


def test_spaced_out_needs_three_single_characters() -> None:
    assert key("s p a c e d out") == "spaced out"
    assert key("a b test") == "a b test"
    assert key("s  p  a") == "s p a"  # not single separators
    assert key("s, p, a") == "s p a"


def test_separators_collapse_to_single_spaces() -> None:
    assert key("  Hello,\n\tworld...  (again)  ") == "heiio worid again"
    assert key("") == ""
    assert key(" \u200b ") == ""
    assert key("!!!") == ""


def test_cyrillic_keeps_its_own_letters() -> None:
    own = "бджзилпфцчшщъыэюя"
    folded = key(own)
    assert len(folded) == len(own)
    assert len(set(folded)) == len(own)
    assert not set(folded) & set("abcdefghijklmnopqrstuvwxyz")
    for letter in "джцчшщъыэюяб":
        assert letter in folded


def test_cyrillic_lookalikes_fold_to_latin() -> None:
    assert key("аерсухкмнтоі") == "aepcyxkmhtoi"
    assert key("дружба") == key("ДРУЖБА")
    assert "д" in key("дружба") and "ж" in key("дружба") and "б" in key("дружба")


def test_arabic_keeps_its_letters_and_drops_marks() -> None:
    plain = "سلام عليكم"
    assert key("سَلَامٌ عَلَيْكُم") == key(plain)  # harakat
    assert key("سـلام عليـــكم") == key(plain)  # tatweel
    assert key("سلام علیکم") == key(plain)  # Persian yeh and keheh
    folded = key(plain)
    for letter in "سلامعكم":
        assert letter in folded
    assert not set(folded) & set("abcdefghijklmnopqrstuvwxyz")


def test_greek_folds_case_accents_and_final_sigma() -> None:
    assert key("Αθήνα λόγος") == key("αθηνα λογοσ")
    assert "θ" in key("Αθήνα")


def test_offsets_map_back_into_the_text() -> None:
    text = "Fr\u200bee  𝐜00kies — v o l u n t e e r s!!"
    folded = fold(text)
    assert folded.key == "free cookies voiunteers"
    assert_produced(text, folded)
    start = folded.key.index("cookies")
    end = start + len("cookies")
    span = text[folded.offsets[start] : folded.offsets[end - 1] + 1]
    assert span == "𝐜00kies"


def produced(source: str, out: str) -> bool:
    """Could ``source`` have produced key character ``out``?"""
    mapped = char_key(source)
    if out == " ":
        return any(not c.isalnum() for c in mapped)
    return out in mapped or out in mapped.translate(LEET)


def assert_produced(text: str, folded: Folded) -> None:
    assert len(folded.offsets) == len(folded.key)
    for out, offset in zip(folded.key, folded.offsets, strict=True):
        assert 0 <= offset < len(text)
        assert produced(text[offset], out), (out, text[offset])
    assert list(folded.offsets) == sorted(folded.offsets)


TRICKY = "aeiklos AIL 0134!|@$+ .-_,\n\u200b\u00ad\u0301ßﬁ½аеіο٢ـ𝐤ｋ"


@given(st.one_of(st.text(max_size=200), st.text(alphabet=TRICKY, max_size=80)))
def test_offsets_are_valid_and_monotonic_for_any_text(text: str) -> None:
    folded = fold(text)
    assert_produced(text, folded)
    assert "  " not in folded.key
    assert folded.key == folded.key.strip()


WORD_CHARS = "abcdeiklnorstuyAEIKLOT013457@$!|+аеорсіαοｋ"


@given(
    st.lists(
        st.text(alphabet=WORD_CHARS, min_size=2, max_size=8),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from([" ", ", ", " - ", "\n"]),
)
def test_fold_is_idempotent_when_no_single_letter_words_are_left(
    words: list[str], separator: str
) -> None:
    once = key(separator.join(words))
    assume(all(len(word) > 1 for word in once.split()))
    assert key(once) == once


def test_deterministic_and_stable_across_calls() -> None:
    text = "Ki\u200bII th3 ｂａｋｅ s a l e"
    assert fold(text) == fold(text)
    assert key(text) == "kiii th3 bake saie"  # a trailing 3 stays a digit


MEGABYTE_TEXTS = [
    "ab1 c.d Зима 2024, " * 55_000,
    "a" + "1" * 1_000_000 + "b",
    "a " * 500_000,
    "x" * 1_000_000,
    "k\u200bi" * 500_000,
    "1." * 500_000,
]


@pytest.mark.parametrize("text", MEGABYTE_TEXTS)
def test_one_megabyte_folds_in_one_pass(text: str) -> None:
    folded = fold(text)  # a quadratic step would not finish
    assert len(folded.key) == len(folded.offsets) <= len(text)
    assert fold_batch([text, "k1ll"])[0] == folded


OTHER_TEXTS = [
    "ill lil Iil 1il k|l",
    "|il",
    "still",
    "s p a c e d out",
    "a b test",
    "s  p  a",
    "s, p, a",
    "  Hello,\n\tworld...  (again)  ",
    "",
    " \u200b ",
    "!!!",
    "бджзилпфцчшщъыэюя",
    "аерсухкмнтоі ДРУЖБА",
    "سَلَامٌ عَلَيْكُم سـلام عليـــكم سلام علیکم",
    "Αθήνα λόγος",
    "Fr\u200bee  𝐜00kies — v o l u n t e e r s!!",
    "Ki\u200bII th3 ｂａｋｅ s a l e",
    TRICKY,
    SEP + "a" + SEP + "b\x1fc\x1ed",  # the batch separator inside a text is just a control
]


def test_batch_fold_equals_fold_on_every_case() -> None:
    texts = [
        *VARIANTS,
        *(t for pair in LEET_CASES for t in pair),
        *(text for text, _ in NUMBER_CASES),
        *OTHER_TEXTS,
    ]
    batch = fold_batch(texts)
    assert len(batch) == len(texts)
    assert [batch[i] for i in range(len(texts))] == [fold(t) for t in texts]
    assert fold_batch([]).keys == []


MIXED = (
    "abcdeiklnorstuyAEIKLOT 0123456789 @$!|+ .-_ ,;:?'\"\n\t\u200b\u200d\u00ad\ufeff\u0301"
    "ß…½ﬁ²ⅫİıΙιаеорсіӏǀ٢ـسلامﻻ𝐤ｋ🙂👍🏽\x00\x1d\x1f"
)


@given(st.lists(st.one_of(st.text(max_size=40), st.text(alphabet=MIXED, max_size=60)), max_size=6))
def test_batch_fold_equals_fold_for_any_texts(texts: list[str]) -> None:
    batch = fold_batch(texts)
    for i, text in enumerate(texts):
        folded = fold(text)
        assert batch.keys[i] == folded.key
        start = int(batch.starts[i])
        assert batch.offsets[start : start + len(folded.key)].tolist() == list(folded.offsets)
