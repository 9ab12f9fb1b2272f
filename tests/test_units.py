"""Units: registry names whatever the spelling, communes, and the traps that are not units."""
from __future__ import annotations

import json
import re
import time

import pytest

from extractors.unit_registry import (canonical_unit, document_province, find_units, match_units,
                                      spelling_variants, unit_for_code)
from extractors.units import extract_units
from pipeline.ingest.assemble import document_from_text
from pipeline.ingest.read import read_document
from pipeline.core.resources import load_data
from tests.conftest import GOLD, SEEDS, SHARED, seed_stems

PATTERNS = load_data("units_patterns.yaml")
REGISTRY = load_data("units.json")
LEVELS = {"province", "commune", "national"}


# --- the registry file ------------------------------------------------------------------

def test_registry_schema():
    assert set(REGISTRY) == {"about", "units", "generic"}
    names = [u["name"] for u in REGISTRY["units"]]
    assert len(names) == len(set(names))
    for u in REGISTRY["units"]:
        assert set(u) <= {"name", "level", "codes", "aliases", "spec"}, u
        assert isinstance(u["name"], str) and u["name"].strip() == u["name"]
        assert u["level"] in LEVELS
        assert all(isinstance(c, str) and c for c in u["codes"])
        assert all(isinstance(a, str) and a for a in u["aliases"])
        assert isinstance(u.get("spec", True), bool)
    assert all(isinstance(g, str) for g in REGISTRY["generic"])


def test_registry_keeps_every_spec_unit():
    """Our copy may add units, aliases and codes, never drop or rename what the spec has."""
    ours = {u["name"]: u for u in REGISTRY["units"]}
    spec = json.loads((SHARED / "spec" / "units.json").read_text(encoding="utf-8"))
    for u in spec["units"]:
        mine = ours[u["name"]]
        assert mine["level"] == u["level"] and mine.get("spec", True)
        assert set(u["codes"]) <= set(mine["codes"]) and set(u["aliases"]) <= set(mine["aliases"])
    assert all(u.get("spec", True) for u in REGISTRY["units"] if u["name"] in {s["name"] for s in spec["units"]})


def test_codes_are_unique():
    seen: dict[str, str] = {}
    for u in REGISTRY["units"]:
        for c in u["codes"]:
            assert seen.setdefault(c.upper(), u["name"]) == u["name"], c


# --- examples in the data file ------------------------------------------------------------

@pytest.mark.parametrize("case", PATTERNS["examples"], ids=lambda c: c["text"][:40])
def test_data_examples(case):
    assert [v for _, _, v in find_units(case["text"])] == case["values"]


@pytest.mark.parametrize("text", PATTERNS["counter_examples"])
def test_data_counter_examples(text):
    assert find_units(text) == []


@pytest.mark.parametrize("pattern", PATTERNS["patterns"], ids=lambda p: p["unit"])
def test_pattern_examples(pattern):
    rx = re.compile(pattern["regex"])
    for ex in pattern["examples"]:
        assert rx.fullmatch(ex), ex
        assert [v for _, _, v in find_units(ex)] == [pattern["unit"]]
    for ex in pattern["counter_examples"]:
        assert pattern["unit"] not in [v for _, _, v in find_units(ex)], ex


@pytest.mark.parametrize("text", PATTERNS["anaphors"] + PATTERNS["generic_plurals"] + REGISTRY["generic"])
def test_anaphors_and_generic_plurals_are_not_units(text):
    assert find_units(f"Đề nghị {text} phối hợp thực hiện.") == []


# --- table of cases: (text, [(surface, value)]) -------------------------------------------

