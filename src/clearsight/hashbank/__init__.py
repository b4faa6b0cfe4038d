"""Hash banks: match images and texts against banks of known content (PDQ, MD5/SHA-256,
text near-duplicates), with provenance, negative banks and flood protection."""
