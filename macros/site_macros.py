"""Macros for hand-written pages in docs/: links and figures that stay true to the data.

A guide writes ``{{ entry_link("scenarios", "caiwu-buzai") }}`` instead of a bare
URL, so renaming or deleting an entry breaks the build instead of the link.
"""

from __future__ import annotations

import logging

from markupsafe import Markup

from . import site_state
from .kinds import KIND_BY_KEY, KINDS
from .render import RenderContext, render_template


# A warning under "mkdocs." fails a --strict build with this message and no traceback.
log = logging.getLogger("mkdocs.plugins.huikuan")


def _context(env) -> RenderContext:
    current = env.page.url if env.page else ""
    return RenderContext(site_state.playbook, current, env.conf.use_directory_urls)


def register(env) -> None:
    @env.macro
    def entry_link(kind: str, entry_id: str, text: str | None = None) -> Markup:
        """A link to one entry; fails the build if the entry does not exist."""
        entry = site_state.playbook.get(kind, entry_id) if kind in KIND_BY_KEY else None
        if entry is None:
            where = env.page.file.src_uri if env.page else "?"
            log.warning(f"docs/{where}: entry_link 引用的条目 {kind}/{entry_id} 不存在")
            return Markup('<span class="hk-broken-link">{}</span>').format(text or entry_id)
        return Markup('<a href="{}">{}</a>').format(_context(env).entry_url(entry), text or entry.name)

    @env.macro
    def entry_count(kind: str) -> int:
        return site_state.playbook.count(kind)

    @env.macro
    def script_count() -> int:
        return sum(len(entry.data.scripts) for entry in site_state.playbook.all("scenarios"))

    @env.macro
    def ways_in() -> Markup:
        """The home page's cards: one per kind, with its count."""
        ctx = _context(env)
        return Markup(render_template("ways_in.html.j2", ctx, kinds=KINDS))
