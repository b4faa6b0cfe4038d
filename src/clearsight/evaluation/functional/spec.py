"""Functional test cases: the case type, the label set and each functionality's gold labels.

Label meanings follow ``data/README.md``: ``violent_extremist`` supports or promotes a violent
extremist movement, ``hate`` attacks people for a protected characteristic, ``offensive`` is
abuse not aimed at a protected group, ``counter_speech`` challenges extremist or hateful
messages. A text with none of the four is benign.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

LABELS: tuple[str, ...] = ("violent_extremist", "hate", "offensive", "counter_speech")
LANGS: tuple[str, ...] = ("en", "ru", "fr", "de", "ar")
IDEOLOGIES: tuple[str, ...] = (
    "jihadist",
    "violent_far_right",
    "violent_far_left",
    "ethno_separatist",
    "other",
    "none",
)

Kind = Literal["group", "identity", "person"]


@dataclass(frozen=True)
class FunctionalCase:
    """One test case: a text, its gold labels and whether a reviewer queue should get it."""

    id: str
    functionality: str
    lang: str
    ideology: str
    text: str
    labels: Mapping[str, int]
    prioritise: bool


@dataclass(frozen=True)
class Functionality:
    """A functionality: its filler kind, its positive labels and, for obfuscations, a base."""

    name: str
    kind: Kind
    positive: frozenset[str]
    base: tuple[str, ...] = ()

    @property
    def prioritise(self) -> bool:
        return bool(self.positive & {"violent_extremist", "hate"})


def _f(name: str, kind: Kind, *positive: str, base: tuple[str, ...] = ()) -> Functionality:
    return Functionality(name, kind, frozenset(positive), base)


VE, HATE, OFF, CS = LABELS
_OBF_BASE = ("glorify_attack", "recruit_call", "group_slogan")
_OBF_BENIGN_BASE = ("news_report_attack", "report_on_recruitment", "negated_support")

FUNCTIONALITIES: tuple[Functionality, ...] = (
    _f("glorify_attack", "group", VE),
    _f("condemn_attack", "group", CS),
    _f("recruit_call", "group", VE),
    _f("report_on_recruitment", "group"),
    _f("explicit_threat", "group", VE),
    _f("hyperbole_threat", "person"),
    _f("incite_violence", "group", VE),
    _f("group_slogan", "group", VE),
    _f("slogan_quoted_academic", "group"),
    _f("counter_speech_quoting", "group", CS),
    _f("counter_speech_direct", "group", CS),
    _f("negated_support", "group"),
    _f("support_with_negation_word_but_positive", "group", VE),
    _f("news_report_attack", "group"),
    _f("research_analysis", "group"),
    _f("satire", "group"),
    _f("question_about_group", "group"),
    _f("hateful_violent_call", "group", VE, HATE),
    _f("identity_neutral", "identity"),
    _f("identity_positive", "identity"),
    _f("dehumanising_hate", "identity", HATE),
    _f("counter_quoting_hate", "identity", CS),
    _f("reported_hate_news", "identity"),
    _f("offensive_not_hate", "person", OFF),
    _f("leet", "group", VE, base=_OBF_BASE),
    _f("homoglyph", "group", VE, base=_OBF_BASE),
    _f("spaced", "group", VE, base=_OBF_BASE),
    _f("zero_width", "group", VE, base=_OBF_BASE),
    # obfuscation alone must not make a text harmful: benign bases, obfuscations in rotation
    _f("obfuscated_benign", "group", base=_OBF_BENIGN_BASE),
)

BY_NAME: Mapping[str, Functionality] = {f.name: f for f in FUNCTIONALITIES}
