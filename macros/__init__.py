"""回款作战手册: load, validate and render the YAML playbooks.

``define_env`` is the entry point mkdocs-macros calls (``module_name: macros``);
the page generation itself lives in ``mkdocs_hooks.py``.
"""

from __future__ import annotations


def define_env(env) -> None:
    from .site_macros import register

    register(env)
