"""Bank indexes: exact PDQ Hamming range search and MinHash LSH for text near-duplicates.

Import the classes from their modules (``index.pdq.PdqIndex``, ``index.text.TextIndex``), so
that loading one does not pull in the other's dependencies.
"""
