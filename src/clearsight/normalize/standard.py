"""The standard normalizer: a raw Record in, a cleaned, pseudonymised, folded Item out.

Per record: the text is cleaned (:func:`~clearsight.normalize.text.clean`) and then
pseudonymised (e-mails, phones, @handles), so that identifiers hidden with zero-width or
full-width characters are still found; the result is the stored text. Its fold is the matching
key, its language is guessed, and the content hash covers the stored text and the media
digests. Title and metadata values are cleaned and pseudonymised the same way; the author
becomes ``anon:<hex>``. The URL is kept as it is: it points at the public source.

``create`` makes the pseudonym key file if it is missing (``clearsight init`` is the documented
way; a scan must not fail for want of it) and never overwrites an existing key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Self

from clearsight.normalize.fold import fold
from clearsight.normalize.langid import LanguageGuesser
from clearsight.normalize.pseudonym import Pseudonymiser, ensure_key
from clearsight.normalize.text import clean
from clearsight.pipeline.stage import PluginKind
from clearsight.types import EMPTY, ContentKind, Item, MediaRef, Provenance, Record

if TYPE_CHECKING:
    from clearsight.config import Settings

HASH_SCHEME = "clearsight-content/1"


def content_hash(text: str | None, media_sha256: Iterable[str]) -> str:
    """SHA-256 hex of the stored text and the sorted media digests (None and "" are alike)."""
    body = text or ""
    digests = ",".join(sorted(d.lower() for d in media_sha256))
    canonical = f"{HASH_SCHEME}\n{len(body)}\n{body}\n{digests}"
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class StandardNormalizer:
    """Clean, pseudonymise, fold and identify the language of each record."""

    name: ClassVar[str] = "standard"
    version: ClassVar[str] = "1.0"
    kind: ClassVar[PluginKind] = "normalizer"

    def __init__(self, pseudonymiser: Pseudonymiser, languages: Sequence[str]) -> None:
        self._pseudonymiser = pseudonymiser
        self._langid = LanguageGuesser(languages)

    @classmethod
    def create(cls, settings: Settings) -> Self:
        return cls(Pseudonymiser(ensure_key(settings.key_file)), settings.languages)

    def normalize(self, record: Record) -> Item:
        text = self._stored(record.text)
        folded = fold(text) if text else None
        lang, score = self._langid.guess(text) if text else (None, None)
        has_text = bool(text and text.strip())
        return Item(
            content_hash=content_hash(text, (m.sha256 for m in record.media)),
            kind=ContentKind.IMAGE if record.media and not has_text else ContentKind.TEXT,
            provenance=record.provenance,
            text=text,
            folded=folded.key if folded else "",
            fold_map=folded.offsets if folded else (),
            lang=lang,
            lang_score=score,
            media=record.media,
            author=None if record.author is None else self._pseudonymiser.author(record.author),
            created_at=record.created_at,
            url=record.url,
            title=self._stored(record.title),
            metadata=self._metadata(record.metadata),
        )

    def examples(self) -> Sequence[Record]:
        return EXAMPLES

    def _stored(self, raw: str | None) -> str | None:
        if raw is None:
            return None
        cleaned = clean(raw)
        scrubbed = self._pseudonymiser.scrub(cleaned)
        return cleaned if scrubbed == cleaned else clean(scrubbed)

    def _metadata(self, metadata: Mapping[str, str]) -> Mapping[str, str]:
        if not metadata:
            return EMPTY
        return MappingProxyType({k: self._stored(v) or "" for k, v in metadata.items()})


def _example(n: int, text: str | None, **fields: Any) -> Record:
    return Record(Provenance("standard", "examples", n), text, **fields)


_PHOTO = MediaRef(
    path="examples/mural.png",
    sha256="9f2c" + "0" * 60,
    md5="0" * 32,
    mime="image/png",
    size=1024,
    width=32,
    height=32,
)

# Fictional and harmless: a community newsletter, written for these examples.
EXAMPLES: tuple[Record, ...] = (
    _example(
        1,
        "Riverside clean-up on Saturday! Write to ana.k@example.org, call +44 20 7946 0958 "
        "or ping @green_team_lead for gloves.",
        author="@RiverWatch",
        title="Clean-up day",
        metadata={"reply_to": "ana.k@example.org"},
    ),
    _example(
        2,
        "Fr33 c00kies for a11 v o l u n t e e r s\u200b: the bаke sаle is b4ck!!!",
        author="baker_42",
    ),
    _example(
        3,
        "Привет, друзья! Встреча шахматного клуба в субботу в библиотеке, пишите @chess_club_ru.",
        author="Шахматный клуб",
    ),
    _example(
        4,
        "Bonjour à tous : la réunion du club de lecture aura lieu jeudi soir à la médiathèque.",
        author="club.lecture@example.fr",
        title="Réunion du club",
    ),
    _example(5, None, media=(_PHOTO,), author="mural_project"),
)
