"""Throughput benchmark: the nightly flow over an inbox of N mixed documents, cold and unchanged.

    .venv/bin/python benchmarks/run_benchmark.py                 # N=1000, results/latest.json + README table
    .venv/bin/python benchmarks/run_benchmark.py --n 90 --no-dask  # a quick look

A script, not a timed test: it builds an inbox of N documents (PDF/DOCX/TXT in
turn, from the seeds and variants of them, plus the damaged corpus minus the
scan), then under one Prefect test server:

1. runs the nightly flow cold with the default runner (one thread per core,
   each batch read in a forked child), then again unchanged; cold with one
   batch at a time (one reader process: the baseline for speed-ups); cold with
   the Dask runner on a local cluster of 2 processes that the run starts
   (``--runner dask``); and cold on a standing local cluster of 2 processes,
   started and warmed before the flow as a deployment would keep one;
   each run is timed from the flow run's start to its end (Prefect's API), the
   server's and the standing cluster's start-ups are reported on their own, and the memory of this process
   and every process it starts (Dask workers, a forked child per document) is
   sampled for the peak;
2. times the stages one document at a time on a sample (read, normalise, each
   extractor, the document fields) and the matrix and the workbook over the
   cold run's records;
3. reads a sample of the inbox's PDFs three ways, interleaved, on the same
   files: the pipeline's reader, plain pdfplumber ``extract_text`` and plain
   pypdfium2 text.

Pages: a PDF's own pages; a TXT or DOCX counts the pages of its seed's PDF
rendition (the same text), so pages/s compares alike across formats.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sys
import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

SEEDS = ROOT / "corpus" / "seeds"
DAMAGED = ROOT / "corpus" / "damaged"
FORMATS = ("pdf", "docx", "txt")
MB = 1024 * 1024

# the issue's must-show figures
TARGETS = {"cold_docs_per_s": 20.0, "peak_memory_mb": 1024.0, "pdf_read_vs_pdfplumber": 10.0,
           "rerun_s": 5.0, "extraction_ms_per_page": 20.0, "dask_speedup": 1.0}


# --- the inbox


def _pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _pdf_variant(stems: list[str], stem: str, k: int) -> bytes:
    """Seed pages rearranged: all of them, one dropped, or followed by the next seed's (a longer report)."""
    import io

    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(SEEDS / f"{stem}.pdf"))
    new = pdfium.PdfDocument.new()
    n = len(src)
    if k % 3 == 1 and n > 2:
        new.import_pages(src, [i for i in range(n) if i != k % n])
    else:
        new.import_pages(src)
    if k % 3 == 2:
        nxt = pdfium.PdfDocument(str(SEEDS / f"{stems[(stems.index(stem) + 1) % len(stems)]}.pdf"))
        new.import_pages(nxt)
        nxt.close()
    buf = io.BytesIO()
    new.save(buf)
    new.close()
    src.close()
    return buf.getvalue() + f"\n%bdhv benchmark variant {stem} {k}\n".encode()


