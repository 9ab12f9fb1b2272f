"""scripts/bench_ocr.py on one page: the three ways run, and read the same text."""
from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "bench_ocr.py"
REAL = ROOT.parent / "shared" / "corpus" / "real"

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")


def test_bench_ocr_one_page(tmp_path):
    if not (REAL / "files" / "real-01.pdf").is_file():
        pytest.skip("real corpus not present")
    spec = importlib.util.spec_from_file_location("bench_ocr", SCRIPT)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)

    out = tmp_path / "bench.json"
    bench.main(["--pages", "1", "--files", "real-01.pdf", "--json", str(out)])
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["cores"] >= 1
    ways = {w["way"]: w for w in result["ways"]}
    assert {"a", "b", "c"} <= set(ways)
    for key in ("a", "b", "c"):
        assert ways[key]["pages"] == 1 and ways[key]["pages_per_s"] > 0
    assert result["c_over_b"] > 0
    assert result["agreement"]["jaccard_b_vs_a_mean"] > 0.9
    assert result["agreement"]["jaccard_c_vs_a_mean"] > 0.9
