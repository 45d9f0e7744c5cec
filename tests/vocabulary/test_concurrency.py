"""Searches run in the threads of one gunicorn worker: nothing they share may hold state."""

import random
from concurrent.futures import ThreadPoolExecutor

import snowballstemmer

from vocabulary.text import snowball

WORDS = [
    "leerkrachten",
    "handelingsgerichte",
    "diagnostische",
    "ouderbetrokkenheid",
    "zorgcoördinatoren",
    "klasobservaties",
    "leesproblemen",
    "begeleidingstrajecten",
    "consultatieve",
    "adviezen",
]


def test_stemming_in_many_threads_at_once_gives_the_single_threaded_stems():
    reference = snowballstemmer.stemmer("dutch")
    expected = {word: reference.stemWord(word) for word in WORDS}
    rng = random.Random(7)
    batches = [[rng.choice(WORDS) for _ in range(2000)] for _ in range(16)]

    def stem_batch(batch):
        return [(word, snowball(word)) for word in batch]

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = [pair for batch in pool.map(stem_batch, batches) for pair in batch]
    assert len(results) == 16 * 2000
    assert all(stem == expected[word] for word, stem in results)
