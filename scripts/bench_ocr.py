"""OCR speed on the same scanned pages, three ways side by side in one run.

    .venv/bin/python scripts/bench_ocr.py [--pages 12] [--files real-01.pdf ...] [--json out.json]

The pages of the scanned PDFs (``/work/shared/corpus/real/files``) are rendered
once, up front, with pypdfium2 at 300 dpi grayscale (forms drawn) into a temp
folder as PNG, and every way reads the same PNGs:

(a) plain        ``tesseract PAGE.png - -l vie``, page after page, Tesseract's
                 default OpenMP threads;
(b) 1 thread ×N  ``OMP_THREAD_LIMIT=1 tesseract PAGE.png - -l vie``, one process
                 per core (``os.cpu_count()``) at once;
(c) ocr_images   the project's ``pipeline.ingest.readers.ocr.ocr_images``
                 (single-threaded TSV, pages side by side, lines assembled; a
                 file's first page also has its header's numerals read a second
                 time, ``ocr_digits``, as the readers do);

and, apart, the project's full reader ``read_pdf`` on the whole PDFs the pages
come from (opening, text-layer checks, rendering, OCR, assembly): its page count
is every page of those files, so it is not the same pages as (a)–(c).

``--pages N`` takes the first page of each file, then the second page of each
file that has one, and so on (default 12: the first page of each scan).
"Speed-up" is a way's pages/s over plain's; the texts are compared as word sets
(Jaccard of each page's words against plain's, mean and lowest). The machine is
shared: load average is printed before and after, and ratios within one run are
the steadier figures.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCANS_DIR = ROOT.parent / "shared" / "corpus" / "real" / "files"
SCANS = [f"real-{n}.pdf" for n in ("01", "02", "03", "04", "10", "11", "13", "16", "17", "18", "20", "21")]
DPI = 300
LANG = "vie"
TIMEOUT_S = 300


# --- input pages

def _resolve(name: str) -> Path:
    p = Path(name)
    if p.is_file():
        return p
    for cand in (SCANS_DIR / name, SCANS_DIR / f"{name}.pdf", SCANS_DIR / f"real-{name}.pdf"):
        if cand.is_file():
            return cand
    raise SystemExit(f"no such PDF: {name}")


def pick_pages(files: list[Path], n: int) -> list[tuple[Path, int]]:
    """``(file, page index)``: first page of each file, then second pages, … up to ``n``."""
    import pypdfium2 as pdfium
    counts = {}
    for f in files:
        pdf = pdfium.PdfDocument(str(f))
        counts[f] = len(pdf)
        pdf.close()
    out: list[tuple[Path, int]] = []
    i = 0
    while len(out) < n and any(i < c for c in counts.values()):
        out += [(f, i) for f in files if i < counts[f]][: n - len(out)]
        i += 1
    return out


def render(pages: list[tuple[Path, int]], folder: Path) -> list[Path]:
    """Each page as a 300 dpi grayscale PNG (forms drawn), once."""
    import pypdfium2 as pdfium
    out: list[Path] = []
    by_file: dict[Path, list[int]] = {}
    for f, i in pages:
        by_file.setdefault(f, []).append(i)
    names = {}
    for f, idxs in by_file.items():
        pdf = pdfium.PdfDocument(str(f))
        pdf.init_forms()  # before any page is loaded, so stamps (widgets) are drawn
        try:
            for i in idxs:
                page = pdf[i]
                try:
                    img = page.render(scale=DPI / 72, grayscale=True, may_draw_forms=True).to_pil()
                finally:
                    page.close()
                png = folder / f"{f.stem}-p{i + 1:02d}.png"
                img.save(png, format="PNG")
                names[(f, i)] = png
        finally:
            pdf.close()
    for key in pages:
        out.append(names[key])
    return out


# --- the ways

def _tesseract(png: Path, single: bool) -> str:
    env = dict(os.environ)
    env.pop("OMP_THREAD_LIMIT", None)
    if single:
        env["OMP_THREAD_LIMIT"] = "1"
    done = subprocess.run(["tesseract", str(png), "-", "-l", LANG], capture_output=True, env=env,
                          timeout=TIMEOUT_S, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"tesseract failed on {png.name}: {done.stderr.decode('utf-8', 'replace')[-300:]}")
    return done.stdout.decode("utf-8", "replace")


def way_plain(pngs: list[Path]) -> list[str]:
    return [_tesseract(p, single=False) for p in pngs]


def way_parallel(pngs: list[Path], n_workers: int) -> list[str]:
    with ThreadPoolExecutor(max_workers=n_workers) as pool:
        return list(pool.map(lambda p: _tesseract(p, single=True), pngs))


def way_project(pngs: list[Path], header: list[int]) -> list[str]:
    """``header``: the pages that are a document's first page, whose numerals the project reads twice."""
    from pipeline.ingest.readers.ocr import ocr_images
    data = [p.read_bytes() for p in pngs]  # in memory, as read_pdf hands them over
    lines = ocr_images([(i, (lambda b=b: b)) for i, b in enumerate(data)], header=header)
    return ["\n".join(piece.text for piece in lines[i]) for i in range(len(pngs))]


