"""Readers: turn sources (files, folders, archives, stdin) into Articles.

(Interface placeholder while the readers are being written: see
``read_sources``.)
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError


@dataclass(frozen=True)
class ReadFailure:
    """A source, or one record of it, that could not be read as an Article."""

    origin: str
    error: InputError
