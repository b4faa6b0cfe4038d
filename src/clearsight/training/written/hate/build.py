"""Fill the hate-functionality frames and yield rows in the prepared-corpus shape."""

from __future__ import annotations

import importlib
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Literal

from clearsight.evaluation.functional.obfuscate import OBFUSCATIONS
from clearsight.training.written import entities
from clearsight.training.written.row import WrittenRow

Kind = Literal["identity", "nonprotected", "person", "none"]
HATE, OFF, CS = "hate", "offensive", "counter_speech"
LANGS: tuple[str, ...] = ("en", "ru", "fr", "de", "ar", "es", "it", "pt", "nl", "pl", "hi", "zh")

# category -> (filler kind, positive labels)
CATEGORIES: Mapping[str, tuple[Kind, tuple[str, ...]]] = {
    "derogation": ("identity", (HATE,)),
    "dehumanisation": ("identity", (HATE,)),
    "threat_to_group": ("identity", (HATE,)),
    "exclusion": ("identity", (HATE,)),
    "hate_question": ("identity", (HATE,)),
    "hate_opinion": ("identity", (HATE,)),
    "hate_pronoun": ("identity", (HATE,)),
    "negated_hate": ("identity", ()),
    "identity_positive": ("identity", ()),
    "identity_question": ("identity", ()),
    "quoted_hate_counter": ("identity", (CS,)),
    "hate_report": ("identity", ()),
    "nonprotected_abuse": ("nonprotected", (OFF,)),
    "object_abuse": ("none", ()),
    "person_abuse": ("person", (OFF,)),
    "profanity_benign": ("none", (OFF,)),
}
FILLS_PER_FRAME = 15  # identities (or other fillers) per frame, each with one town


@dataclass(frozen=True, slots=True)
class Language:
    """One language's frames and fillers."""

    frames: Mapping[str, tuple[str, ...]]
    identities: tuple[str, ...]
    nonprotected: tuple[str, ...]
    towns: tuple[str, ...]
    people: tuple[str, ...]


def language(lang: str) -> Language:
    """The frames module of ``lang``, with the shared fillers where it has none of its own."""
    module = importlib.import_module(f"clearsight.training.written.hate.frames_{lang}")
    return Language(
        frames=module.FRAMES,
        identities=_own(module, "IDENTITIES", entities.IDENTITIES, lang),
        nonprotected=tuple(module.NONPROTECTED),
        towns=_own(module, "TOWNS", entities.TOWNS, lang),
        people=_own(module, "PEOPLE", entities.PEOPLE, lang),
    )


def _own(
    module: ModuleType, name: str, shared: Mapping[str, tuple[str, ...]], lang: str
) -> tuple[str, ...]:
    return tuple(getattr(module, name, None) or shared[lang])


def _fillers(kind: Kind, lang: Language, frame_no: int) -> Iterator[dict[str, str]]:
    """``FILLS_PER_FRAME`` filler combinations, rotated by frame so every filler and town
    meets every category."""
    pool = {
        "identity": lang.identities,
        "nonprotected": lang.nonprotected,
        "person": lang.people,
        "none": ("",),
    }[kind]
    towns = lang.towns
    for k in range(min(FILLS_PER_FRAME, len(pool) * len(towns))):
        filler = pool[(k + frame_no) % len(pool)]
        town = towns[(k + 2 * frame_no) % len(towns)]
        yield {"i": filler, "n": filler, "p": filler, "t": town}


def _texts(category: str, lang: Language) -> Iterator[tuple[int, str]]:
    """(frame number, text): distinct filled texts of one category, in a fixed order."""
    kind, _ = CATEGORIES[category]
    seen: set[str] = set()
    for frame_no, frame in enumerate(lang.frames.get(category, ())):
        for values in _fillers(kind, lang, frame_no):
            text = frame.format(**values)
            text = text[:1].upper() + text[1:]
            if text not in seen:
                seen.add(text)
                yield frame_no, text


def hate_examples(seed: int, source: str, obfuscate_share: float) -> Iterator[WrittenRow]:
    """Every hate-functionality row; ``seed`` picks which rows also get an obfuscated copy.

    Ids read ``<source>:hate-<lang>-<category>-f<frame>-<n>``: the frame tag keeps a frame's
    fillings in one split (:func:`clearsight.training.data.group_key`).
    """
    rng = random.Random(seed * 7919 + 1)
    names = sorted(OBFUSCATIONS)
    for code in LANGS:
        lang = language(code)
        for category, (_, labels) in CATEGORIES.items():
            for n, (frame_no, text) in enumerate(_texts(category, lang)):
                rid = f"{source}:hate-{code}-{category}-f{frame_no:02d}-{n:04d}"
                yield _row(rid, text, labels, code, category, source)
                if rng.random() < obfuscate_share:
                    name = rng.choice(names)
                    twisted = OBFUSCATIONS[name](text, rng)
                    if twisted != text:
                        yield _row(f"{rid}-{name}", twisted, labels, code, category, source)


def _row(
    rid: str, text: str, labels: tuple[str, ...], lang: str, category: str, source: str
) -> WrittenRow:
    return {
        "id": rid,
        "text": text,
        "labels": list(labels) or ["benign"],
        "target_group": None,
        "lang": lang,
        "source": source,
        "orig_label": category,
    }
