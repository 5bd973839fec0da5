"""Shared fixtures: project paths, site builds, a local web server and a real Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI_PLAYBOOK = FIXTURES / "mini"

sys.path.insert(0, str(ROOT))


def build_site(playbooks: Path, destination: Path) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` of the real project with another playbooks directory."""
    env = dict(os.environ, PLAYBOOKS_DIR=str(playbooks), NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(destination)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture
def mini_copy(tmp_path) -> Path:
    """A writable copy of the small valid playbook, to break on purpose."""
    target = tmp_path / "playbooks"
    shutil.copytree(MINI_PLAYBOOK, target)
    return target


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    destination = tmp_path_factory.mktemp("site") / "site"
    result = build_site(ROOT / "playbooks", destination)
    assert result.returncode == 0, result.stdout + result.stderr
    return destination


def offer_in_main_tree(playbooks: Path, scenario_id: str, label: str) -> None:
    """Add a scenario as an option of the main tree, as CONTRIBUTING.md tells contributors to."""
    tree = playbooks / "trees" / "xuanze-celue.yaml"
    text = tree.read_text(encoding="utf-8")
    anchor = "  changjian:\n    question: 他具体是怎么说的？\n    options:\n"
    assert anchor in text
    option = f"      - label: {label}\n        scenario: {scenario_id}\n        next: logic\n"
    tree.write_text(text.replace(anchor, anchor + option), encoding="utf-8")


@pytest.fixture(scope="session")
def injection_site(tmp_path_factory) -> Path:
    """The real playbook plus one scenario full of markup and template syntax."""
    workspace = tmp_path_factory.mktemp("injection")
    playbooks = workspace / "playbooks"
    shutil.copytree(ROOT / "playbooks", playbooks)
    shutil.copy(FIXTURES / "injection-scenario.yaml", playbooks / "scenarios" / "zz-injection.yaml")
    # the main decision tree must reach every scenario, so offer the new one there too
    offer_in_main_tree(playbooks, "zz-injection", "注入测试")
    result = build_site(playbooks, workspace / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return workspace / "site"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve_directory(directory: Path):
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


@pytest.fixture(scope="session")
def real_site_url(real_site):
    server = serve_directory(real_site)
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic", "--disable-features=Translate,OptimizationHints",
    "--disable-ipc-flooding-protection",  # the tree walker changes the URL thousands of times
]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        message = "找不到 Debian 的 chromium（apt-get install chromium）"
        if os.environ.get("CI"):
            pytest.fail(f"{message}：CI 中缺少浏览器视为失败")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="zh-CN", permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    yield tab
    context.close()
