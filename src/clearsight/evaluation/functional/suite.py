"""Build the functional suite deterministically from templates x fictional fillers."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from clearsight.evaluation.functional.fillers import GROUPS, IDENTITIES, PEOPLE, TOWNS
from clearsight.evaluation.functional.obfuscate import OBFUSCATIONS
from clearsight.evaluation.functional.spec import (
    BY_NAME,
    FUNCTIONALITIES,
    LABELS,
    LANGS,
    FunctionalCase,
    Functionality,
)
from clearsight.evaluation.functional.templates_ar import AR
from clearsight.evaluation.functional.templates_de import DE
from clearsight.evaluation.functional.templates_en import EN
from clearsight.evaluation.functional.templates_fr import FR
from clearsight.evaluation.functional.templates_ru import RU

TEMPLATES: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "en": EN,
    "ru": RU,
    "fr": FR,
    "de": DE,
    "ar": AR,
}

Filled = tuple[str, str]  # (ideology, text)
_ROTATION = tuple(OBFUSCATIONS[name] for name in sorted(OBFUSCATIONS))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill(template: str, lang: str, k: int, j: int, *, group: bool) -> str:
    """Fill template ``j`` with filler ``k``; towns and identities rotate with ``k + j``."""
    towns, people, ids = TOWNS[lang], PEOPLE[lang], IDENTITIES[lang]
    values = {
        "t": towns[(k + j) % len(towns)],
        "p": people[k % len(people)],
        "i": ids[(k + j) % len(ids)],
    }
    if group:
        values["g"] = GROUPS[k].name[lang]
        values["s"] = GROUPS[k].slogan[lang]
    return _cap(template.format(**values))


def _filled(func: Functionality, lang: str) -> Iterator[Filled]:
    """Every (ideology, text) of a non-obfuscation functionality in one language."""
    for j, template in enumerate(TEMPLATES[lang][func.name]):
        if func.kind == "group":
            for k, group in enumerate(GROUPS):
                yield group.ideology, _fill(template, lang, k, j, group=True)
        else:
            n = len(IDENTITIES[lang]) if func.kind == "identity" else len(PEOPLE[lang])
            for k in range(n):
                yield "none", _fill(template, lang, k, j, group=False)


def _texts(func: Functionality, lang: str) -> Iterator[Filled]:
    """A functionality's texts; obfuscations rewrite their base functionalities' texts."""
    if not func.base:
        yield from _filled(func, lang)
        return
    rotation = [OBFUSCATIONS[func.name]] if func.name in OBFUSCATIONS else list(_ROTATION)
    base_texts = (t for base in func.base for t in _filled(BY_NAME[base], lang))
    for n, (ideology, text) in enumerate(base_texts):
        yield ideology, rotation[n % len(rotation)](text)


def _cases_of(func: Functionality, lang: str) -> Iterator[FunctionalCase]:
    labels = MappingProxyType({label: int(label in func.positive) for label in LABELS})
    for n, (ideology, text) in enumerate(_texts(func, lang)):
        yield FunctionalCase(
            id=f"{func.name}-{lang}-{n:03d}",
            functionality=func.name,
            lang=lang,
            ideology=ideology,
            text=text,
            labels=labels,
            prioritise=func.prioritise,
        )


@cache
def cases() -> tuple[FunctionalCase, ...]:
    """All functional cases, in a fixed order (functionality, language, template, filler)."""
    return tuple(c for f in FUNCTIONALITIES for lang in LANGS for c in _cases_of(f, lang))


def case_row(case: FunctionalCase) -> dict[str, object]:
    """The JSON shape of one case; ``labels`` lists the positive labels (empty = benign)."""
    return {
        "id": case.id,
        "text": case.text,
        "labels": [label for label in LABELS if case.labels[label]],
        "functionality": case.functionality,
        "lang": case.lang,
        "ideology": case.ideology,
        "prioritise": case.prioritise,
    }


def write_jsonl(path: Path) -> int:
    """Write every case as one JSON line to ``path``; return the number of lines."""
    rows = cases()
    with path.open("w", encoding="utf-8") as f:
        for case in rows:
            f.write(json.dumps(case_row(case), ensure_ascii=False) + "\n")
    return len(rows)
