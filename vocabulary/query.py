"""From the words a visitor types to a django-modelsearch query that finds what they meant.

Portable on purpose: only `PlainText` (one word), `Phrase` and `Or`, which the SQLite
FTS5 and the PostgreSQL backends both compile (modelsearch 1.3's `Fuzzy` is compiled only as a
whole query on PostgreSQL, never inside `Or`, so it cannot be combined with synonyms). What a
backend cannot do alike (accents on PostgreSQL's `dutch` configuration, prefixes and typing
mistakes on both) is resolved here, in Python, against the words of the published content
(corpus.py): both databases get the same words and find the same practices.

For each word of the query (stop words and words in most documents left out, at most
MAX_WORDS), the query matches any of:
- the word and its other forms in the corpus (same stem: accents, plural, inflection);
- its equivalents in the thesaurus (synonyms.py; a term of several words counts as one word,
  a multi-word equivalent is searched as a phrase);
- compounds: two words typed apart or hyphenated also match written together, a compound
  also matches its two parts (klasobservatie / klas observatie / klas-observatie);
- a word the corpus does not know: the corpus words at the smallest edit distance (typos);
- the last word: the corpus words it begins ("intervis" -> intervisie).
The words are OR-ed: a document that matches more of them ranks higher.
"""

from dataclasses import dataclass, field

from modelsearch.query import Or, Phrase, PlainText
from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import corpus as corpus_module
from . import synonyms as synonyms_module
from .models import MAX_WORDS_PER_TERM
from .text import WORD, fold, is_stop_word, words

MAX_QUERY_LENGTH = 200  # characters of a visitor's query; the rest of a pasted text is ignored
MAX_WORDS = 10
MAX_FORMS = 6  # written forms of one stem
MAX_COMPLETIONS = 8
MIN_PREFIX_LENGTH = 3
MIN_TYPO_LENGTH = 4
MIN_PART_LENGTH = 3  # each part of a compound
MIN_COMPOUND_LENGTH = 10
RARE_DOCUMENTS = 3  # a compound in at most this many documents is also searched as two words
COMMON_SHARE = 0.35  # a word in more documents than this tells them apart too little
OPERATORS = frozenset({"and", "or", "not", "near"})  # typed from habit; never syntax here


@dataclass
class Word:
    """One word of the query (or a thesaurus term of several words) and what it may match."""

    typed: list  # the words as typed
    alternatives: list = field(default_factory=list)  # lists of words: one word or a phrase
    parts: tuple | None = None  # a compound's two parts, searched as a phrase
    correction: str | None = None  # the corpus word meant, when the typed one is unknown

    def add(self, text):
        found = words(text)
        if found and found not in self.alternatives:
            self.alternatives.append(found)

    def query(self):
        options = [
            PlainText(found[0]) if len(found) == 1 else Phrase(" ".join(found))
            for found in self.alternatives
        ]
        if self.parts:
            options.append(Phrase(" ".join(self.parts)))
        return options[0] if len(options) == 1 else Or(options)


def cut(text):
    """What a visitor typed as it is searched, and whether it was cut: printable characters
    only, spaces collapsed, at most MAX_QUERY_LENGTH characters. The one cleaner of every
    search box (the materialenbank, the cases, the whole portal, the suggestions)."""
    text = " ".join("".join(c if c.isprintable() else " " for c in str(text or "")).split())
    if len(text) > MAX_QUERY_LENGTH:
        return text[:MAX_QUERY_LENGTH].rstrip(), True
    return text, False


def clean(text):
    return cut(text)[0]


def analyse(text):
    """The query's words, each with its alternatives (see the module's docstring)."""
    tokens = words(clean(text))
    table = synonyms_module.table()
    corpus = corpus_module.corpus()
    found = []
    i = 0
    while i < len(tokens) and len(found) < MAX_WORDS:
        length, equivalents = synonyms_module.longest_term(table, tokens, i, MAX_WORDS_PER_TERM)
        if length == 1 and joins(tokens[i : i + 2], corpus, table):
            # Two words typed apart (or hyphenated) that the corpus or thesaurus writes as one.
            word = Word(tokens[i : i + 2], parts=tuple(tokens[i : i + 2]))
            joined = "".join(word.typed)
            word.add(joined)
            equivalents = table.get(fold(joined), [])
        elif length > 1 or equivalents or worth_searching(tokens[i]):
            word = Word(tokens[i : i + length])
            word.add(" ".join(word.typed))
            if length == 1:
                expand(word, corpus, table, last=i + 1 == len(tokens))
        else:
            i += 1
            continue
        i += len(word.typed)
        for equivalent in equivalents:
            word.add(equivalent)
        found.append(word)
    # Words in most documents only count when nothing else is asked.
    telling = [word for word in found if not common(word, corpus)]
    return telling or found


