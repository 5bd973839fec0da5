"""``make offline``: the whole site as a zip that works opened from file:// — search and
decision trees included, built without network access (iframe-worker comes from node_modules)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "huikuan-offline"


def build_bundle(destination: Path) -> Path:
    with tempfile.TemporaryDirectory() as temp:
        site = Path(temp) / NAME
        env = dict(os.environ, OFFLINE="true", NO_MKDOCS_2_WARNING="1")
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site)],
                       cwd=ROOT, env=env, check=True)
        destination.mkdir(parents=True, exist_ok=True)
        archive = shutil.make_archive(str(destination / NAME), "zip", root_dir=temp, base_dir=NAME)
    return Path(archive)


def main(argv: list[str] | None = None) -> int:
    destination = Path((argv or sys.argv[1:] or ["dist"])[0])
    try:
        archive = build_bundle(destination)
    except subprocess.CalledProcessError:
        print("离线包构建失败（见上面的信息）。", file=sys.stderr)
        return 1
    print(f"离线包：{archive}（{archive.stat().st_size / 1024 / 1024:.1f} MiB）。解压后双击 {NAME}/index.html 即可使用。")
    return 0


if __name__ == "__main__":
    sys.exit(main())
