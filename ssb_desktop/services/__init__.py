"""The rules of the work, as functions that take a Session first; no Qt here."""