CASES = [
    ("Thực hiện Văn bản số 3077/SKHCN-CĐS ngày 03/11/2025 của Sở Khoa học\nvà Công nghệ tỉnh Đồng Nai về việc",
     [("Sở Khoa học\nvà Công nghệ tỉnh Đồng Nai", "Sở Khoa học và Công nghệ")]),
    ("Đề nghị UBND tỉnh và các Sở, ban, ngành liên quan xem xét", [("UBND tỉnh", "Ủy ban nhân dân tỉnh")]),
    ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI", [("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI", "Ủy ban nhân dân tỉnh")]),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", [("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo")]),
    ("Sở Giáo dục & Đào tạo; Sở GD-ĐT", [("Sở Giáo dục & Đào tạo", "Sở Giáo dục và Đào tạo"), ("Sở GD-ĐT", "Sở Giáo dục và Đào tạo")]),
    ("Phòng Chuyển đổi số - Sở KH và CN", [("Sở KH và CN", "Sở Khoa học và Công nghệ")]),
    ("Thường trực HĐND tỉnh Đồng Nai", [("HĐND tỉnh Đồng Nai", "Hội đồng nhân dân tỉnh")]),
    ("Văn phòng UBND tỉnh; Ban Thường vụ Tỉnh ủy", [("UBND tỉnh", "Ủy ban nhân dân tỉnh"), ("Tỉnh ủy", "Tỉnh ủy")]),
    ("Trưởng BQL các KCN Đồng Nai", [("BQL các KCN Đồng Nai", "Ban Quản lý các Khu công nghiệp")]),
    ("Công an Tỉnh; Công an tỉnh Đồng Nai", [("Công an Tỉnh", "Công an tỉnh"), ("Công an tỉnh Đồng Nai", "Công an tỉnh")]),
    ("Hội LHPN tỉnh, Hội Liên hiệp Thanh niên Việt Nam tỉnh, Liên minh HTX tỉnh",
     [("Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
      ("Hội Liên hiệp Thanh niên Việt Nam tỉnh", "Hội Liên hiệp Thanh niên tỉnh"),
      ("Liên minh HTX tỉnh", "Liên minh Hợp tác xã tỉnh")]),
    ("Đài Phát thanh và Truyền hình Đồng Nai đưa tin", [("Đài Phát thanh và Truyền hình Đồng Nai", "Đài Phát thanh - Truyền hình Đồng Nai")]),
    ("Quyết định của Thủ tướng Chính phủ và Nghị quyết của Chính phủ",
     [("Thủ tướng Chính phủ", "Thủ tướng Chính phủ"), ("Chính phủ", "Chính phủ")]),
    ("Chủ tịch UBND phường Trấn Biên và UBND xã Xuân Lộc", [("UBND phường Trấn Biên", "Ủy ban nhân dân phường Trấn Biên"),
                                                           ("UBND xã Xuân Lộc", "Ủy ban nhân dân xã Xuân Lộc")]),
    ("Ủy ban nhân dân cấp xã; UBND các xã, phường, đặc khu", [("Ủy ban nhân dân cấp xã", "Ủy ban nhân dân cấp xã"),
                                                              ("UBND các xã, phường, đặc khu", "Ủy ban nhân dân cấp xã")]),
    ("Ban Chỉ đạo tỉnh; Ban Chỉ đạo Trung ương", [("Ban Chỉ đạo tỉnh", "Ban Chỉ đạo tỉnh"), ("Ban Chỉ đạo Trung ương", "Ban Chỉ đạo Trung ương")]),
    ("Sở Khoa học và Công nghệ\nTỉnh ủy Đồng Nai", [("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ"), ("Tỉnh ủy Đồng Nai", "Tỉnh ủy")]),
    ("-Sở Nội vụ;", [("Sở Nội vụ", "Sở Nội vụ")]),
    # traps: none of these is a unit
    ("tham gia xây dựng chính phủ số, xã hội số, kinh tế số", []),
    ("Chính phủ số là mục tiêu", []),
    ("các cơ sở giáo dục và đào tạo nghề", []),
    ("Cơ sở Giáo dục và Đào tạo nghề Đồng Nai", []),
    ("Số:           /KH-SKHCN Đồng Nai", []),
    ("Lưu: VT, SCT-VP.", []),
    ("Văn phòng Sở; Lãnh đạo Sở; Văn phòng Ban; Lãnh đạo Ban", []),
    ("Thủ trưởng các sở, ban, ngành, địa phương là thành viên Ban Chỉ đạo", []),
    ("Tổ dân phố phối hợp với đoàn thanh niên, hội phụ nữ", []),
    ("Chỉ đạo Ban Chỉ huy Quân sự các xã, phường phát huy vai trò", []),
    ("hội nông dân tỉnh, tỉnh đoàn", []),
    ("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", []),
    ("Ủy ban nhân dân huyện Long Thành", []),
    ("Ngành Công thương Đồng Nai", []),
    ("đồng chí Tỉnh ủy viên", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=lambda x: x[:40] if isinstance(x, str) else None)
def test_cases(text, expected):
    got = find_units(text)
    assert [(text[s:e], v) for s, e, v in got] == expected


@pytest.mark.parametrize("text, value", [
    ("Sở Công Thương tỉnh Bình Dương", "Sở Công Thương tỉnh Bình Dương"),
    ("UBND tỉnh Lâm Đồng", "Ủy ban nhân dân tỉnh Lâm Đồng"),
    ("Sở Y tế Thành phố Hồ Chí Minh", "Sở Y tế Thành phố Hồ Chí Minh"),
    ("Công an tỉnh Bình Phước", "Công an tỉnh Bình Phước"),
])
def test_other_provinces_units_are_not_registered(text, value):
    ms = match_units(text)
    assert [(m.value, m.registered) for m in ms] == [(value, False)]


def test_a_document_of_another_province_has_no_registered_provincial_units():
    doc = document_from_text("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nUBND tỉnh giao Sở Nội vụ chủ trì; Chính phủ.")
    assert document_province(doc.text) == "Lâm Đồng"
    got = [(m.value, m.extra["registered"]) for m in extract_units(doc)]
    assert ("Ủy ban nhân dân tỉnh Lâm Đồng", False) in got and ("Sở Nội vụ tỉnh Lâm Đồng", False) in got
    assert ("Chính phủ", True) in got
    assert not [v for v, reg in got if reg and v not in {"Chính phủ"}]


# --- helpers for other modules ----------------------------------------------------------

@pytest.mark.parametrize("name, value", [
    ("SỞ CÔNG THƯƠNG", "Sở Công Thương"),
    ("UBND TỈNH ĐỒNG NAI", "Ủy ban nhân dân tỉnh"),
    ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "Ủy ban nhân dân tỉnh"),
    ("Ban Quản lý các Khu công nghiệp Đồng Nai", "Ban Quản lý các Khu công nghiệp"),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
    ("sở khoa học và công nghệ", "Sở Khoa học và Công nghệ"),
    ("ỦY BAN NHÂN DÂN PHƯỜNG TRẤN BIÊN", "Ủy ban nhân dân phường Trấn Biên"),
    ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP ĐỒNG NAI", "Ban Quản lý các Khu công nghiệp"),
    ("TỈNH ỦY ĐỒNG NAI", "Tỉnh ủy"),
    ("Lãnh đạo Sở", None),
    ("TM. ỦY BAN NHÂN DÂN", None),
    ("Sở Công Thương tỉnh Bình Dương", None),
    ("Sở Công Thương, Sở Nội vụ", None),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", None),
])
def test_canonical_unit(name, value):
    assert canonical_unit(name) == value


