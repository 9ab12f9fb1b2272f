"""Normalisation: NFC, one tone-mark placement, repaired line wraps, and the origin map."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.ingest.normalise import fix_tone_marks, normalise
from pipeline.core.resources import load_data
from tests.conftest import SEEDS

DATA = load_data("normalise.yaml")


@pytest.mark.parametrize("case", DATA["examples"] + DATA["counter_examples"], ids=lambda c: c["raw"][:30])
def test_data_examples(case):
    assert normalise(case["raw"])[0] == case["text"]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("hoà bình, hoá chất, xoè, thuỷ sản", "hòa bình, hóa chất, xòe, thủy sản"),
        ("HOÀ", "HÒA"),
        ("đối tựơng", "đối tượng"),
        ("hoàng, quý, quỹ, khuyên, hoạch", "hoàng, quý, quỹ, khuyên, hoạch"),
    ],
)
def test_tone_marks(raw, expected):
    assert fix_tone_marks(unicodedata.normalize("NFC", raw)) == expected


@pytest.mark.parametrize(
    "stem, number",
    [
        ("000_484bce74a44e51ae", "3906/KH-SCT"),  # "3906/KH-⏎⏎SCT" in the seed
        ("000_484bce74a44e51ae", "192/KH-UBND"),  # "192/KH-⏎UBND"
    ],
)
def test_split_numbers_come_out_whole(stem, number):
    raw = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    assert number not in unicodedata.normalize("NFC", raw)  # really split in the source
    assert number in normalise(raw)[0]


def test_nfd_seed_becomes_nfc():
    raw = (SEEDS / "003_b28077b9c0207294.txt").read_text(encoding="utf-8")
    assert raw != unicodedata.normalize("NFC", raw)
    text, origin = normalise(raw)
    assert text == unicodedata.normalize("NFC", text)
    assert "Ủy ban nhân dân tỉnh" in text


@pytest.mark.parametrize("stem", sorted(p.stem for p in SEEDS.glob("*.txt")))
def test_origin_map_is_monotonic_and_points_at_same_letters(stem):
    raw = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    text, origin = normalise(raw)
    assert len(origin) == len(text)
    assert all(a <= b for a, b in zip(origin, origin[1:]))
    for i, ch in enumerate(text):
        if ch.isalnum():
            base = unicodedata.normalize("NFD", ch)[0].lower()
            assert unicodedata.normalize("NFD", raw[origin[i]])[0].lower() == base


def test_paragraphs_and_lists_stay_apart():
    raw = "Thực hiện Kế hoạch.\n- Tổ chức 4 lớp;\n- Đăng tải 600 bài viết.\n\nII. PHƯƠNG HƯỚNG\nTiếp tục"
    assert normalise(raw)[0] == "Thực hiện Kế hoạch.\n- Tổ chức 4 lớp;\n- Đăng tải 600 bài viết.\n\nII. PHƯƠNG HƯỚNG\nTiếp tục"


def test_table_cell_lines_stay_apart():
    raw = "\t1.1\n\tBồi dưỡng kiến thức\n\tSở Khoa học và Công nghệ\n\n\t1.2\n"
    assert normalise(raw)[0] == "\t1.1\n\tBồi dưỡng kiến thức\n\tSở Khoa học và Công nghệ\n\n\t1.2"


def test_crlf_nbsp_and_invisible_characters():
    raw = "Sở\u00a0Công\u200b Thương\r\nđã tổ chức"
    assert normalise(raw)[0] == "Sở Công Thương đã tổ chức"
