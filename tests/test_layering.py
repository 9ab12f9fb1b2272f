"""The house's layering: stages import downward only (pyproject.toml's import-linter contract), modules stay small.

``cli → runs → export → reconcile → extract → extractors | ingest → core → schemas``
(pipeline/__init__.py). A wrong-way import, such as ``extractors`` reaching into
``pipeline.ingest.normalise``, fails here and so fails CI.
"""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pipeline", "extractors", "schemas")
MAX_LINES = 400


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is a test dependency (pyproject.toml [test])"
    # PYTHONPATH first, so the tree at ``root`` is the one analysed, not the installed checkout.
    return subprocess.run([exe, "--no-cache"], cwd=root, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)})


def test_stages_import_downward_only() -> None:
    res = lint_imports(ROOT)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "1 kept, 0 broken" in res.stdout


def test_a_wrong_way_import_breaks_the_contract(tmp_path: Path) -> None:
    """The contract has teeth: the same tree with one upward import (an extractor using ingest) is refused."""
    for name in (*PACKAGES, "pyproject.toml"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(src, tmp_path / name)
    base = tmp_path / "extractors" / "base.py"
    base.write_text(base.read_text(encoding="utf-8") + "\nfrom pipeline.ingest.normalise import normalise  # noqa\n",
                    encoding="utf-8")
    res = lint_imports(tmp_path)
    assert res.returncode != 0
    assert "extractors is not allowed to import pipeline.ingest" in res.stdout


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_flows_sits_on_the_runs_stage() -> None:
    """flows.py is a module, outside import-linter's packages: it may use runs and core, and only the CLI imports it."""
    ours = {n for n in _imports(ROOT / "flows.py") if n.split(".")[0] in PACKAGES}
    assert ours and all(n.startswith(("pipeline.runs", "pipeline.core")) for n in ours), ours
    importers = [p.relative_to(ROOT).as_posix() for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")
                 if "flows" in _imports(p)]
    assert importers == ["pipeline/cli.py"]


@pytest.mark.parametrize("package", ["pipeline", "extractors"])
def test_modules_stay_small(package: str) -> None:
    big = {p.relative_to(ROOT).as_posix(): n for p in (ROOT / package).rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not big, f"split by responsibility (STYLE.md): {big}"
