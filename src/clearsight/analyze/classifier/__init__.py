"""Detection models: the classifier tiers behind one small API (see :mod:`.api`)."""
