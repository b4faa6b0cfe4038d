"""The review workspace: accounts, the queue, decisions, complaints (see ``service``)."""
