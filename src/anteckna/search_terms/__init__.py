"""Search keys for Swedish text: every inflected form of a word gets the same key.

    >>> index_terms("Rektorerna på skolorna")
    ['rekt', 'på', 'skol']
    >>> query_terms("rektorn")
    'rekt'

The same function makes the keys of stored text and of a query, so "rektorn" finds
"rektorerna" on any backend that matches keys exactly. See _keys for how a key is made,
_inflection for the Swedish endings behind it and _tokens for what counts as a word
(å, ä and ö stay letters of their own; é and other accents fold to the bare letter).

The backends must store the keys as they are:

- SQLite FTS5: ``tokenize='unicode61 remove_diacritics 0'``; the default tokenizer folds
  "får" into "far".
- PostgreSQL: ``to_tsvector('simple', to_fts_text(body))`` searched with
  ``plainto_tsquery('simple', query_terms(q))``. The 'swedish' configuration would stem
  the keys a second time ("kurs" to "kur") and drop keys that are stop words ("som",
  the key of "sommar").
"""

from ._keys import search_key
from ._tokens import fold, words

__all__ = ["fold", "index_terms", "query_terms", "search_key", "to_fts_text"]


def index_terms(text: str) -> list[str]:
    """The key of every word of text, in order and with repeats (positions matter)."""
    return [search_key(word) for word in words(text)]


def query_terms(word: str) -> str:
    """The key to search for what the user typed: "Skolans" → "skol".

    Several words give their keys in order, separated by spaces; no word gives "".
    """
    return " ".join(index_terms(word))


def to_fts_text(text: str) -> str:
    """The keys of text joined by spaces: what to store in a full-text column."""
    return " ".join(index_terms(text))
