"""Thai word segmentation, the same at index time and at query time.

Thai is written without spaces between words, and Wagtail's database backend (SQLite FTS5,
PostgreSQL tsvector) splits text on spaces and punctuation only: a whole Thai phrase becomes one
token and a word inside it is never found. Segmenting both the indexed text and the query with
PyThaiNLP's dictionary-based `newmm` engine makes each Thai word its own token.

Why newmm (PyThaiNLP): it is PyThaiNLP's default engine, maintained, pure Python, and its
dictionary ships inside the wheel, so it installs from PyPI and never downloads data at run time.
nlpo3 (Rust) is faster but ships no dictionary: a deployment must supply a word list file itself.
"""

import html
import re
from functools import lru_cache

from django.utils.html import strip_tags

THAI = re.compile(r"[\u0E00-\u0E7F]")
SPACES = re.compile(r"\s+")
# What a token must contain to be kept: a letter or digit of any script.
WORDLIKE = re.compile(r"\w", re.UNICODE)


@lru_cache(maxsize=1)
def _tokenizer():
    from pythainlp.corpus.common import thai_words
    from pythainlp.tokenize import Tokenizer

    return Tokenizer(custom_dict=thai_words(), engine="newmm", keep_whitespace=False)


def words(text):
    """The words of `text` (HTML stripped, lower-cased), Thai runs split by newmm."""
    text = SPACES.sub(" ", html.unescape(strip_tags(str(text or "")))).strip().lower()
    if not text:
        return []
    if not THAI.search(text):
        return [w for w in text.split(" ") if WORDLIKE.search(w)]
    return [w.strip() for w in _tokenizer().word_tokenize(text) if WORDLIKE.search(w)]


def segment(text):
    """`text` with a space between every word: what the search index stores and is asked."""
    return " ".join(words(text))
