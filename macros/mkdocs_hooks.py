"""MkDocs hooks (listed under ``hooks:`` in mkdocs.yml): validate, then generate pages.

Validation runs in ``on_config``, before anything is rendered, so a broken
playbook stops ``mkdocs build`` and ``mkdocs serve`` with the same messages that
``make check`` prints.
"""

from __future__ import annotations

import sys
from pathlib import Path

# MkDocs loads this file by path; make the ``macros`` package importable beside it.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

import logging  # noqa: E402
import shutil  # noqa: E402

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402

from macros import site_state  # noqa: E402
from macros.check import check_playbook  # noqa: E402
from macros.pages import expand_nav, generate_pages  # noqa: E402
from macros.problems import format_problems  # noqa: E402
from macros.search import enrich_index, install_worker, load_dictionary  # noqa: E402


log = logging.getLogger("mkdocs.hooks.huikuan")


OFFLINE_SHIM = "assets/javascripts/vendor/iframe-worker.js"
SHIM_SOURCE = PROJECT_ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"


def offline_enabled(config) -> bool:
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


def playbooks_dir(config) -> Path:
    configured = config.extra.get("playbooks_dir") or "playbooks"
    return (Path(config.config_file_path).parent / configured).resolve()


@event_priority(100)  # before mkdocs-macros and the tags plugin read the config
def on_config(config):
    root = playbooks_dir(config)
    playbook, problems = check_playbook(root, Path(config.config_file_path).parent)
    errors = [problem for problem in problems if problem.is_error]
    if errors:
        raise PluginError(f"playbooks 校验失败，共 {len(errors)} 个问题：\n{format_problems(errors)}")
    for problem in problems:  # reminders only: they must not fail a --strict build
        log.info(problem.format())
    site_state.playbook = playbook
    site_state.guide_phrases = {}
    load_dictionary(playbook)
    if config.nav:
        config.nav = expand_nav(config.nav, playbook)
    if str(root) not in config.watch:
        config.watch.append(str(root))
    if offline_enabled(config):
        # Named before the offline plugin looks: otherwise it adds the shim from a CDN.
        config.extra["polyfills"] = [OFFLINE_SHIM]
    return config


def on_files(files: Files, config) -> Files:
    for file in files.documentation_pages():
        file.edit_uri = f"docs/{file.src_uri}"
    for page in generate_pages(site_state.playbook, config.use_directory_urls, config.extra.get("issues_url")):
        if files.get_file_from_path(page.src_uri):
            raise PluginError(f"docs/{page.src_uri} 与自动生成的页面冲突：这个页面由 playbooks/ 生成，请删除手写文件。")
        generated = File.generated(config, page.src_uri, content=page.markdown)
        generated.edit_uri = page.edit_path
        files.append(generated)
    return files


def on_page_context(context, page, config, nav):
    phrases = page.meta.get("search_phrases")
    if isinstance(phrases, list):
        site_state.guide_phrases[page.url] = [str(text) for text in phrases]
    return context


@event_priority(-50)  # after the search plugin has written its index, before the offline plugin inlines it
def on_post_build(config) -> None:
    site_dir = Path(config.site_dir)
    enrich_index(site_dir, site_state.playbook, site_state.guide_phrases, config.use_directory_urls)
    install_worker(site_dir)
    if offline_enabled(config):
        if not SHIM_SOURCE.exists():
            raise PluginError("离线包需要 iframe-worker：先运行 npm ci（make offline 会自动安装）。")
        target = site_dir / OFFLINE_SHIM
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SHIM_SOURCE, target)