@pytest.mark.parametrize("code, value", [
    ("SCT", "Sở Công Thương"), ("SKHCN", "Sở Khoa học và Công nghệ"), ("UBND", "Ủy ban nhân dân tỉnh"),
    ("KCNĐN", "Ban Quản lý các Khu công nghiệp"), ("BQLKCN", "Ban Quản lý các Khu công nghiệp"),
    ("TU", "Tỉnh ủy"), ("BCĐTW", "Ban Chỉ đạo Trung ương"), ("CP", "Chính phủ"), ("SGD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("KH-UBND", "Ủy ban nhân dân tỉnh"), ("SCT-VP", "Sở Công Thương"), ("SKHCN-CĐS", "Sở Khoa học và Công nghệ"),
    ("NQ/TW", "Bộ Chính trị"), ("TB/SCT", "Sở Công Thương"), ("KH/BCÐTW", "Ban Chỉ đạo Trung ương"),  # U+00D0
    ("VP", None), ("KH", None), ("TTr-SCT", "Sở Công Thương"),
])
def test_unit_for_code(code, value):
    assert unit_for_code(code) == value


def test_variants_are_generated_not_listed():
    variants = {" ".join(v) for v in spelling_variants("Ban Quản lý các Khu công nghiệp")}
    assert {"bql các kcn", "ban ql các kcn", "ban quản lý các kcn", "bql các khu công nghiệp"} <= variants
    assert "ủy ban nhân dân cấp xã" in {" ".join(v) for v in spelling_variants("UBND cấp xã")} | {"ủy ban nhân dân cấp xã"}


# --- seeds and the real corpus ----------------------------------------------------------

def _gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))["mentions"]["units"]


@pytest.mark.parametrize("ext", ["txt", "docx"])
@pytest.mark.parametrize("stem", seed_stems())
def test_seed_units_match_gold(stem, ext):
    path = SEEDS / f"{stem}.{ext}"
    if not path.exists():
        pytest.skip(f"no {ext} rendition")
    doc = read_document(path)
    ms = list(extract_units(doc))
    for m in ms:
        assert doc.text[m.start:m.end] == m.text and m.text == m.text.strip()
    got = {m.value for m in ms if m.extra["registered"]}
    gold = _gold(stem)
    assert set(gold["required"]) <= got
    assert got <= set(gold["required"]) | set(gold["optional"])


def test_seed_matching_is_fast():
    docs = [read_document(SEEDS / f"{s}.txt") for s in seed_stems()]
    for d in docs:
        match_units(d.text)  # build the tries
    t0 = time.perf_counter()
    for d in docs:
        list(extract_units(d))
    assert time.perf_counter() - t0 < 0.3


def test_real_congbao_has_no_generic_hits():
    """Central documents: 'Ủy ban nhân dân tỉnh, thành phố' and 'chính phủ số' never become units."""
    paths = sorted((SHARED / "corpus" / "real" / "congbao").glob("*.txt"))[:40]
    for p in paths:
        text = p.read_text(encoding="utf-8", errors="replace")
        doc = document_from_text(text)
        for s, e, v in find_units(doc.text):
            surface = doc.text[s:e]
            assert any(ch.isupper() for ch in surface), (p.name, surface)
            assert not re.match(r"\s*,\s*thành phố", doc.text[e:e + 20]) or v != "Ủy ban nhân dân tỉnh", (p.name, surface)


def test_ner_proposals_are_unregistered_and_never_registry_names():
    doc = document_from_text("Phối hợp với Hội Cựu chiến binh Việt Nam và Ủy ban Mặt trận Tổ quốc Việt Nam tổ chức tuyên truyền.\n"
                             "Giao Trung tâm Khoa học và Công nghệ tổ chức.\n")
    ms = list(extract_units(doc))
    reg = {u["name"].casefold() for u in REGISTRY["units"]}
    for m in ms:
        if not m.extra["registered"]:
            assert m.confidence <= 0.5 and m.value.casefold() not in reg
            assert doc.text[m.start:m.end] == m.text
