"""Written hate-speech functionalities: hateful statements about protected groups and the
non-hateful texts that look like them, in ten languages.

The frames teach what makes a text hate rather than which words it contains: each hateful
category (derogation, dehumanisation, threats against a group, calls for exclusion, hate put
as a question or an opinion, hate carried by a pronoun) sits next to non-hateful texts with the
same identity terms or the same insults (negated hate, positive and neutral statements,
counter-speech that quotes hate, news about hate incidents, abuse of non-protected groups, of
objects and of individuals, and profanity without a target). Every frame was written for
Clearsight; none comes from a public test suite. Filled with
:mod:`clearsight.training.written.entities` (en, ru, fr, de, ar) or the language's own
``IDENTITIES``/``TOWNS``/``PEOPLE`` in its frames module.
"""

from __future__ import annotations

from clearsight.training.written.hate.build import CATEGORIES, LANGS, hate_examples

__all__ = ["CATEGORIES", "LANGS", "hate_examples"]
