"""Macros for hand-written pages in docs/: links and figures that stay true to the data.

A guide writes ``{{ entry_link("scenarios", "caiwu-buzai") }}`` instead of a bare
URL, so renaming or deleting an entry breaks the build instead of the link.
"""

from __future__ import annotations

from markupsafe import Markup

from . import site_state
from .kinds import KIND_BY_KEY, KINDS
from .render import RenderContext, render_template


def _context(env) -> RenderContext:
    current = env.page.url if env.page else ""
    return RenderContext(site_state.playbook, current, env.conf.use_directory_urls)


def register(env) -> None:
    @env.macro
    def entry_link(kind: str, entry_id: str, text: str | None = None) -> Markup:
        """A link to one entry; fails the build if the entry does not exist."""
        if kind not in KIND_BY_KEY:
            raise ValueError(f"entry_link: 没有“{kind}”这一类条目")
        entry = site_state.playbook.get(kind, entry_id)
        if entry is None:
            raise ValueError(f"entry_link: 找不到 {kind}/{entry_id}")
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
