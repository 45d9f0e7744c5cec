"""Fixtures of the privacy-guard tests.

Deduce builds its lookup structures once per machine (``manage.py warm_privacy`` in the
set-up step) and loads them once per process; the session fixture makes that load
happen before the first test that scans, instead of inside it.
"""

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def privacy_engine():
    from practices.privacy import warm_up

    seconds = warm_up()
    return {"warm_up_seconds": seconds}


@pytest.fixture(scope="session")
def identifying_corpus():
    with open(DATA / "identifying.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def ordinary_text():
    return (DATA / "ordinary.txt").read_text(encoding="utf-8")


def build_case(identifying, ordinary, words=2000):
    """A case text of about ``words`` words: ordinary paragraphs with identifying
    sentences spread through them."""
    paragraphs = [p for p in ordinary.split("\n\n") if p.strip()]
    sentences = [row["text"] for row in identifying]
    parts, count, i = [], 0, 0
    while count < words:
        paragraph = paragraphs[i % len(paragraphs)]
        extra = sentences[i % len(sentences)]
        block = f"{paragraph} {extra}"
        parts.append(block)
        count += len(block.split())
        i += 1
    text = "\n\n".join(parts)
    last_word = list(re.finditer(r"\S+", text))[words - 1]
    return text[: last_word.end()]


@pytest.fixture(scope="session")
def case_text(identifying_corpus, ordinary_text):
    return build_case(identifying_corpus, ordinary_text)
