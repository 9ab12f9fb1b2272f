"""Build scanned / photographed variants of the born-digital real documents.

Run from the repository root:

    python corpus/real_degraded/make.py

For each born-digital source PDF in ../shared/corpus/real/files (gold layer
`born_digital` in corpus/real_gold/headers_*.json) it writes, next to this
script:

    NAME-scan.pdf   200 dpi grayscale office-MFP scan, JPEG pages, no text layer
    NAME-bw.pdf     300 dpi 1-bit fax-mode scan (CCITT G4), no text layer
    NAME-photo.jpg  page 1 as a phone photo on a desk

gold.json (header values copied from the source's gold entry) and
manifest.json (per-file parameters actually used, byte size, sha256).
Every random choice comes from a seed derived from the file name and
variant (zlib.crc32), so reruns produce byte-identical files.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import sys
import time
import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# The shared corpus sits beside the checkout (/work/shared next to /work/main,
# a /work/wt/shared symlink next to a worktree); REAL_FILES overrides.
SRC_DIR = Path(os.environ.get("REAL_FILES", ROOT.parent / "shared" / "corpus" / "real" / "files"))
GOLD_FILES = [
    ROOT / "corpus" / "real_gold" / "headers_01_15.json",
    ROOT / "corpus" / "real_gold" / "headers_16_30.json",
]
GOLD_KEYS = ("type", "number", "issue_date", "issuer")
FIXED_DATE = time.struct_time((2026, 1, 1, 0, 0, 0, 3, 1, 0))  # PDF CreationDate/ModDate, for reproducible bytes

# Variant parameters (also documented in README.md).
# The scan uses the first (dpi, JPEG quality) rung that keeps the PDF under
# MAX_BYTES; dense text pages at 200 dpi / q70 alone are ~450 KB a page.
MAX_BYTES = 600 * 1024
SCAN_LADDER = [(200, 70), (200, 65), (200, 60), (200, 55), (200, 50),
               (175, 55), (150, 55)]
SCAN = dict(rot_min=0.3, rot_max=1.0, noise_sigma=3.0,
            speckles=400, black=28, white=232, blur=0.6)
BW = dict(dpi=300, rot_min=0.2, rot_max=0.8, threshold=150, noise_sigma=18.0,
          dust=(25, 60), blur=0.7)
PHOTO = dict(height=2400, width=1800, quality=80, rot_min=1.0, rot_max=3.0,
             page_frac=0.86, light_min=0.72, light_max=1.05)


def rng_for(name: str, variant: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(f"{name}:{variant}".encode()))


def render(pdf: pdfium.PdfDocument, index: int, dpi: float) -> Image.Image:
    page = pdf[index]
    bitmap = page.render(scale=dpi / 72.0, may_draw_forms=True, grayscale=False)
    return bitmap.to_pil().convert("RGB")


def signed_angle(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi) * (1 if rng.random() < 0.5 else -1))


def add_speckle(arr: np.ndarray, rng: np.random.Generator, count: int,
                value_range=(0, 90), max_r: int = 2) -> None:
    h, w = arr.shape
    for _ in range(count):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        r = int(rng.integers(0, max_r + 1))
        v = int(rng.integers(*value_range))
        arr[max(0, y - r):y + r + 1, max(0, x - r):x + r + 1] = v


# --------------------------------------------------------------------- scan
def make_scan_page(img: Image.Image, rng: np.random.Generator, log: list) -> Image.Image:
    p = SCAN
    g = img.convert("L").filter(ImageFilter.GaussianBlur(p["blur"]))
    # contrast loss: toner never fully black, paper never fully white
    a = np.asarray(g, dtype=np.float32) / 255.0
    a = p["black"] + a * (p["white"] - p["black"])
    # slight uneven illumination across the platen
    h, w = a.shape
    ramp = np.linspace(-1.0, 1.0, h, dtype=np.float32)[:, None]
    a = a + float(rng.uniform(-4, 4)) * ramp
    a = a + rng.normal(0.0, p["noise_sigma"], a.shape).astype(np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    add_speckle(a, rng, p["speckles"], value_range=(40, 150), max_r=1)
    out = Image.fromarray(a)
    angle = signed_angle(rng, p["rot_min"], p["rot_max"])
    log.append(round(angle, 3))
    return out.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=p["white"])


# ----------------------------------------------------------------------- bw
def make_bw_page(img: Image.Image, rng: np.random.Generator, log: list) -> Image.Image:
    p = BW
    g = img.convert("L")
    angle = signed_angle(rng, p["rot_min"], p["rot_max"])
    log.append(round(angle, 3))
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    g = g.filter(ImageFilter.GaussianBlur(p["blur"]))
    a = np.asarray(g, dtype=np.float32)
    a = a + rng.normal(0.0, p["noise_sigma"], a.shape).astype(np.float32)
    a = np.where(a < p["threshold"], 0, 255).astype(np.uint8)
    # dust specks and a few short hair-lines from a dirty platen
    h, w = a.shape
    add_speckle(a, rng, int(rng.integers(*p["dust"])), value_range=(0, 1), max_r=3)
    for _ in range(int(rng.integers(1, 4))):
        x = int(rng.integers(0, w))
        y0 = int(rng.integers(0, h - 200))
        a[y0:y0 + int(rng.integers(40, 200)), x:x + 2] = 0
    return Image.fromarray(a).convert("1", dither=Image.NONE)


# -------------------------------------------------------------------- photo
def perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): output (dst) -> input (src)."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y]); rhs.append(v)
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


def make_photo(img: Image.Image, rng: np.random.Generator, log: dict) -> Image.Image:
    p = PHOTO
    W, H = p["width"], p["height"]
    pw, ph = img.size
    # page placement: centred, ~86 % of frame height, rotated, with keystone
    target_h = p["page_frac"] * H
    target_w = target_h * pw / ph
    cx = W / 2 + rng.uniform(-40, 40)
    cy = H / 2 + rng.uniform(-30, 30)
    angle_deg = signed_angle(rng, p["rot_min"], p["rot_max"])
    log["rotation_deg"] = round(angle_deg, 3)
    angle = math.radians(angle_deg)
    keystone = rng.uniform(0.02, 0.045) * target_w  # top edge narrower (camera tilted)
    side = rng.uniform(-0.015, 0.015) * target_h    # one side slightly longer
    log["keystone_frac"] = round(keystone / target_w, 4)
    corners = [
        (-target_w / 2 + keystone, -target_h / 2 + side),
        (target_w / 2 - keystone, -target_h / 2 - side),
        (target_w / 2, target_h / 2),
        (-target_w / 2, target_h / 2),
    ]
    ca, sa = math.cos(angle), math.sin(angle)
    dst = [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in corners]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = perspective_coeffs(dst, src)

    # paper: slightly warm off-white
    paper = np.asarray(img, dtype=np.float32)
    tint = np.array([1.0, 0.975, 0.93], np.float32)
    paper = 255.0 - (255.0 - paper) * 0.92
    paper = np.clip(paper * tint, 0, 255).astype(np.uint8)
    paper_img = Image.fromarray(paper)
    warped = paper_img.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC,
                                 fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, coeffs,
                                                    Image.BILINEAR, fillcolor=0)

    # desk: smooth grey/brown surface with low-frequency texture
    base = np.array([rng.uniform(95, 125), rng.uniform(85, 105), rng.uniform(70, 90)], np.float32)
    low = rng.normal(0, 1, (H // 60 + 1, W // 60 + 1)).astype(np.float32)
    low_img = Image.fromarray(((low - low.min()) / (np.ptp(low) + 1e-6) * 255).astype(np.uint8))
    low_up = np.asarray(low_img.resize((W, H), Image.BICUBIC), np.float32) / 255.0 - 0.5
    desk = np.clip(base[None, None, :] + 18.0 * low_up[..., None], 0, 255).astype(np.uint8)
    desk_img = Image.fromarray(desk)

    # soft shadow under the page
    shadow = mask.filter(ImageFilter.GaussianBlur(18))
    shadow = Image.fromarray((np.asarray(shadow, np.float32) * 0.45).astype(np.uint8))
    shadow = shadow.transform((W, H), Image.AFFINE, (1, 0, -10, 0, 1, -14))
    dark = Image.new("RGB", (W, H), (30, 28, 25))
    scene = Image.composite(dark, desk_img, shadow)
    scene = Image.composite(warped, scene, mask)

    # uneven lighting: linear gradient in a random direction + a soft hotspot
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    theta = rng.uniform(0, 2 * math.pi)
    proj = (xx - W / 2) * math.cos(theta) + (yy - H / 2) * math.sin(theta)
    proj = (proj - proj.min()) / (np.ptp(proj) + 1e-6)
    light = p["light_min"] + (p["light_max"] - p["light_min"]) * proj
    hx, hy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    light += 0.06 * np.exp(-(((xx - hx) ** 2 + (yy - hy) ** 2) / (2 * (0.35 * H) ** 2)))
    a = np.asarray(scene, np.float32) * light[..., None]
    a += rng.normal(0, 2.5, a.shape).astype(np.float32)  # sensor noise
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.7))
    return out


# --------------------------------------------------------------------- main
def load_gold() -> list[dict]:
    entries = []
    for path in GOLD_FILES:
        entries.extend(json.loads(path.read_text(encoding="utf-8")))
    return [e for e in entries if e.get("layer") == "born_digital"]


def save_pdf(pages: list[Image.Image], out: Path, dpi: int, **kw) -> None:
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=dpi,
                  title=out.stem, producer="corpus/real_degraded/make.py",
                  creationDate=FIXED_DATE, modDate=FIXED_DATE, **kw)


def main() -> int:
    gold_out, manifest = [], []
    for entry in load_gold():
        src = SRC_DIR / entry["file"]
        stem = src.stem
        pdf = pdfium.PdfDocument(str(src))
        pdf.init_forms()  # e-office number/day live in form widgets
        n = min(2, len(pdf))

        out = HERE / f"{stem}-scan.pdf"
        for dpi, quality in SCAN_LADDER:
            rng, angles = rng_for(stem, "scan"), []
            pages = [make_scan_page(render(pdf, i, dpi), rng, angles) for i in range(n)]
            save_pdf(pages, out, dpi, quality=quality, optimize=True)
            if out.stat().st_size <= MAX_BYTES:
                break
        manifest.append({"file": out.name, "pages": n, "dpi": dpi, "jpeg_quality": quality,
                         "rotation_deg": angles})

        out = HERE / f"{stem}-bw.pdf"
        rng, angles = rng_for(stem, "bw"), []
        pages = [make_bw_page(render(pdf, i, BW["dpi"]), rng, angles) for i in range(n)]
        save_pdf(pages, out, BW["dpi"])
        manifest.append({"file": out.name, "pages": n, "dpi": BW["dpi"], "mode": "1-bit",
                         "rotation_deg": angles})

        out = HERE / f"{stem}-photo.jpg"
        rng, info = rng_for(stem, "photo"), {}
        # render so that the page is about as many pixels tall as it will occupy
        page_h_pt = pdf[0].get_size()[1]
        dpi = PHOTO["page_frac"] * PHOTO["height"] / (page_h_pt / 72.0)
        photo = make_photo(render(pdf, 0, dpi), rng, info)
        photo.save(out, "JPEG", quality=PHOTO["quality"], optimize=True)
        manifest.append({"file": out.name, "pages": 1, "size_px": list(photo.size),
                         "jpeg_quality": PHOTO["quality"], **info})
        pdf.close()

        for variant, ext in (("scan", "pdf"), ("bw", "pdf"), ("photo", "jpg")):
            rec = {"file": f"{stem}-{variant}.{ext}", "source": entry["file"],
                   "variant": variant}
            rec.update({k: entry.get(k) for k in GOLD_KEYS})
            gold_out.append(rec)
        print(f"{stem}: {n} page(s)", file=sys.stderr)

    for m in manifest:
        data = (HERE / m["file"]).read_bytes()
        m["bytes"] = len(data)
        m["sha256"] = hashlib.sha256(data).hexdigest()
    (HERE / "gold.json").write_text(
        json.dumps(gold_out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (HERE / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