def build_inbox(n: int, inbox: Path) -> list[dict[str, Any]]:
    """N documents in ``inbox``: seeds first, then variants; returns one manifest row per file."""
    import docx

    if inbox.exists():
        shutil.rmtree(inbox)
    inbox.mkdir(parents=True)
    stems = sorted(p.stem for p in SEEDS.glob("*.txt"))
    seed_pages = {s: _pdf_pages(SEEDS / f"{s}.pdf") for s in stems}
    damaged = sorted(p for p in DAMAGED.iterdir() if p.is_file() and not p.name.startswith("scanned"))
    damaged = damaged[: max(0, min(len(damaged), n // 50))]  # about 2% of the inbox fails on purpose
    word_docs: dict[str, Any] = {}
    manifest = []
    for i in range(n - len(damaged)):
        fmt, stem, k = FORMATS[i % 3], stems[(i // 3) % len(stems)], i // (3 * len(stems))
        path = inbox / f"{i:04d}_{stem}_v{k}.{fmt}"
        pages = seed_pages[stem]
        if k == 0:
            shutil.copy(SEEDS / f"{stem}.{fmt}", path)
        elif fmt == "txt":
            data = (SEEDS / f"{stem}.txt").read_bytes()
            path.write_bytes(data + f"\nBản sao số {k}, lưu Văn phòng.\n".encode())
        elif fmt == "docx":
            d = word_docs.get(stem) or word_docs.setdefault(stem, docx.Document(str(SEEDS / f"{stem}.docx")))
            para = d.add_paragraph(f"Bản sao số {k}, lưu Văn phòng.")
            d.save(str(path))
            para._p.getparent().remove(para._p)
        else:
            path.write_bytes(_pdf_variant(stems, stem, k))
            pages = _pdf_pages(path)
        manifest.append({"path": str(path), "format": fmt, "seed": stem, "pages": pages})
    for p in damaged:
        dst = inbox / f"damaged_{p.name}"
        shutil.copy(p, dst)
        fmt = p.suffix.lstrip(".")
        manifest.append({"path": str(dst), "format": fmt, "seed": None, "pages": 1})
    return manifest


# --- memory


class MemorySampler:
    """Peak memory of this process and every process it starts, sampled every ``interval`` s.

    PSS (proportional set size) counts a page shared by forked children once
    in total, which RSS would count in every child; both are kept. Processes
    alive before the sampler starts (the Prefect test server) are left out.
    Reading a process's PSS makes the kernel walk its page tables (a few ms
    for a process holding the models): sampled every 0.2 s over five
    processes that cost the run about 6 s of CPU, so the default is once a
    second, and the sampler's own time is reported (``cost_s``).
    """

    def __init__(self, interval: float = 1.0, include: Any = ()):
        import psutil

        self.interval, self.me = interval, psutil.Process()
        self.before = {p.pid for p in self.me.children(recursive=True)}
        self.also = [psutil.Process(pid) for pid in include]  # a standing cluster's workers, and what they fork
        self.peak_pss = self.peak_rss = 0.0
        self.cost_s = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        import psutil

        started = time.thread_time()
        pss = rss = 0.0
        procs = [self.me] + [p for p in self.me.children(recursive=True) if p.pid not in self.before]
        for root in self.also:
            try:
                procs += [root] + root.children(recursive=True)
            except psutil.NoSuchProcess:
                continue
        for p in procs:
            try:
                info = p.memory_full_info()
                pss += getattr(info, "pss", info.rss)
                rss += info.rss
            except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                continue
        self.peak_pss, self.peak_rss = max(self.peak_pss, pss), max(self.peak_rss, rss)
        self.cost_s += time.thread_time() - started

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> "MemorySampler":
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()


# --- flow runs


def _last_flow_run() -> dict[str, Any]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.sorting import FlowRunSort

    with get_client(sync_client=True) as client:
        fr = client.read_flow_runs(sort=FlowRunSort.START_TIME_DESC, limit=1)[0]
    return {"id": str(fr.id), "state": fr.state_name, "start": fr.start_time, "end": fr.end_time,
            "seconds": (fr.end_time - fr.start_time).total_seconds()}


def run_flow(inbox: Path, out_dir: Path, runner: str, workers: int, dask_address: str | None = None,
             include: Any = ()) -> dict[str, Any]:
    """One nightly flow run; its time from the flow run's start to its end, the call's wall time, peak memory.

    ``include``: processes started before the run that belong to it (a standing Dask cluster's workers).
    """
    from flows import run_nightly
    from pipeline.core.settings import load_settings

    settings = load_settings(inbox=inbox, out_dir=out_dir, runner=runner, workers=workers, dask_address=dask_address)
    with MemorySampler(include=include) as mem:
        t0 = time.perf_counter()
        try:
            summary = run_nightly(settings)
        except Exception as e:  # a failed run is a result too: recorded, the benchmark goes on
            summary = {"error": f"{type(e).__name__}: {e}"}
        wall = time.perf_counter() - t0
    fr = _last_flow_run()
    return {"runner": runner + (" (standing cluster)" if dask_address else ""), "workers": settings.parallel,
            "flow_run_s": round(fr["seconds"], 3),
            "call_wall_s": round(wall, 3), "state": fr["state"],
            "peak_pss_mb": round(mem.peak_pss / MB, 1), "peak_rss_mb": round(mem.peak_rss / MB, 1),
            "memory_sampler_cpu_s": round(mem.cost_s, 2),
            "summary": {k: summary.get(k) for k in ("documents", "processed", "new", "changed", "unchanged", "failed", "error")
                        if k in summary}}


def run_flow_isolated(inbox: Path, out_dir: Path, runner: str, workers: int, dask_address: str | None = None,
                      include: Any = ()) -> dict[str, Any]:
    """``run_flow`` in a fresh Python process, against this process's Prefect server.

    Each cold run then starts from an empty process, as ``bdhv run`` does:
    memory left behind by an earlier run (records, models loaded for another
    runner) is not counted against the next one.
    """
    import subprocess

    from prefect.settings import PREFECT_API_URL

    job = {"inbox": str(inbox), "out_dir": str(out_dir), "runner": runner, "workers": workers,
           "dask_address": dask_address, "include": sorted(include)}
    env = dict(os.environ, PREFECT_API_URL=str(PREFECT_API_URL.value()))
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--one-run", json.dumps(job)],
                          env=env, cwd=ROOT, capture_output=True, text=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise RuntimeError(f"the {runner} run failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(lines[-1])


def _one_run(job: str) -> int:
    j = json.loads(job)
    res = run_flow(Path(j["inbox"]), Path(j["out_dir"]), j["runner"], j["workers"], j["dask_address"], set(j["include"]))
    print(json.dumps(res, default=str), flush=True)
    return 0


@contextmanager
def standing_cluster(workers: int) -> Iterator[tuple[str, set[int], float]]:
    """A local Dask cluster started (and its workers warmed) before the flow, as a deployment keeps one running.

    Yields its address, its worker processes and its start-up time, which is
    reported apart from the flow run, like the Prefect server's.
    """
    import psutil
    from distributed import LocalCluster

    before = {p.pid for p in psutil.Process().children(recursive=True)}  # the Prefect server is not the cluster's
    t = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           preload=["pipeline.runs.dask_worker"])
    started = time.perf_counter() - t
    pids = {p.pid for p in psutil.Process().children(recursive=True)} - before
    try:
        yield cluster.scheduler_address, pids, started
    finally:
        cluster.close()


# --- stages, one document at a time


@contextmanager
def _timed(module: Any, name: str, bucket: dict[str, float], key: str) -> Iterator[None]:
    """Wrap ``module.name`` so that its time is added to ``bucket[key]``."""
    original = getattr(module, name)

    def wrapper(*a: Any, **kw: Any) -> Any:
        t = time.perf_counter()
        try:
            return original(*a, **kw)
        finally:
            bucket[key] += time.perf_counter() - t

    setattr(module, name, wrapper)
    try:
        yield
    finally:
        setattr(module, name, original)


def _per_document_caches() -> list[Any]:
    """Per-sentence caches of the extractors (underthesea's word segmentation and NER).

    In the flow a batch's documents are read by one child forked from a warm
    parent, so these caches live for one batch; here they are cleared before
    each document, or the sample (variants of a few seeds) would be timed
    from cache after its first documents.
    """
    import extractors.tasks as tasks
    import extractors.units as units

    return [f.cache_clear for f in (getattr(tasks, "_content_words", None), getattr(units, "_ner", None))
            if hasattr(f, "cache_clear")]


def profile_stages(manifest: list[dict[str, Any]], sample: int, seed: int = 7) -> dict[str, Any]:
    """Read (reader minus normalise), normalise, each extractor and the fields, per page, on a sample."""
    import pipeline.ingest.assemble as assemble
    from extractors import KINDS, extractors
    from extractors.fields import extract_fields
    from pipeline.runs.batch import warm_models
    from pipeline.core.errors import ReadError
    from pipeline.ingest.read import read_document

    warm_models()
    docs = [m for m in manifest if m["seed"]]
    by_fmt = {f: [m for m in docs if m["format"] == f] for f in FORMATS}
    rng = random.Random(seed)
    picked = [m for f in FORMATS for m in rng.sample(by_fmt[f], min(len(by_fmt[f]), sample // 3))]
    table = extractors()
    clear_caches = _per_document_caches()
    stage: dict[str, float] = defaultdict(float)
    per_fmt: dict[str, dict[str, float]] = {f: defaultdict(float) for f in FORMATS}
    with _timed(assemble, "normalise", stage, "normalise"):
        for m in picked:
            for clear in clear_caches:
                clear()
            before = stage["normalise"]
            t = time.perf_counter()
            try:
                doc = read_document(m["path"])
            except ReadError:
                continue
            read = time.perf_counter() - t - (stage["normalise"] - before)
            stage["read"] += read
            f = per_fmt[m["format"]]
            f["read"] += read
            f["normalise"] += stage["normalise"] - before
            f["pages"] += m["pages"]
            f["docs"] += 1
            mentions = {}
            for kind in KINDS:
                t = time.perf_counter()
                mentions[kind] = list(table[kind](doc))
                dt = time.perf_counter() - t
                stage[kind] += dt
                f["extract"] += dt
            t = time.perf_counter()
            extract_fields(doc, mentions)
            dt = time.perf_counter() - t
            stage["fields"] += dt
            f["extract"] += dt
            stage["pages"] += m["pages"]
            stage["docs"] += 1
    pages = stage["pages"] or 1
    ms = {k: round(v / pages * 1000, 2) for k, v in stage.items() if k not in ("pages", "docs")}
    extraction = sum(ms[k] for k in list(KINDS) + ["fields"])
    return {"documents": int(stage["docs"]), "pages": int(stage["pages"]), "ms_per_page": ms,
            "extraction_ms_per_page": round(extraction, 2),
            "by_format_ms_per_doc": {f: {k: round(v / max(1, d["docs"]) * 1000, 1) for k, v in d.items()
                                         if k not in ("pages", "docs")} | {"docs": int(d["docs"])}
                                     for f, d in per_fmt.items()}}


def profile_outputs(out_dir: Path) -> dict[str, float]:
    """The matrix (build + JSON) and the workbook over the cold run's records."""
    from pipeline.reconcile.matrix import build_matrix, matrix_json, write_matrix_json
    from pipeline.core.plan192 import load_reference
    from pipeline.export.workbook import export_workbook

    records = [json.loads(line) for line in (out_dir / "extractions.jsonl").read_text(encoding="utf-8").splitlines()]
    reference = load_reference()
    scratch = out_dir / "bench"
    scratch.mkdir(exist_ok=True)
    t = time.perf_counter()
    rows = build_matrix(records, reference)
    matrix_json(rows)
    write_matrix_json(rows, scratch / "matrix.json")
    matrix_s = time.perf_counter() - t
    t = time.perf_counter()
    export_workbook(rows, records, reference, scratch / "matrix.xlsx")
    workbook_s = time.perf_counter() - t
    return {"records": len(records), "matrix_s": round(matrix_s, 3), "workbook_s": round(workbook_s, 3)}


# --- PDF reading, side by side


class _Clock:
    """Wall and CPU time (this process, all its threads) of one timed block, added to running totals."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0

    @contextmanager
    def __call__(self) -> Iterator[None]:
        w, c = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall += time.perf_counter() - w
            self.cpu += time.process_time() - c


def compare_pdf_reading(manifest: list[dict[str, Any]], sample: int, seed: int = 11) -> dict[str, Any]:
    """The pipeline's reader against plain pdfplumber and plain pypdfium2, file by file, interleaved.

    Wall time and CPU time are both kept: the machine is shared, and another
    process's load stretches wall time but hardly the CPU time each reader
    spends (all three read in this process). The ratio is taken over the same
    files, read in turn, so a slow spell weighs on all three alike.
    """
    import warnings

    import pdfplumber
    import pypdfium2 as pdfium

    import pipeline.ingest.assemble as assemble
    from pipeline.core.errors import ReadError
    from pipeline.ingest.readers.pdf import read_pdf

    pdfs = [m for m in manifest if m["format"] == "pdf" and m["seed"]]
    picked = random.Random(seed).sample(pdfs, min(sample, len(pdfs)))
    read_pdf(picked[0]["path"])  # imports and caches, not timed
    reader, plumber, pdfium_text = _Clock(), _Clock(), _Clock()
    pages = 0
    norm: dict[str, float] = defaultdict(float)
    with warnings.catch_warnings(), _timed(assemble, "normalise", norm, "s"):
        warnings.simplefilter("ignore")
        for m in picked:
            try:
                with reader():
                    read_pdf(m["path"])
            except ReadError:
                continue
            with plumber():
                with pdfplumber.open(m["path"]) as pdf:
                    for page in pdf.pages:
                        page.extract_text()
            with pdfium_text():
                doc = pdfium.PdfDocument(m["path"])
                for i in range(len(doc)):
                    page = doc[i]
                    tp = page.get_textpage()
                    tp.get_text_range(0, tp.count_chars(), force_this=True)
                    tp.close()
                    page.close()
                doc.close()
            pages += m["pages"]
    t_reader, t_plumber, t_pdfium, t_norm = reader.wall, plumber.wall, pdfium_text.wall, norm["s"]
    layout = t_reader - t_norm
    return {"files": len(picked), "pages": pages,
            "pipeline_read_pdf_s": round(t_reader, 3), "of_which_normalise_s": round(t_norm, 3),
            "pdfplumber_extract_text_s": round(t_plumber, 3), "pypdfium2_text_s": round(t_pdfium, 3),
            "cpu_s": {"pipeline_read_pdf": round(reader.cpu, 3), "pdfplumber_extract_text": round(plumber.cpu, 3),
                      "pypdfium2_text": round(pdfium_text.cpu, 3)},
            "pages_per_s": {"pipeline_read_pdf": round(pages / t_reader, 1), "pipeline_reader_without_normalise": round(pages / layout, 1),
                            "pdfplumber_extract_text": round(pages / t_plumber, 1), "pypdfium2_text": round(pages / t_pdfium, 1)},
            "pages_per_cpu_s": {"pipeline_read_pdf": round(pages / reader.cpu, 1),
                                "pdfplumber_extract_text": round(pages / plumber.cpu, 1),
                                "pypdfium2_text": round(pages / pdfium_text.cpu, 1)},
            "ratio_vs_pdfplumber": {"read_pdf": round(t_plumber / t_reader, 1), "reader_without_normalise": round(t_plumber / layout, 1),
                                    "read_pdf_cpu": round(plumber.cpu / reader.cpu, 1)},
            "ratio_vs_pypdfium2": {"read_pdf": round(t_pdfium / t_reader, 3)}}


# --- report


def must_show(res: dict[str, Any]) -> list[dict[str, Any]]:
    runs = res["runs"]
    cold, rerun = runs["cold_default"], runs["rerun_default"]
    dask = runs.get("cold_dask")
    docs = res["inbox"]["documents"]
    cold_runs = [r for k, r in runs.items() if k.startswith("cold")]
    rows = [
        ("1. cold run, documents/s (flow run start → end)", round(docs / cold["flow_run_s"], 1), ">=", TARGETS["cold_docs_per_s"]),
        ("1. cold run, peak memory MB (PSS, all processes; the highest of the cold runs)",
         max(r["peak_pss_mb"] for r in cold_runs), "<=", TARGETS["peak_memory_mb"]),
        (f"2. PDF reading vs plain pdfplumber (read_pdf, incl. normalise; wall time, CPU time gives "
         f"{res['pdf_reading']['ratio_vs_pdfplumber'].get('read_pdf_cpu', '–')})",
         res["pdf_reading"]["ratio_vs_pdfplumber"]["read_pdf"], ">=", TARGETS["pdf_read_vs_pdfplumber"]),
        ("3. unchanged re-run, s (flow run start → end)", rerun["flow_run_s"], "<=", TARGETS["rerun_s"]),
        ("4. extraction ms/page (all kinds + fields, after reading)", res["stages"]["extraction_ms_per_page"], "<=", TARGETS["extraction_ms_per_page"]),
    ]
    if dask:
        value = round(cold["flow_run_s"] / dask["flow_run_s"], 2) if dask["state"] == "Completed" else f"run {dask['state']}"
        rows.append(("5. Dask local cluster (2 processes, started by the run) vs default runner, cold", value, ">",
                     TARGETS["dask_speedup"]))
    out = []
    for name, value, op, target in rows:
        if isinstance(value, str):
            out.append({"figure": name, "value": value, "target": f"{op} {target:g}", "pass": False})
            continue
        ok = {">=": value >= target, "<=": value <= target, ">": value > target}[op]
        out.append({"figure": name, "value": value, "target": f"{op} {target:g}", "pass": bool(ok)})
    return out


def speedups(res: dict[str, Any]) -> dict[str, float]:
    """Cold-run speed-ups (the baseline's flow-run time over the run's): over one reader at a time, and Dask over the default runner."""
    runs = {k: r for k, r in res["runs"].items() if k.startswith("cold") and r["state"] == "Completed"}
    one = runs.get("cold_one_process")
    out = {}
    for key, r in runs.items():
        if one and key != "cold_one_process":
            out[f"{key} vs one reader at a time"] = round(one["flow_run_s"] / r["flow_run_s"], 2)
        if key.startswith("cold_dask") and "cold_default" in runs:
            out[f"{key} vs cold_default"] = round(runs["cold_default"]["flow_run_s"] / r["flow_run_s"], 2)
    return out


def markdown_table(res: dict[str, Any]) -> str:
    lines = ["| must show | value | target | |", "| --- | ---: | --- | --- |"]
    for r in res["must_show"]:
        lines.append(f"| {r['figure']} | {r['value']} | {r['target']} | {'pass' if r['pass'] else '**fail**'} |")
    runs = res["runs"]
    lines += ["", "| run | batches at once | flow run s | call wall s | docs/s | pages/s | peak PSS MB | peak RSS MB |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for key, r in runs.items():
        lines.append(f"| {key} ({r['state']}) | {r['workers']} | {r['flow_run_s']} | {r['call_wall_s']} | {r['docs_per_s']} | "
                     f"{r['pages_per_s']} | {r['peak_pss_mb']} | {r['peak_rss_mb']} |")
    st = res["stages"]
    lines += ["", f"Stages, ms per page (sample of {st['documents']} documents, {st['pages']} pages, one at a time):", "",
              "| stage | ms/page |", "| --- | ---: |"]
    lines += [f"| {k} | {v} |" for k, v in st["ms_per_page"].items()]
    o = res["outputs"]
    lines += [f"| matrix ({o['records']} records, whole run) | {o['matrix_s'] * 1000:.0f} ms total |",
              f"| workbook ({o['records']} records, whole run) | {o['workbook_s'] * 1000:.0f} ms total |"]
    pr = res["pdf_reading"]
    lines += ["", f"PDF reading, same {pr['files']} files ({pr['pages']} pages), interleaved file by file:", "",
              "| reader | pages/s (wall) | pages per CPU s |", "| --- | ---: | ---: |"]
    lines += [f"| {k} | {v} | {pr.get('pages_per_cpu_s', {}).get(k, '')} |" for k, v in pr["pages_per_s"].items()]
    ratio = pr["ratio_vs_pdfplumber"]
    lines += ["", f"read_pdf vs plain pdfplumber: {ratio['read_pdf']}× in wall time, {ratio.get('read_pdf_cpu', '–')}× in CPU time."]
    lines += ["", "Speed-ups, cold (time over time):", "", "| runs | ratio |", "| --- | ---: |"]
    lines += [f"| {k} | {v}× |" for k, v in res.get("speedups", {}).items()]
    lines += ["", f"Prefect test server start-up: {res['prefect_startup_s']} s (not in the flow-run times)."]
    if "dask_cluster_startup_s" in res:
        lines += [f"Standing Dask cluster start-up, workers' models loaded: {res['dask_cluster_startup_s']} s (not in its flow-run time)."]
    return "\n".join(lines)


def update_readme(readme: Path, table: str, res: dict[str, Any]) -> None:
    start, end = "<!-- latest:start -->", "<!-- latest:end -->"
    text = readme.read_text(encoding="utf-8") if readme.exists() else f"{start}\n{end}\n"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    stamp = f"_{res['finished_at']} — N={res['inbox']['documents']}, {res['machine']['cpus']} CPUs_\n\n"
    readme.write_text(f"{head}{start}\n{stamp}{table}\n{end}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="documents in the inbox (default 1000)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/bdhv-benchmark"), help="scratch folder (inbox, outputs)")
    ap.add_argument("--stage-sample", type=int, default=90, help="documents timed stage by stage")
    ap.add_argument("--pdf-sample", type=int, default=60, help="PDFs read side by side with pdfplumber and pypdfium2")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask run")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "latest.json")
    ap.add_argument("--readme", type=Path, default=ROOT / "benchmarks" / "README.md")
    ap.add_argument("--one-run", help=argparse.SUPPRESS)  # internal: one flow run in a fresh process
    args = ap.parse_args(argv)
    if args.one_run:
        return _one_run(args.one_run)
    os.chdir(ROOT)
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    os.environ["PREFECT_HOME"] = str(work / "prefect-home")

    t = time.perf_counter()
    manifest = build_inbox(args.n, work / "inbox")
    inbox_s = time.perf_counter() - t
    counts = {f: sum(1 for m in manifest if m["format"] == f) for f in sorted({m["format"] for m in manifest})}
    total_pages = sum(m["pages"] for m in manifest)
    print(f"inbox: {len(manifest)} documents, {total_pages} pages {counts} in {inbox_s:.1f} s", flush=True)

    from prefect.testing.utilities import prefect_test_harness

    res: dict[str, Any] = {"inbox": {"documents": len(manifest), "pages": total_pages, "by_format": counts,
                                     "pdf_pages": sum(m["pages"] for m in manifest if m["format"] == "pdf"),
                                     "build_s": round(inbox_s, 1)},
                           "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}}
    runs: dict[str, Any] = {}
    t = time.perf_counter()
    with prefect_test_harness(server_startup_timeout=120):
        res["prefect_startup_s"] = round(time.perf_counter() - t, 2)
        for out in ("out-default", "out-dask", "out-dask-standing", "out-one"):
            shutil.rmtree(work / out, ignore_errors=True)
        # every cold run in a fresh process (as `bdhv run` is); the re-run follows the default cold run in its process
        if not args.no_dask:
            runs["cold_dask"] = run_flow_isolated(work / "inbox", work / "out-dask", "dask", 2)
            print("cold dask", runs["cold_dask"], flush=True)
            shutil.rmtree(work / "out-dask-standing", ignore_errors=True)
            with standing_cluster(2) as (address, pids, started):
                res["dask_cluster_startup_s"] = round(started, 2)
                runs["cold_dask_standing"] = run_flow_isolated(work / "inbox", work / "out-dask-standing", "dask", 2,
                                                      dask_address=address, include=pids)
            print("cold dask, standing cluster", runs["cold_dask_standing"], flush=True)
        runs["cold_default"] = run_flow_isolated(work / "inbox", work / "out-default", "default", 0)
        print("cold default", runs["cold_default"], flush=True)
        runs["rerun_default"] = run_flow_isolated(work / "inbox", work / "out-default", "default", 0)
        print("re-run default", runs["rerun_default"], flush=True)
        shutil.rmtree(work / "out-one", ignore_errors=True)
        runs["cold_one_process"] = run_flow_isolated(work / "inbox", work / "out-one", "default", 1)
        print("cold, one reader at a time", runs["cold_one_process"], flush=True)
    for r in runs.values():
        r["docs_per_s"] = round(len(manifest) / r["flow_run_s"], 1)
        r["pages_per_s"] = round(total_pages / r["flow_run_s"], 1)
    res["runs"] = runs
    res["stages"] = profile_stages(manifest, args.stage_sample)
    print("stages", res["stages"], flush=True)
    res["outputs"] = profile_outputs(work / "out-default")
    res["pdf_reading"] = compare_pdf_reading(manifest, args.pdf_sample)
    print("pdf", res["pdf_reading"], flush=True)
    res["must_show"] = must_show(res)
    res["speedups"] = speedups(res)
    res["finished_at"] = time.strftime("%Y-%m-%d %H:%M:%S")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    table = markdown_table(res)
    update_readme(args.readme, table, res)
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
