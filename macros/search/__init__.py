"""Chinese search: a domain dictionary for jieba, extra index fields, and the worker layer.

Material's search plugin segments page text with jieba and writes
``search/search_index.json``. After it has written the file, ``enrich_index``
adds two fields that are indexed but never displayed:

- ``phrases`` on each scenario's page entry: the customer's own words and the
  scenario name, so typing what the customer said puts that scenario first;
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

HERE = Path(__file__).resolve().parent
DICTIONARY = HERE / "dictionary.txt"
WORKER_LAYER = HERE / "worker.js"
WORKER_MARKER = "回款作战手册 — a thin layer around Material's search worker"

HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
ZERO_WIDTH = "\u200b"

_dictionary_loaded = False


def load_dictionary() -> None:
    """Teach jieba the collection vocabulary (once per process; jieba is global)."""
    global _dictionary_loaded
    if not _dictionary_loaded:
        jieba.setLogLevel(60)
        jieba.load_userdict(str(DICTIONARY))
        _dictionary_loaded = True


def segment(text: str) -> str:
    """Words of ``text`` joined the way Material indexes them (zero-width spaces)."""
    return ZERO_WIDTH.join(word for word in jieba.cut(text) if word.strip())


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


def scenario_phrases(playbook: Playbook) -> dict[str, str]:
    """Page URL -> the customer's words for that scenario, segmented."""
    phrases = {}
    for entry in playbook.all("scenarios"):
        words = [entry.name, *entry.data.customer_says]
        phrases[entry.url] = " ".join(segment(text) for text in words)
    return phrases


def enrich_index(site_dir: Path, playbook: Playbook) -> None:
    path = site_dir / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    phrases = scenario_phrases(playbook)
    for doc in index["docs"]:
        if doc["location"] in phrases:
            doc["phrases"] = phrases[doc["location"]]
        parts = subwords(f"{doc.get('title', '')} {doc.get('text', '')}")
        if parts:
            doc["subwords"] = " ".join(parts)
    fields = index["config"].setdefault("fields", {})
    fields.setdefault("phrases", {"boost": 50})
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
