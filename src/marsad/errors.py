"""One root exception for marsad, grouped subclasses, numbered and actionable messages.

Every error a user can meet has a stable code (``E1xx`` input, ``E2xx`` knowledge/config, ``E3xx`` output/store)
and an exit code for the command line. Messages say what is wrong and what to do.
"""

from __future__ import annotations


class MarsadError(Exception):
    """Root of every error marsad raises on purpose."""

    code: str = "E000"
    exit_code: int = 1

    def __init__(self, reason: str, *, code: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"{self.code}: {self.reason}"


class InputError(MarsadError):
    """A document that cannot be read as an Arabic report (exit code 3)."""

    code = "E100"
    exit_code = 3


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class UndecodableInput(InputError):
    code = "E103"


class NotArabic(InputError):
    code = "E104"


class TooLarge(InputError):
    code = "E105"


class BrokenHTML(InputError):
    code = "E106"


class BadRecord(InputError):
    """A JSON Lines record that is not valid JSON or lacks ``text``/``html``."""

    code = "E107"


class BadMetadata(InputError):
    """A metadata value (e.g. ``--published``) that cannot be understood."""

    code = "E108"


class FileMissing(InputError):
    code = "E109"
    exit_code = 2


class KnowledgeError(MarsadError):
    """A knowledge file (actors, triggers, gazetteer...) that breaks its schema (exit code 4)."""

    code = "E200"
    exit_code = 4


class UsageError(MarsadError):
    """Bad command-line usage (exit code 2)."""

    code = "E001"
    exit_code = 2


class StoreError(MarsadError):
    """The database, a migration or an ingest source failed (exit code 6)."""

    code = "E300"
    exit_code = 6


class BadDatabaseURL(StoreError):
    """A ``--db`` / ``MARSAD_DB_URL`` that is neither ``sqlite:///path`` nor ``postgresql://...`` (exit code 2)."""

    code = "E301"
    exit_code = 2


class DatabaseUnavailable(StoreError):
    """The database cannot be opened or reached."""

    code = "E302"


class MigrationFailed(StoreError):
    """The schema cannot be brought to the current revision."""

    code = "E303"


class SourceUnreadable(StoreError):
    """An ingest source (folder, WARC file, feed file or URL) that cannot be read (exit code 2)."""

    code = "E304"
    exit_code = 2


class WriteFailed(StoreError):
    """A document or an event could not be written."""

    code = "E305"


EXIT_CODES = {
    0: "success (some records may still carry a `rejected` entry in --jsonl mode)",
    1: "unexpected internal error (a bug: please report it with the input)",
    2: "usage error or missing file",
    3: "input rejected (empty, binary, undecodable, not Arabic, too large, broken HTML, bad record)",
    4: "knowledge file invalid",
    6: "database error (cannot open, migrate or write the store)",
}