def worth_searching(word):
    return len(word) > 1 and not is_stop_word(word) and fold(word) not in OPERATORS


def joins(pair, corpus, table):
    if len(pair) < 2 or not all(worth_searching(word) for word in pair):
        return False
    joined = fold("".join(pair))
    return joined in table or joined in corpus


def common(word, corpus):
    return len(word.typed) == 1 and not word.parts and corpus.share(word.typed[0]) > COMMON_SHARE


def expand(word, corpus, table, last):
    """Add a single typed word's forms, its compound parts and, as the last word, the words it
    begins; an unknown word gets the word meant (and that word's forms and equivalents)."""
    typed = word.typed[0]
    add_forms(word, typed, corpus)
    known = typed in corpus or fold(typed) in table or len(word.alternatives) > 1
    # A last word that is no word of its own is being typed: complete it.
    completions = []
    if last and not known and len(typed) >= MIN_PREFIX_LENGTH:
        completions = corpus.completions(typed, MAX_COMPLETIONS)
        for completion in completions:
            word.add(completion)
    if not known and not completions:
        word.correction = correction(typed, corpus, table)
        if word.correction:
            word.add(word.correction)
            add_forms(word, word.correction, corpus)
            for equivalent in table.get(word.correction, []):
                word.add(equivalent)
    meant = fold(word.correction or typed)
    # A compound the corpus rarely writes as one word also matches its two parts.
    if len(meant) >= MIN_COMPOUND_LENGTH and corpus.frequency.get(meant, 0) <= RARE_DOCUMENTS:
        word.parts = split_compound(meant, corpus)


def add_forms(word, text, corpus):
    """The corpus forms of the word's stem that begin like it (the stemmer also joins a few
    unrelated words)."""
    start = fold(text)[:4]
    for form in corpus.forms_of(text)[:MAX_FORMS]:
        if fold(form).startswith(start):
            word.add(form)


def max_distance(word):
    return 1 if len(word) < 7 else 2


def correction(word, corpus, table):
    """The corpus word (or thesaurus term) closest to an unknown word: fewest edits
    (transpositions count as one), then the most frequent; None when none is close."""
    word = fold(word)
    if len(word) < MIN_TYPO_LENGTH or not word.isalpha():
        return None
    choices = corpus.folded + [term for term in table if " " not in term]
    limit = max_distance(word)
    matches = process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=20)
    if not matches:
        return None
    best = min(matches, key=lambda match: (match[1], -corpus.frequency.get(match[0], 0)))
    return best[0]


def split_compound(word, corpus):
    """The two corpus words a compound is made of (the most frequent pair), or None.

    Allows the Dutch linking letters: 'leerlingenbegeleiding' = leerlingen + begeleiding,
    'klassenraad' = klas(sen) + raad via the forms in the corpus."""
    best, best_score = None, 0
    for cut in range(MIN_PART_LENGTH, len(word) - MIN_PART_LENGTH + 1):
        head, tail = word[:cut], word[cut:]
        for first in (head, head[:-1] if head.endswith("s") else None):
            if first and len(first) >= MIN_PART_LENGTH and first in corpus and tail in corpus:
                score = min(corpus.frequency[first], corpus.frequency[tail])
                if score > best_score:
                    best, best_score = (first, tail), score
    return best


def build_query(text):
    """The modelsearch query for a visitor's text, or None when it has no words to search."""
    found = analyse(text)
    if not found:
        return None
    queries = [word.query() for word in found]
    return queries[0] if len(queries) == 1 else Or(queries)


def did_you_mean(text):
    """The query with each unknown word replaced by the corpus word meant, or None when no
    word needs it (for "Bedoelde je …?")."""
    replacements = {word.typed[0]: word.correction for word in analyse(text) if word.correction}
    if not replacements:
        return None
    return WORD.sub(lambda m: replacements.get(m.group().lower(), m.group()), clean(text))
