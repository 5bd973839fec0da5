"""Playbook text is data: markup and template syntax in YAML appear literally, never run."""

from __future__ import annotations

from .site_reader import article, page_path, read

PAGE = "scenarios/zz-injection/"


def test_script_tags_are_escaped(injection_site):
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article(injection_site, PAGE)
    assert "<script>alert(1)" not in read(page_path(injection_site, PAGE))


def test_event_handler_and_frame_markup_is_escaped(injection_site):
    content = article(injection_site, PAGE)
    assert "&lt;img src=x onerror=alert(1)&gt;" in content
    assert "&lt;iframe src=//example.com&gt;" in content
    assert "<img src=x" not in content and "<iframe" not in content


def test_template_syntax_is_shown_not_evaluated(injection_site):
    content = article(injection_site, PAGE)
    for literal in ("{{ 7*7 }}", "{% raw %}没钱{% endraw %}", "{# 注释 #}", "{{ config.site_name }}"):
        assert literal in content, literal
    assert "“49”" not in content


def test_markdown_syntax_is_not_a_link(injection_site):
    content = article(injection_site, PAGE)
    assert "[点我](javascript:alert(1))" in content
    assert 'href="javascript:' not in content


def test_markup_inside_a_script_is_text(injection_site):
    assert "&lt;b&gt;加粗&lt;/b&gt;" in article(injection_site, PAGE)


def test_search_index_keeps_the_text_literal(injection_site):
    index = read(injection_site / "search" / "search_index.json")
    assert "<script>alert(1)" not in index and "onerror=alert(1)>" not in index
