"""Words of a query or a document, compared without case or accents."""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

# A word: letters and digits; hyphens and apostrophes split words ("zorg-leerkracht").
WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_WORD_LENGTH = 40

# Dutch function words and the words of a question ("wat doe ik met ..."): they say nothing
# about what a practice is about. Snowball's Dutch list plus question and filler words.
STOP_WORDS = frozenset(
    """
    aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doe doen door
    dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand
    iets ik in is ja je jij kan kun kunnen maar me meer men met mij mijn moet moeten na naar niet
    niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel
    voor want waren was wat we wel welk welke werd wie wil willen wij wordt worden zal ze zei zelf
    zich zij zijn zo zonder zou zouden waarom wanneer waar hoeveel vind vinden zoek zoeken
    graag best beste goed goede manier tips tip onze jullie heel erg echt eigenlijk
    """.split()
)

# A Snowball stemmer keeps the word it works on in the object: one per thread, never shared
# (a shared one raised IndexError under concurrent searches).
_local = threading.local()


def snowball(word):
    """Snowball's Dutch stem of `word` as given, with this thread's stemmer."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("dutch")
    return stemmer.stemWord(word)


def fold(text):
    """Lower case without diacritics: 'Heroriëntering' -> 'herorientering'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# Families Snowball does not join; every word is mapped to the family's first entry.
FAMILIES = [
    ["advies", "adviezen", "adviseren", "adviseer", "adviseert", "advisering", "adviserend"],
    [
        "diagnostiek",
        "diagnostisch",
        "diagnostische",
        "diagnose",
        "diagnoses",
        "diagnosticus",
        "diagnostici",
        "diagnosticeren",
    ],
    ["kind", "kinderen", "kinds"],
    ["begeleiding", "begeleidingen", "begeleiden", "begeleider", "begeleiders", "begeleidt"],
    ["consultatie", "consultaties", "consultatief", "consultatieve", "consulteren"],
    ["observatie", "observaties", "observeren", "observeert", "observeer"],
    ["gesprek", "gesprekken"],
    ["klas", "klassen"],
    ["leraar", "leraren"],
    ["onderzoek", "onderzoeken", "onderzoekt"],
    ["verslag", "verslagen"],
    ["gedrag", "gedragingen"],
    ["taal", "talen", "talig", "talige"],
]


@lru_cache(maxsize=1)
def families():
    """{Snowball stem: the stem of its family's first word} for FAMILIES, built on first use."""
    return {
        snowball(fold(member)): snowball(fold(family[0]))
        for family in FAMILIES
        for member in family
    }


@lru_cache(maxsize=65536)
def stem(word):
    """The stem of a word, to join its forms (leesprobleem, leesproblemen; advies, adviezen)."""
    stemmed = snowball(fold(word))
    return families().get(stemmed, stemmed)


def words(text):
    """The words of a text in lower case, as written (accents kept), too long ones dropped."""
    return [word for word in WORD.findall((text or "").lower()) if len(word) <= MAX_WORD_LENGTH]


def is_stop_word(word):
    return fold(word) in STOP_WORDS
