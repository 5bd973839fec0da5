"""The playbook of the build in progress, shared by the MkDocs hooks and the macros."""

from __future__ import annotations

from .playbook import Playbook

playbook: Playbook = Playbook()

# Page URL -> search_phrases from a hand-written page's front matter (collected while rendering).
guide_phrases: dict[str, list[str]] = {}
