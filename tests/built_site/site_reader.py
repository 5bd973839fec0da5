"""Read a built site: its pages and the links between them."""

from __future__ import annotations

import html
import posixpath
import re
from functools import lru_cache
from pathlib import Path

HREF = re.compile(r'<a [^>]*href="([^"]+)"')


def page_path(site: Path, url: str) -> Path:
    return site / url / "index.html" if url.endswith("/") or url == "" else site / url


@lru_cache(maxsize=None)
def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def article(site: Path, url: str) -> str:
    """The main content of a page (without nav, header and footer)."""
    text = read(page_path(site, url))
    start = text.index('<article class="md-content__inner')
    return text[start:text.index("</article>", start)]


def links_from(site: Path, url: str) -> set[str]:
    """Site-relative URLs that a page's main content links to."""
    found = set()
    for href in HREF.findall(article(site, url)):
        href = html.unescape(href).split("#")[0]
        if not href or "://" in href or href.startswith("mailto:"):
            continue
        resolved = posixpath.normpath(posixpath.join(url, href))
        found.add("" if resolved == "." else resolved.rstrip("/") + "/")
    return found
