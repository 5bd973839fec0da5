"""Drive the site's header search box the way a person does, and read the results."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

QUERIES = Path(__file__).with_name("queries.tsv")


def load_queries(path: Path = QUERIES) -> list[tuple[str, list[str]]]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, expected = line.split("\t")
            cases.append((query, expected.split()))
    return cases


def open_search(page, base_url: str) -> None:
    page.goto(base_url, wait_until="networkidle")
    box = page.locator("input.md-search__input")
    if not box.is_visible():  # phones: the header's magnifier opens the search
        page.locator("label.md-header__button[for=__search]").click()
    box.click()


RESULT_LINKS = "() => [...document.querySelectorAll('.md-search-result__item > a')].map(a => a.href)"


def search(page, base_url: str, query: str, timeout: float = 8.0) -> tuple[list[str], float]:
    """Type ``query`` (no key per character: input events, as an IME or paste sends them).

    Returns the site-relative page paths of the results, in order, and the seconds
    from the last character to the results settling.
    """
    box = page.locator("input.md-search__input")
    box.fill("")
    page.evaluate("document.querySelector('.md-search-result__list').innerHTML = ''")
    box.press_sequentially(query)
    started = time.perf_counter()
    deadline = started + timeout
    previous, stable_since, settled_at = None, None, None
    while time.perf_counter() < deadline:
        links = page.evaluate(RESULT_LINKS)
        now = time.perf_counter()
        if links and links == previous:
            if now - stable_since >= 0.25:
                break
        else:
            previous, stable_since, settled_at = links, now, now
        page.wait_for_timeout(30)
    base_path = urlsplit(base_url).path
    pages = []
    for link in previous or []:
        path = urlsplit(urljoin(base_url, link)).path
        pages.append(path[len(base_path):] if path.startswith(base_path) else path)
    return pages, (settled_at or time.perf_counter()) - started
