"""The normalize stage: a raw Record becomes a cleaned, pseudonymised, folded Item.

- :mod:`.text`: ``clean``, the stored text (NFKC, no invisible or control characters);
- :mod:`.fold`: ``fold``, the deterministic matching key with offsets back into the text;
- :mod:`.pseudonym`: keyed HMAC pseudonyms for authors, e-mails, phones and @handles;
- :mod:`.langid`: language identification (py3langid);
- :mod:`.standard`: ``StandardNormalizer``, the built-in normalizer plug-in.
"""
