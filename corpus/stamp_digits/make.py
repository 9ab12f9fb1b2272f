"""Build the stamp_digits OCR development set.

Run (from anywhere):

    /work/main/.venv/bin/python corpus/stamp_digits/make.py

For each of the 16 documents in docs.py it draws page 1 (A4, 300 dpi, grayscale)
in the Nghị định 30 layout with Pillow and Liberation Serif, with the number's
digits, the day and the month drawn as the e-office stamp (Liberation Serif
Italic, 0.85-1.0 of the body size, sometimes a few px off the baseline, placed in
blanks of the printed header). It writes, next to this script:

    NAME-clean.png   300 dpi grayscale render
    NAME-scan.pdf    office MFP grayscale scan, 200 dpi, JPEG in a PDF
    NAME-bw.pdf      1-bit 300 dpi scan (CCITT G4), ragged edges, specks
    NAME-photo.jpg   phone photo of the page on a desk

and gold.json (one entry per file) and manifest.json (parameters, bytes, sha256).
No file has a text layer. Every random draw comes from numpy default_rng seeded
with zlib.crc32("NAME:purpose"); PDF dates are fixed; reruns are byte-identical.
The degradations follow corpus/real_degraded/make.py (same ideas and ranges).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import math
import sys
import time
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docs import DOCS  # noqa: E402

FIXED_DATE = time.struct_time((2026, 1, 1, 0, 0, 0, 3, 1, 0))

# ------------------------------------------------------------------ fonts
def _font_dir() -> Path:
    for d in ("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation"):
        if (Path(d) / "LiberationSerif-Italic.ttf").exists():
            return Path(d)
    raise SystemExit("Liberation Serif fonts not found")


FD = _font_dir()
FONT_FILES = {"R": "LiberationSerif-Regular.ttf", "B": "LiberationSerif-Bold.ttf",
              "I": "LiberationSerif-Italic.ttf", "BI": "LiberationSerif-BoldItalic.ttf"}
_cache: dict = {}


def font(style: str, px: float) -> ImageFont.FreeTypeFont:
    key = (style, int(round(px)))
    if key not in _cache:
        _cache[key] = ImageFont.truetype(str(FD / FONT_FILES[style]), key[1])
    return _cache[key]


# ------------------------------------------------------------------ page geometry (300 dpi A4)
DPI = 300
W, H = 2480, 3508
PT = DPI / 72.0                      # px per point
ML, MR, MT, MB = 354, 236, 224, 236  # 30 / 20 / 19 / 20 mm margins
TW = W - ML - MR
LEFT_CX = ML + int(0.19 * TW)        # centre of the issuer column
RIGHT_CX = ML + int(0.70 * TW)       # centre of the national-title column
TEXT_CX = ML + TW // 2
BODY = 14 * PT                       # body size 14 pt = 58 px
INK = 0

SCAN = dict(rot_min=0.3, rot_max=1.0, noise_sigma=3.0, speckles=400, black=28, white=232, blur=0.6)
SCAN_LADDER = [(200, 70), (200, 65), (200, 60), (200, 55), (200, 50), (175, 55), (150, 55)]
SCAN_MAX = 420 * 1024
BW = dict(dpi=300, rot_min=0.2, rot_max=0.8, threshold=150, noise_sigma=18.0, dust=(25, 60), blur=0.7)
PHOTO = dict(height=2400, width=1800, quality=78, rot_min=1.0, rot_max=3.0,
             page_frac=0.86, light_min=0.72, light_max=1.05, noise=2.0)


def rng_for(name: str, purpose: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(f"{name}:{purpose}".encode()))


# ------------------------------------------------------------------ drawing helpers
class Run:
    """A piece of a line: text in a font, optionally shifted vertically (dy px, + = down)."""

    def __init__(self, text: str, f: ImageFont.FreeTypeFont, dy: int = 0, gap: float = 0.0):
        self.text, self.f, self.dy, self.gap = text, f, dy, gap

    @property
    def width(self) -> float:
        return (self.f.getlength(self.text) if self.text else 0.0) + self.gap


def draw_runs(d: ImageDraw.ImageDraw, runs: list[Run], x: float, base: float) -> float:
    for r in runs:
        if r.text:
            d.text((x, base + r.dy), r.text, font=r.f, fill=INK, anchor="ls")
        x += r.width
    return x


def draw_centered(d, runs, cx, base) -> tuple[float, float]:
    w = sum(r.width for r in runs)
    x0 = cx - w / 2
    draw_runs(d, runs, x0, base)
    return x0, x0 + w


def hline(d, x0, x1, y, t=3):
    d.rectangle([int(x0), int(y), int(x1), int(y) + t - 1], fill=INK)


def wrap(text: str, f, width: float, indent: float = 0.0) -> list[str]:
    words, lines, cur = text.split(), [], ""
    avail = width - indent
    for w_ in words:
        trial = (cur + " " + w_) if cur else w_
        if f.getlength(trial) <= avail or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur, avail = w_, width
    if cur:
        lines.append(cur)
    return lines


def draw_paragraph(d, text, f, x0, width, y, lead, indent, justify=True) -> tuple[float, int]:
    lines = wrap(text, f, width, indent)
    for i, line in enumerate(lines):
        x = x0 + (indent if i == 0 else 0)
        avail = width - (indent if i == 0 else 0)
        words = line.split(" ")
        if justify and i < len(lines) - 1 and len(words) > 1:
            wsum = sum(f.getlength(w_) for w_ in words)
            space = (avail - wsum) / (len(words) - 1)
            for w_ in words:
                d.text((x, y), w_, font=f, fill=INK, anchor="ls")
                x += f.getlength(w_) + space
        else:
            d.text((x, y), line, font=f, fill=INK, anchor="ls")
        y += lead
    return y, len(lines)


# ------------------------------------------------------------------ page
def render_page(doc: dict) -> tuple[Image.Image, dict]:
    rng = rng_for(doc["name"], "stamp")
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)

    # e-office stamp parameters
    scale = float(rng.uniform(0.85, 1.0))
    nudged = rng.random() < 0.6          # some documents have the stamp off the baseline
    def dy():
        return int(rng.integers(-7, 8)) if nudged else 0
    stamp_px = BODY * scale
    fs = font("I", stamp_px)
    info = {"stamp_scale": round(scale, 3), "stamp_px": int(round(stamp_px))}

    hdr = 13 * PT          # header text size
    issuer_px = 12 * PT
    lead_h = 1.30
    top = MT + 40

    # ---- left column: issuer block
    base = top + issuer_px
    widths = []
    for text, bold in doc["left"]:
        f = font("B" if bold else "R", issuer_px)
        x0, x1 = draw_centered(d, [Run(text, f)], LEFT_CX, base)
        widths.append(x1 - x0)
        last_base = base
        base += issuer_px * lead_h
    right_half = font("B", 12.5 * PT).getlength("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") / 2
    assert LEFT_CX + max(widths) / 2 < RIGHT_CX - right_half - 20, (doc["name"], widths)
    assert LEFT_CX - max(widths) / 2 > ML - 60, (doc["name"], widths)
    if doc["layout"] == "doan":
        draw_centered(d, [Run("***", font("R", hdr))], LEFT_CX, last_base + 1.05 * hdr)
        rule_y = last_base + 1.0 * hdr
    else:
        rule_w = min(widths[-1], 520) * 0.45
        rule_y = last_base + 0.50 * issuer_px
        hline(d, LEFT_CX - rule_w / 2, LEFT_CX + rule_w / 2, rule_y)
    so_base = rule_y + 1.45 * hdr

    # ---- number line: 'Số: ' upright, digits in stamp italic, suffix upright, blanks around
    fr = font("R", hdr)
    space = fr.getlength(" ")
    gap_pre = float(rng.uniform(0.3, 1.5)) * space
    gap_post = float(rng.uniform(0.4, 3.0)) * space if doc["suffix"].startswith("/") else float(rng.uniform(0.2, 1.2)) * space
    ndy = dy()
    runs = [Run("Số:", fr, gap=space + gap_pre), Run(doc["digits"], fs, dy=ndy, gap=gap_post),
            Run(doc["suffix"], fr)]
    draw_centered(d, runs, LEFT_CX, so_base)
    info.update(number_gap_px=[int(gap_pre), int(gap_post)], number_dy=ndy)

    y_left = so_base
    if doc.get("vv"):
        fv = font("I" if doc["layout"] == "doan" else "R", 12 * PT)
        y_left += 1.25 * 12 * PT
        for line in doc["vv"]:
            draw_centered(d, [Run(line, fv)], LEFT_CX, y_left)
            y_left += 1.15 * 12 * PT

    # ---- right column
    if doc["layout"] == "doan":
        fb = font("B", 14 * PT)
        b = top + issuer_px
        x0, x1 = draw_centered(d, [Run("ĐOÀN TNCS HỒ CHÍ MINH", fb)], RIGHT_CX, b)
        hline(d, x0, x1, b + 12, t=3)
    else:
        fb = font("B", 12.5 * PT)
        b = top + issuer_px
        draw_centered(d, [Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fb)], RIGHT_CX, b)
        fm = font("B", 13.5 * PT)
        b2 = b + issuer_px * lead_h + 4
        x0, x1 = draw_centered(d, [Run("Độc lập - Tự do - Hạnh phúc", fm)], RIGHT_CX, b2)
        hline(d, x0, x1, b2 + 0.45 * issuer_px)
    fdate = font("I" if doc["date_style"] == "italic" else "R", 13.5 * PT)
    dspace = fdate.getlength(" ")
    g = [float(rng.uniform(0.3, 1.6)) * dspace for _ in range(4)]
    ddy, mdy = dy(), dy()
    runs = [Run(f"{doc['place']}, ngày", fdate, gap=dspace + g[0]),
            Run(doc["day"], fs, dy=ddy, gap=g[1] + dspace),
            Run("tháng", fdate, gap=dspace + g[2]),
            Run(doc["month"], fs, dy=mdy, gap=g[3] + dspace),
            Run(f"năm {doc['year']}", fdate)]
    x0, x1 = draw_centered(d, runs, RIGHT_CX, so_base)
    assert x1 < W - MR + 40, (doc["name"], x1)
    info.update(day_dy=ddy, month_dy=mdy, nudged=nudged, date_style=doc["date_style"])

    # ---- heading, trích yếu
    y = max(y_left, so_base) + 2.2 * BODY
    fB = font("B", BODY)
    if doc.get("heading"):
        y += 0.2 * BODY
        draw_centered(d, [Run(doc["heading"], font("B", 14.5 * PT))], TEXT_CX, y)
        y += 1.2 * BODY
        for line in doc["title"]:
            draw_centered(d, [Run(line, fB)], TEXT_CX, y)
            last = y
            y += 1.2 * BODY
        if doc["title"]:
            hline(d, TEXT_CX - 230, TEXT_CX + 230, last + 0.50 * BODY)
            y += 0.6 * BODY
    if doc.get("authority"):
        y += 0.4 * BODY
        draw_centered(d, [Run(doc["authority"], fB)], TEXT_CX, y)
        y += 1.7 * BODY

    # ---- Kính gửi
    fR, fI = font("R", BODY), font("I", BODY)
    if doc.get("kinh_gui"):
        y += 0.5 * BODY
        kg = doc["kinh_gui"]
        lab = Run("Kính gửi: ", font("I" if doc["layout"] == "doan" else "R", BODY))
        if len(kg) == 1:
            draw_centered(d, [lab, Run(kg[0], fR)], TEXT_CX, y)
            y += 1.3 * BODY
        else:
            xlab = TEXT_CX - 420
            draw_runs(d, [lab], xlab, y)
            for line in kg:
                draw_runs(d, [Run("- " + line, fR)], xlab + lab.width, y)
                y += 1.3 * BODY
        y += 0.6 * BODY

    # ---- body
    lead = 1.28 * BODY
    indent = 1.27 / 2.54 * DPI
    nlines = 0
    y += 0.4 * BODY
    for style, text in doc["body"]:
        if style == "c":
            y += 0.2 * BODY
            draw_centered(d, [Run(text, fB)], TEXT_CX, y)
            y += lead + 0.2 * BODY
            nlines += 1
            continue
        f = {"p": fR, "i": fI, "h": fB}[style]
        y, n = draw_paragraph(d, text, f, ML, TW, y, lead, indent, justify=(style != "h"))
        nlines += n
        y += 0.25 * BODY

    # ---- Nơi nhận + signature block (if it fits on page 1)
    y += 0.6 * BODY
    sig_cx = ML + int(0.72 * TW)
    sig_lines = doc["sign"]
    need = (len(sig_lines) - 1) * 1.2 * BODY + 4.5 * BODY + BODY
    if y + need < H - MB:
        ys = y
        f12 = font("B", 13 * PT)
        for line in sig_lines[:-1]:
            draw_centered(d, [Run(line, f12)], sig_cx, ys)
            ys += 1.2 * 13 * PT
        ys += 3.3 * BODY
        draw_centered(d, [Run(sig_lines[-1], f12)], sig_cx, ys)
        fn = font("BI", 12 * PT)
        f11 = font("R", 11 * PT)
        yn = y
        draw_runs(d, [Run("Nơi nhận:", fn)], ML, yn)
        for line in ["- Như trên;", "- Lưu: VT."]:
            yn += 1.15 * 11 * PT
            draw_runs(d, [Run(line, f11)], ML, yn)
        info["signature_block"] = True
    else:
        info["signature_block"] = False
    info["body_lines"] = nlines
    return img, info


# ------------------------------------------------------------------ degradations (after real_degraded/make.py)
def signed_angle(rng, lo, hi) -> float:
    return float(rng.uniform(lo, hi) * (1 if rng.random() < 0.5 else -1))


def add_speckle(arr, rng, count, value_range=(0, 90), max_r=2) -> None:
    h, w = arr.shape
    ys = rng.integers(0, h, count); xs = rng.integers(0, w, count)
    rs = rng.integers(0, max_r + 1, count); vs = rng.integers(*value_range, count)
    for y, x, r, v in zip(ys, xs, rs, vs):
        arr[max(0, y - r):y + r + 1, max(0, x - r):x + r + 1] = v


def make_scan(img: Image.Image, dpi: int, rng, log: dict) -> Image.Image:
    p = SCAN
    g = img.resize((round(W * dpi / DPI), round(H * dpi / DPI)), Image.LANCZOS)
    g = g.filter(ImageFilter.GaussianBlur(p["blur"]))
    a = np.asarray(g, dtype=np.float32) / 255.0
    a = p["black"] + a * (p["white"] - p["black"])
    h, w = a.shape
    ramp = np.linspace(-1.0, 1.0, h, dtype=np.float32)[:, None]
    a = a + float(rng.uniform(-4, 4)) * ramp
    a = a + rng.normal(0.0, p["noise_sigma"], a.shape).astype(np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    add_speckle(a, rng, p["speckles"], value_range=(40, 150), max_r=1)
    angle = signed_angle(rng, p["rot_min"], p["rot_max"])
    log["rotation_deg"] = round(angle, 3)
    return Image.fromarray(a).rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=p["white"])


def make_bw(img: Image.Image, rng, log: dict) -> Image.Image:
    p = BW
    angle = signed_angle(rng, p["rot_min"], p["rot_max"])
    log["rotation_deg"] = round(angle, 3)
    g = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    g = g.filter(ImageFilter.GaussianBlur(p["blur"]))
    a = np.asarray(g, dtype=np.float32)
    a = a + rng.normal(0.0, p["noise_sigma"], a.shape).astype(np.float32)
    a = np.where(a < p["threshold"], 0, 255).astype(np.uint8)
    h, w = a.shape
    add_speckle(a, rng, int(rng.integers(*p["dust"])), value_range=(0, 1), max_r=3)
    hair = []
    for _ in range(int(rng.integers(1, 4))):
        x = int(rng.integers(0, w)); y0 = int(rng.integers(0, h - 200)); ln = int(rng.integers(40, 200))
        a[y0:y0 + ln, x:x + 2] = 0
        hair.append([x, y0, ln])
    log["hairlines_x_y_len"] = hair
    return Image.fromarray(a).convert("1", dither=Image.NONE)


def perspective_coeffs(dst, src):
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y]); rhs.append(v)
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


def make_photo(img: Image.Image, rng, log: dict) -> Image.Image:
    p = PHOTO
    PW, PH = p["width"], p["height"]
    target_h = p["page_frac"] * PH
    target_w = target_h * W / H
    page = img.resize((round(target_w), round(target_h)), Image.LANCZOS).convert("RGB")
    pw, ph = page.size
    cx = PW / 2 + rng.uniform(-40, 40); cy = PH / 2 + rng.uniform(-30, 30)
    angle_deg = signed_angle(rng, p["rot_min"], p["rot_max"])
    log["rotation_deg"] = round(angle_deg, 3)
    ang = math.radians(angle_deg)
    keystone = rng.uniform(0.02, 0.045) * target_w
    side = rng.uniform(-0.015, 0.015) * target_h
    log["keystone_frac"] = round(keystone / target_w, 4)
    corners = [(-target_w / 2 + keystone, -target_h / 2 + side), (target_w / 2 - keystone, -target_h / 2 - side),
               (target_w / 2, target_h / 2), (-target_w / 2, target_h / 2)]
    ca, sa = math.cos(ang), math.sin(ang)
    dst = [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in corners]
    coeffs = perspective_coeffs(dst, [(0, 0), (pw, 0), (pw, ph), (0, ph)])

    paper = np.asarray(page, dtype=np.float32)
    paper = 255.0 - (255.0 - paper) * 0.92
    paper = np.clip(paper * np.array([1.0, 0.975, 0.93], np.float32), 0, 255).astype(np.uint8)
    warped = Image.fromarray(paper).transform((PW, PH), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((PW, PH), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0)

    base = np.array([rng.uniform(95, 125), rng.uniform(85, 105), rng.uniform(70, 90)], np.float32)
    low = rng.normal(0, 1, (PH // 60 + 1, PW // 60 + 1)).astype(np.float32)
    low_img = Image.fromarray(((low - low.min()) / (np.ptp(low) + 1e-6) * 255).astype(np.uint8))
    low_up = np.asarray(low_img.resize((PW, PH), Image.BICUBIC), np.float32) / 255.0 - 0.5
    desk = Image.fromarray(np.clip(base[None, None, :] + 18.0 * low_up[..., None], 0, 255).astype(np.uint8))

    shadow = mask.filter(ImageFilter.GaussianBlur(18))
    shadow = Image.fromarray((np.asarray(shadow, np.float32) * 0.45).astype(np.uint8))
    shadow = shadow.transform((PW, PH), Image.AFFINE, (1, 0, -10, 0, 1, -14))
    scene = Image.composite(Image.new("RGB", (PW, PH), (30, 28, 25)), desk, shadow)
    scene = Image.composite(warped, scene, mask)

    yy, xx = np.mgrid[0:PH, 0:PW].astype(np.float32)
    theta = rng.uniform(0, 2 * math.pi)
    proj = (xx - PW / 2) * math.cos(theta) + (yy - PH / 2) * math.sin(theta)
    proj = (proj - proj.min()) / (np.ptp(proj) + 1e-6)
    light = p["light_min"] + (p["light_max"] - p["light_min"]) * proj
    hx, hy = rng.uniform(0.2, 0.8) * PW, rng.uniform(0.2, 0.8) * PH
    light += 0.06 * np.exp(-(((xx - hx) ** 2 + (yy - hy) ** 2) / (2 * (0.35 * PH) ** 2)))
    a = np.asarray(scene, np.float32) * light[..., None]
    a += rng.normal(0, p["noise"], a.shape).astype(np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.7))


def save_pdf(img: Image.Image, out: Path, dpi: int, **kw) -> None:
    img.save(out, "PDF", resolution=dpi, title=out.stem, producer="corpus/stamp_digits/make.py",
             creationDate=FIXED_DATE, modDate=FIXED_DATE, **kw)


# ------------------------------------------------------------------ main
def gold_for(doc: dict) -> dict:
    iso = datetime.date(doc["year"], int(doc["month"]), int(doc["day"])).isoformat()
    return {"type": doc["type"], "number": doc["digits"] + doc["suffix"], "issue_date": iso,
            "issuer": doc["issuer"]}


def main(argv: list[str]) -> int:
    only = set(argv)
    gold, manifest = [], []
    for doc in DOCS:
        name = doc["name"]
        g = gold_for(doc)
        for variant, ext in (("clean", "png"), ("scan", "pdf"), ("bw", "pdf"), ("photo", "jpg")):
            gold.append({"file": f"{name}-{variant}.{ext}", "source": name, "variant": variant, **g,
                         "issuer_printed": doc["issuer_printed"],
                         "stamped": {"number_digits": doc["digits"], "day": doc["day"], "month": doc["month"]}})
        if only and name not in only:
            continue
        img, info = render_page(doc)
        out = HERE / f"{name}-clean.png"
        img.save(out, "PNG", dpi=(DPI, DPI), optimize=True)
        manifest.append({"file": out.name, "dpi": DPI, "size_px": [W, H], **info})

        out = HERE / f"{name}-scan.pdf"
        for dpi, q in SCAN_LADDER:
            log = {}
            page = make_scan(img, dpi, rng_for(name, "scan"), log)
            save_pdf(page, out, dpi, quality=q, optimize=True)
            if out.stat().st_size <= SCAN_MAX:
                break
        manifest.append({"file": out.name, "dpi": dpi, "jpeg_quality": q, **log})

        out = HERE / f"{name}-bw.pdf"
        log = {}
        save_pdf(make_bw(img, rng_for(name, "bw"), log), out, BW["dpi"])
        manifest.append({"file": out.name, "dpi": BW["dpi"], "mode": "1-bit G4", **log})

        out = HERE / f"{name}-photo.jpg"
        log = {}
        make_photo(img, rng_for(name, "photo"), log).save(out, "JPEG", quality=PHOTO["quality"], optimize=True)
        manifest.append({"file": out.name, "size_px": [PHOTO["width"], PHOTO["height"]],
                         "jpeg_quality": PHOTO["quality"], **log})
        print(f"{name}: body {info['body_lines']} lines, stamp {info['stamp_px']}px, "
              f"signature {info['signature_block']}", file=sys.stderr)

    for m in manifest:
        data = (HERE / m["file"]).read_bytes()
        m["bytes"] = len(data)
        m["sha256"] = hashlib.sha256(data).hexdigest()
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not only:
        (HERE / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                            encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
