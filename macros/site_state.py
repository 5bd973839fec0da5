"""The playbook of the build in progress, shared by the MkDocs hooks and the macros."""

from __future__ import annotations

from .playbook import Playbook

playbook: Playbook = Playbook()