def way_read_pdf(files: list[Path]) -> tuple[dict[Path, str], int]:
    """Every file through ``read_pdf``, one after another: texts and the number of pages OCR'd."""
    from pipeline.ingest.readers.pdf import read_pdf
    texts, ocred = {}, 0
    for f in files:
        doc = read_pdf(f)
        texts[f] = doc.text
        ocred += sum(1 for w in doc.warnings if w.endswith("text by OCR"))
    return texts, ocred


def _cpu() -> float:
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def timed(fn, *args):
    cpu0, t0 = _cpu(), time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - t0, _cpu() - cpu0


# --- text agreement

def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", unicodedata.normalize("NFC", text)))


def jaccard(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    return 1.0 if not wa and not wb else len(wa & wb) / len(wa | wb)


def recall(ref: str, text: str) -> float:
    """Share of ``ref``'s words found in ``text``."""
    wr = words(ref)
    return 1.0 if not wr else len(wr & words(text)) / len(wr)


# --- report

def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=12, help="pages to OCR (default 12: first page of each scan)")
    ap.add_argument("--files", nargs="+", default=SCANS, help="scanned PDFs (names in the real corpus or paths)")
    ap.add_argument("--json", help="write the result here as JSON")
    ap.add_argument("--no-read-pdf", action="store_true", help="skip the end-to-end read_pdf row")
    args = ap.parse_args(argv)
    if shutil.which("tesseract") is None:
        raise SystemExit("tesseract is not installed")

    cores = os.cpu_count() or 1
    from pipeline.ingest.readers import ocr as project_ocr
    files = [_resolve(f) for f in args.files]
    pages = pick_pages(files, args.pages)
    load_before = _load()
    print(f"machine: {cores} cores (os.cpu_count()); load average before: {load_before}")
    print(f"tesseract: {subprocess.run(['tesseract', '--version'], capture_output=True, text=True).stdout.splitlines()[0]}"
          f"; project OCR workers: {project_ocr.workers()}")

    with tempfile.TemporaryDirectory(prefix="bench_ocr_") as tmp:
        (pngs, render_s, _) = timed(render, pages, Path(tmp))
        print(f"rendered {len(pngs)} pages from {len({f for f, _ in pages})} files at {DPI} dpi grayscale "
              f"in {render_s:.1f} s (not counted below)\n")
        rows = []
        text_a, s, cpu = timed(way_plain, pngs)
        rows.append({"way": "a", "name": "plain tesseract, one page after another (default threads)",
                     "pages": len(pngs), "seconds": s, "cpu_seconds": cpu})
        text_b, s, cpu = timed(way_parallel, pngs, cores)
        rows.append({"way": "b", "name": f"OMP_THREAD_LIMIT=1 tesseract, {cores} processes at once",
                     "pages": len(pngs), "seconds": s, "cpu_seconds": cpu})
        text_c, s, cpu = timed(way_project, pngs, [k for k, (_, i) in enumerate(pages) if i == 0])
        rows.append({"way": "c", "name": "project ocr_images (1-thread TSV, side by side, lines)",
                     "pages": len(pngs), "seconds": s, "cpu_seconds": cpu})

    used = list(dict.fromkeys(f for f, _ in pages))
    rp = None
    if not args.no_read_pdf:
        import pypdfium2 as pdfium
        n_all = 0
        for f in used:
            pdf = pdfium.PdfDocument(str(f))
            n_all += len(pdf)
            pdf.close()
        (texts_d, ocred), s, cpu = timed(way_read_pdf, used)
        rp = {"way": "read_pdf", "name": f"project read_pdf on the {len(used)} whole files (end to end)",
              "pages": n_all, "pages_ocr": ocred, "seconds": s, "cpu_seconds": cpu}
        rows.append(rp)

    plain_rate = rows[0]["pages"] / rows[0]["seconds"]
    for r in rows:
        r["pages_per_s"] = r["pages"] / r["seconds"]
        r["speedup_vs_plain"] = r["pages_per_s"] / plain_rate
    c_over_b = rows[2]["pages_per_s"] / rows[1]["pages_per_s"]

    page_rows = []
    for (f, i), a, b, c in zip(pages, text_a, text_b, text_c):
        pr = {"file": f.name, "page": i + 1, "words_a": len(words(a)),
              "jaccard_b_a": jaccard(a, b), "jaccard_c_a": jaccard(a, c)}
        if rp is not None:
            pr["recall_a_in_read_pdf"] = recall(a, texts_d[f])
        page_rows.append(pr)

    def mean(key):
        return sum(p[key] for p in page_rows) / len(page_rows)

    agreement = {"jaccard_b_vs_a_mean": mean("jaccard_b_a"), "jaccard_b_vs_a_min": min(p["jaccard_b_a"] for p in page_rows),
                 "jaccard_c_vs_a_mean": mean("jaccard_c_a"), "jaccard_c_vs_a_min": min(p["jaccard_c_a"] for p in page_rows)}
    if rp is not None:
        agreement["read_pdf_recall_of_a_mean"] = mean("recall_a_in_read_pdf")

    # table
    print(f"{'way':<9}{'':<58}{'pages':>6}{'seconds':>9}{'cpu s':>8}{'pages/s':>9}{'× plain':>9}")
    for r in rows:
        print(f"{r['way']:<9}{r['name']:<58}{r['pages']:>6}{r['seconds']:>9.1f}{r['cpu_seconds']:>8.1f}"
              f"{r['pages_per_s']:>9.3f}{r['speedup_vs_plain']:>8.2f}×")
    print(f"\n(c)/(b) pages/s: {c_over_b:.2f}   (cpu s = this process + its tesseract children)")
    if rp is not None:
        rest = rp["pages"] - rp["pages_ocr"]
        print(f"read_pdf: {rp['pages']} pages in the files, {rp['pages_ocr']} of them OCR'd"
              + (f", {rest} read from a usable text layer" if rest else ""))
    print("\ntext agreement, word sets against plain (a):")
    print(f"  (b) vs (a) Jaccard: mean {agreement['jaccard_b_vs_a_mean']:.3f}, min {agreement['jaccard_b_vs_a_min']:.3f}")
    print(f"  (c) vs (a) Jaccard: mean {agreement['jaccard_c_vs_a_mean']:.3f}, min {agreement['jaccard_c_vs_a_min']:.3f}")
    if rp is not None:
        print(f"  share of (a)'s words found in read_pdf's text of the same file: mean "
              f"{agreement['read_pdf_recall_of_a_mean']:.3f}")
    load_after = _load()
    print(f"\nmachine: {cores} cores; load average after: {load_after} (before: {load_before})")

    result = {"cores": cores, "dpi": DPI, "lang": LANG, "project_ocr_workers": project_ocr.workers(),
              "load_before": load_before, "load_after": load_after, "render_seconds": render_s,
              "ways": rows, "c_over_b": c_over_b, "agreement": agreement, "pages": page_rows}
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"written {args.json}")
    return result


if __name__ == "__main__":
    main()
