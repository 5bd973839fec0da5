"""Chinese search: a domain dictionary for jieba, extra index fields, and the worker layer.

Material's search plugin segments page text with jieba and writes
``search/search_index.json``. After it has written the file, ``enrich_index``
adds two fields that are indexed but never displayed:

- ``phrases`` on each entry's page: its name and the words people use for it
  (for a scenario, every phrasing of the customer), indexed as character pairs
  so that matching does not depend on how jieba happened to cut a sentence;
  typing what the customer said puts that scenario first;
- ``subwords`` on every entry: the parts of long compounds (``资金周转`` →
  ``资金``, ``周转``), so a part finds the page that only has the whole word.

``install_worker`` puts our query layer in front of Material's search worker.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jieba

from ..playbook import Playbook
from ..render import page_url

HERE = Path(__file__).resolve().parent
DICTIONARY = HERE / "dictionary.txt"
WORKER_LAYER = HERE / "worker.js"
WORKER_MARKER = "回款作战手册 — a thin layer around Material's search worker"

HAN_RUN = re.compile(r"[\u3400-\u9fff]+")

_dictionary_loaded = False


MAX_NAME_WORD = 6


def load_dictionary(playbook: Playbook) -> None:
    """Teach jieba the collection vocabulary and every short entry name.

    A name such as 同理式 or 支付令 then stays one word in titles and text, so
    typing it finds the entry's own page first. jieba is global: the file is
    loaded once per process, names on every build (adding a word twice is harmless).
    """
    global _dictionary_loaded
    if not _dictionary_loaded:
        jieba.setLogLevel(60)
        jieba.load_userdict(str(DICTIONARY))
        _dictionary_loaded = True
    for kind in playbook.entries:
        for entry in playbook.all(kind):
            if len(entry.name) <= MAX_NAME_WORD and HAN_RUN.fullmatch(entry.name):
                jieba.add_word(entry.name, freq=20000)


def subwords(text: str) -> list[str]:
    """Parts of the long Chinese words in already-segmented index text."""
    found: dict[str, None] = {}
    for token in re.split(r"[\s\u200b]+", text):
        for run in HAN_RUN.findall(token):
            if len(run) < 3:
                continue
            for part in jieba.cut_for_search(run):
                if part != run and len(part) >= 2:
                    found.setdefault(part, None)
    return list(found)


PHRASE_SEPARATOR = "，"  # one of the search separators: keeps phrases apart for the worker


def search_phrases(entry) -> list[str]:
    """What people type when they look for this entry."""
    data = entry.data
    if entry.kind == "scenarios":
        return [entry.name, *data.customer_says]
    if entry.kind == "counterparts":
        return [entry.name, data.role]
    if entry.kind == "legal":
        return [entry.name, data.law + "".join(data.articles)]
    return [entry.name]


def bigrams(text: str) -> list[str]:
    """Overlapping pairs of Chinese characters, plus any Latin or digit words."""
    pairs: list[str] = []
    for run in HAN_RUN.findall(text):
        pairs += [run[i:i + 2] for i in range(len(run) - 1)] or [run]
    pairs += [word.lower() for word in re.findall(r"[A-Za-z0-9]+", text)]
    return pairs


def as_pairs(phrases: list[str]) -> str:
    return PHRASE_SEPARATOR.join(" ".join(bigrams(text)) for text in phrases)


def page_phrases(playbook: Playbook, guide_phrases: dict[str, list[str]],
                 use_directory_urls: bool = True) -> dict[str, str]:
    """Page URL -> its phrases as character pairs, phrase by phrase.

    Entries get theirs from the data; hand-written pages from ``search_phrases``
    in their front matter.
    """
    phrases = {url: as_pairs(texts) for url, texts in guide_phrases.items()}
    for kind in playbook.entries:
        for entry in playbook.all(kind):
            phrases[page_url(entry.src_uri, use_directory_urls)] = as_pairs(search_phrases(entry))
    return phrases


def enrich_index(site_dir: Path, playbook: Playbook, guide_phrases: dict[str, list[str]],
                 use_directory_urls: bool = True) -> None:
    path = site_dir / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    phrases = page_phrases(playbook, guide_phrases, use_directory_urls)
    for doc in index["docs"]:
        if doc["location"] in phrases:
            doc["phrases"] = phrases[doc["location"]]
        parts = subwords(f"{doc.get('title', '')} {doc.get('text', '')}")
        if parts:
            doc["subwords"] = " ".join(parts)
    fields = index["config"].setdefault("fields", {})
    fields.setdefault("phrases", {"boost": 10})
    fields.setdefault("subwords", {"boost": 0.5})
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def install_worker(site_dir: Path) -> None:
    """Put the query layer at the path of Material's worker, which it then loads.

    The theme's pages keep pointing at ``search.<hash>.min.js``; that file becomes
    our layer and Material's original moves beside it, unchanged.
    """
    workers = site_dir / "assets" / "javascripts" / "workers"
    for worker in workers.glob("search.*.min.js"):
        if WORKER_MARKER in worker.read_text(encoding="utf-8", errors="ignore")[:2000]:
            continue
        original = worker.with_name(worker.name.replace(".min.js", ".material.js"))
        worker.replace(original)
        layer = WORKER_LAYER.read_text(encoding="utf-8").replace("__MATERIAL_WORKER__", original.name)
        worker.write_text(layer, encoding="utf-8")
