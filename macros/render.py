"""Render playbook data into page bodies with our own, autoescaping Jinja environment.

Playbook text only ever enters a template as a *value*: autoescape turns ``<script>``
into text, and because values are never parsed as template source, ``{{ 7*7 }}`` in
a YAML file stays ``{{ 7*7 }}`` on the page. Generated pages are marked
``render_macros: false`` so mkdocs-macros never sees their text either.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape
from mkdocs.utils import get_relative_url

from .kinds import KIND_BY_KEY, KINDS
from .models import AGING_ORDER, CONFIDENCE_LABELS, FAMILY_ORDER, LOGIC_ORDER, SCOPE_LABELS, TACTIC_CATEGORY_ORDER
from .playbook import Entry, Playbook
from .validate import PLACEHOLDER

TEMPLATES = Path(__file__).parent / "templates"


def page_url(src_uri: str, use_directory_urls: bool = True) -> str:
    """The URL MkDocs gives a Markdown source path (same rules as mkdocs.structure.files.File)."""
    stem, _ = posixpath.splitext(src_uri)
    directory, name = posixpath.split(stem)
    if name == "index":
        return f"{directory}/" if directory else "./"
    if use_directory_urls:
        return f"{stem}/"
    return f"{stem}.html"


@dataclass
class RenderContext:
    playbook: Playbook
    current_url: str
    use_directory_urls: bool = True

    def url_of(self, src_uri: str) -> str:
        return get_relative_url(page_url(src_uri, self.use_directory_urls), self.current_url)

    def entry_url(self, entry: Entry) -> str:
        return self.url_of(entry.src_uri)

    def kind_url(self, kind: str) -> str:
        return self.url_of(f"{kind}/index.md")




def intensity_dots(level: int) -> Markup:
    filled = "●" * level + "○" * (5 - level)
    return Markup('<span class="hk-intensity" title="施压强度 {0}/5" aria-label="施压强度 {0}/5">{1}</span>').format(
        level, filled)


def mark_placeholders(text: str) -> Markup:
    """Escape a script and wrap each {占位符} so the page can highlight and fill it."""
    out = Markup("")
    last = 0
    for match in PLACEHOLDER.finditer(text):
        out += escape(text[last:match.start()])
        out += Markup('<span class="hk-slot" data-slot="{0}">{{{0}}}</span>').format(match.group(1))
        last = match.end()
    return out + escape(text[last:])


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(
        KIND_BY_KEY=KIND_BY_KEY,
        KINDS=KINDS,
        LOGIC_ORDER=LOGIC_ORDER,
        AGING_ORDER=AGING_ORDER,
        FAMILY_ORDER=FAMILY_ORDER,
        TACTIC_CATEGORY_ORDER=TACTIC_CATEGORY_ORDER,
        SCOPE_LABELS=SCOPE_LABELS,
        CONFIDENCE_LABELS=CONFIDENCE_LABELS,
    )
    env.filters["dots"] = intensity_dots
    env.filters["placeholders"] = mark_placeholders
    return env


ENVIRONMENT = _environment()


def render_template(name: str, ctx: RenderContext, **values) -> str:
    template = ENVIRONMENT.get_template(name)
    return template.render(ctx=ctx, pb=ctx.playbook, **values)
