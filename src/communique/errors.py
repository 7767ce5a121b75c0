"""Every error communique raises, in one hierarchy.

::

    CommuniqueError                  (E000)
     ├── ConfigError                 (E100) a setting is unknown or invalid
     ├── ModelError                  (E110) the spaCy pipeline cannot be loaded
     ├── DataError                   (E120) a packaged data file is missing or invalid
     ├── RecordError                 (E130) a record does not match the contract
     └── InputError                  (E200) a source cannot be read as articles
          ├── EmptyInputError        (E201) nothing to read
          ├── BinaryInputError       (E202) not text, HTML, JSON or an archive
          ├── EncodingError          (E203) the bytes are not text in a known encoding
          ├── TooLargeError          (E204) larger than the configured limit
          ├── MalformedInputError    (E205) broken JSON, gzip, WARC or HTML
          └── NoBodyError            (E206) readable, but no article body in it

Codes starting with ``W`` are warnings recorded in an output line's
``errors`` (the article was read; a stage was skipped, with the reason).
Each message names the input, the problem and, where there is one, the fix.
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base of all communique errors."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class ConfigError(CommuniqueError):
    code = "E100"


class ModelError(CommuniqueError):
    code = "E110"


class DataError(CommuniqueError):
    code = "E120"


class RecordError(CommuniqueError):
    code = "E130"


class InputError(CommuniqueError):
    code = "E200"


class EmptyInputError(InputError):
    code = "E201"


class BinaryInputError(InputError):
    code = "E202"


class EncodingError(InputError):
    code = "E203"


class TooLargeError(InputError):
    code = "E204"


class MalformedInputError(InputError):
    code = "E205"


class NoBodyError(InputError):
    code = "E206"


# Warnings: the article was read, a stage did not run on it.
W_NOT_ENGLISH = "W301"  # language is not English: no events coded
W_STAGE_OFF = "W302"  # a stage is switched off by configuration
W_NO_CODER = "W303"  # no event coder is installed yet
W_TRUNCATED = "W304"  # text was cut to the configured maximum length
W_STAGE_FAILED = "W305"  # a stage raised on this article; others went on
