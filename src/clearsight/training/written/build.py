"""Fill the written frames with fictional names and yield rows in the prepared-corpus shape."""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping
from typing import Literal

from clearsight.evaluation.functional.obfuscate import OBFUSCATIONS
from clearsight.training.written.entities import GROUPS, IDENTITIES, LANGS, PEOPLE, TOWNS
from clearsight.training.written.frames_ar import AR, AR_MORE
from clearsight.training.written.frames_ar_calls import CALLS as AR_CALLS
from clearsight.training.written.frames_ar_extra import EXTRA as AR_EXTRA
from clearsight.training.written.frames_de import DE, DE_MORE
from clearsight.training.written.frames_de_calls import CALLS as DE_CALLS
from clearsight.training.written.frames_de_extra import EXTRA as DE_EXTRA
from clearsight.training.written.frames_en import EN, EN_MORE
from clearsight.training.written.frames_en_calls import CALLS as EN_CALLS
from clearsight.training.written.frames_en_extra import EXTRA as EN_EXTRA
from clearsight.training.written.frames_fr import FR, FR_MORE
from clearsight.training.written.frames_fr_calls import CALLS as FR_CALLS
from clearsight.training.written.frames_fr_extra import EXTRA as FR_EXTRA
from clearsight.training.written.frames_ru import RU, RU_MORE
from clearsight.training.written.frames_ru_calls import CALLS as RU_CALLS
from clearsight.training.written.frames_ru_extra import EXTRA as RU_EXTRA
from clearsight.training.written.hate.build import hate_examples
from clearsight.training.written.row import WrittenRow
from clearsight.training.written.wrappers import wrap

SOURCE = "clearsight-written"


def _merge(
    first: Mapping[str, tuple[str, ...]], *more: Mapping[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    categories = dict.fromkeys([*first, *(cat for m in more for cat in m)])
    return {cat: tuple(f for m in (first, *more) for f in m.get(cat, ())) for cat in categories}


FRAMES: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "en": _merge(EN, EN_MORE, EN_EXTRA, EN_CALLS),
    "ru": _merge(RU, RU_MORE, RU_EXTRA, RU_CALLS),
    "fr": _merge(FR, FR_MORE, FR_EXTRA, FR_CALLS),
    "de": _merge(DE, DE_MORE, DE_EXTRA, DE_CALLS),
    "ar": _merge(AR, AR_MORE, AR_EXTRA, AR_CALLS),
}
Kind = Literal["group", "identity", "person"]
VE, HATE, OFF, CS = "violent_extremist", "hate", "offensive", "counter_speech"

# category -> (filler kind, positive labels); pairs on one topic sit next to each other
CATEGORIES: Mapping[str, tuple[Kind, tuple[str, ...]]] = {
    "glorification": ("group", (VE,)),
    "condemnation": ("group", (CS,)),
    "recruitment": ("group", (VE,)),
    "recruitment_analysis": ("group", ()),
    "threat": ("group", (VE,)),
    "hyperbole": ("group", ()),
    "slogan": ("group", (VE,)),
    "slogan_quote": ("group", ()),
    "support": ("group", (VE,)),
    "negated_support": ("group", ()),
    "counter_speech": ("group", (CS,)),
    "news": ("group", ()),
    "incitement": ("group", (VE,)),
    "incitement_report": ("group", ()),
    "defiant_support": ("group", (VE,)),
    "identity_neutral": ("identity", ()),
    "hate": ("identity", (HATE,)),
    "hate_counter": ("identity", (CS,)),
    "offensive": ("person", (OFF,)),
    "hyperbole_person": ("person", ()),
}
OBFUSCATE_SHARE = 0.2


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fillers(kind: Kind, lang: str) -> Iterator[dict[str, str]]:
    """Every filler combination of one kind: each group/person with every town, or each
    identity with two towns."""
    towns = TOWNS[lang]
    if kind == "group":
        for group in GROUPS:
            name, slogan = group[lang]
            yield from ({"g": name, "s": slogan, "t": t} for t in towns)
    elif kind == "person":
        yield from ({"p": p, "t": t} for p in PEOPLE[lang] for t in towns)
    else:
        for k, ident in enumerate(IDENTITIES[lang]):
            yield from ({"i": ident, "t": towns[(k + d) % len(towns)]} for d in (0, 3))


def _texts(category: str, lang: str) -> Iterator[tuple[int, str]]:
    """(frame number, text): distinct filled texts of one category in one language, in a
    fixed order."""
    kind, _ = CATEGORIES[category]
    seen: set[str] = set()
    for frame_no, frame in enumerate(FRAMES[lang].get(category, ())):
        for values in _fillers(kind, lang):
            text = _cap(frame.format(**values))
            if text not in seen:
                seen.add(text)
                yield frame_no, text


def _row(rid: str, text: str, labels: tuple[str, ...], lang: str, category: str) -> WrittenRow:
    return {
        "id": rid,
        "text": text,
        "labels": list(labels) or ["benign"],
        "target_group": None,
        "lang": lang,
        "source": SOURCE,
        "orig_label": category,
    }


def examples(seed: int = 7) -> Iterator[WrittenRow]:
    """Yield every written row; ``seed`` picks the neutral openers and closers and which rows
    also get an obfuscated copy (rows of every category alike, so obfuscation alone carries no
    label).

    Ids read ``<source>:<lang>-<category>-f<frame>-<n>``: the frame tag keeps a frame's
    fillings, and its translations, in one split (:func:`clearsight.training.data.group_key`).
    """
    rng = random.Random(seed)
    names = sorted(OBFUSCATIONS)
    for lang in LANGS:
        for category, (_, labels) in CATEGORIES.items():
            for n, (frame_no, plain) in enumerate(_texts(category, lang)):
                rid = f"{SOURCE}:{lang}-{category}-f{frame_no:02d}-{n:04d}"
                text = wrap(plain, lang, rng)
                yield _row(rid, text, labels, lang, category)
                if rng.random() < OBFUSCATE_SHARE:
                    name = rng.choice(names)
                    twisted = OBFUSCATIONS[name](text, rng)
                    if twisted != text:
                        yield _row(f"{rid}-{name}", twisted, labels, lang, category)
    yield from hate_examples(seed, SOURCE, OBFUSCATE_SHARE)
