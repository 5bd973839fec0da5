"""Search quality: queries typed without spaces into the header search box of the real site."""

from __future__ import annotations

from search.search_box import load_queries, open_search, search

REQUIRED_TOP3 = 0.90


def test_queries_typed_without_spaces_find_their_page_in_the_top_three(page, real_site_url):
    cases = load_queries()
    assert len(cases) >= 55
    open_search(page, real_site_url)
    misses = []
    for query, expected in cases:
        results, _ = search(page, real_site_url, query)
        if not any(url in expected for url in results[:3]):
            misses.append(f"  {query} → {' | '.join(results[:3]) or '（无结果）'}；应为 {' 或 '.join(expected)}")
    hit_rate = 1 - len(misses) / len(cases)
    print(f"\n搜索前三命中率：{hit_rate:.1%}（{len(cases) - len(misses)}/{len(cases)}）")
    print("\n".join(misses))
    assert hit_rate >= REQUIRED_TOP3, "未命中的查询：\n" + "\n".join(misses)


def test_a_one_word_query_works(page, real_site_url):
    open_search(page, real_site_url)
    results, _ = search(page, real_site_url, "财务")
    assert results and results[0] == "scenarios/caiwu-buzai/"


def test_a_compound_word_is_found_by_its_part(page, real_site_url):
    open_search(page, real_site_url)
    results, _ = search(page, real_site_url, "周转")
    assert results, "“周转”应能找到含“资金周转”一类复合词的页面"


def test_search_result_titles_are_readable_and_link_to_sections(page, real_site_url):
    open_search(page, real_site_url)
    search(page, real_site_url, "不安抗辩权")
    first = page.locator(".md-search-result__item").first
    title = first.locator("h1, h2").first.inner_text()
    assert "不安抗辩权" in title.replace("\u200b", "")
    assert page.locator(".md-search-result__item a[href*='#']").count() >= 1
