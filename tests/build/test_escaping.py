"""Playbook text is data: markup and template syntax in YAML appear literally, never run."""

from __future__ import annotations

from .site_reader import article, page_path, read


def test_script_tags_are_escaped(mini_site):
    content = article(mini_site, "scenarios/finance-away/")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert "<script>alert(1)" not in read(page_path(mini_site, "scenarios/finance-away/"))


def test_event_handler_markup_is_escaped(mini_site):
    content = article(mini_site, "scenarios/finance-away/")
    assert "&lt;img src=x onerror=alert(1)&gt;" in content
    assert "<img src=x" not in content


def test_template_syntax_is_not_evaluated(mini_site):
    content = article(mini_site, "scenarios/finance-away/")
    assert "{{ 7*7 }}" in content
    assert "“49”" not in content


def test_markup_inside_a_script_is_text(mini_site):
    content = article(mini_site, "scenarios/finance-away/")
    assert "&lt;b&gt;加粗&lt;/b&gt;" in content


def test_search_index_keeps_the_text_literal(mini_site):
    index = read(mini_site / "search" / "search_index.json")
    assert "<script>alert(1)" not in index
