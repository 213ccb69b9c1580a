"""The small family of exceptions dyadwatch raises.

Exceptions are only for input that cannot be used at all (a file that is not an event
file, a store that cannot be opened, a dossier that does not validate).  Problems inside
usable input (a bad row, a bad document) are records, never exceptions.

Every error carries a stable code (``DW1xx``) so users and tests can match on it, and a
one-line message that says what to do.
"""

from __future__ import annotations


class DyadwatchError(Exception):
    """Base class: ``str(err)`` is one actionable line, prefixed by its code."""

    code = "DW000"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class NotAnEventFile(DyadwatchError):
    """The file is readable but is not in any layout the importer knows."""

    code = "DW101"


class UnreadableFile(DyadwatchError):
    """The file cannot be opened or decompressed."""

    code = "DW102"


class StoreError(DyadwatchError):
    """The store cannot be opened, is locked by a writer, or is newer than this version."""

    code = "DW201"


class UsageError(DyadwatchError):
    """An argument is invalid (unknown country code, bad date, unknown frequency)."""

    code = "DW301"


class DossierError(DyadwatchError):
    """A dossier file does not validate; the message names file, line and field."""

    code = "DW401"
