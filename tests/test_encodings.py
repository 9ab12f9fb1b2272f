"""Tests for pipeline.ingest.encodings: every encoding we receive decodes to the seed's text.

The damaged inputs in corpus/damaged/000_*.txt are built from seed 000 by the
builders below; run ``python tests/test_encodings.py`` to regenerate them.
"""
from __future__ import annotations

import codecs
import random
import re
import unicodedata
from pathlib import Path

import pytest

from pipeline.ingest.encodings import (
    TONE_MARKS, decode_text, decode_tcvn3, decode_vni, encode_legacy,
    is_vietnamese_syllable, to_byte_chars,
)
from pipeline.core.errors import ReadError
from pipeline.core.resources import load_data

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "seeds" / "000_484bce74a44e51ae.txt"
DAMAGED = ROOT / "corpus" / "damaged"
CONGBAO = Path("/work/shared/corpus/real/congbao")
# The seed's Symbol-font bullet (private use U+F0B7) has no 8-bit encoding;
# the legacy fixtures carry "•" in its place.
LEGACY_SAFE = {"\uf0b7": "•"}
OLD_TONES = {"hòa": "hoà", "hóa": "hoá", "Ủy": "Uỷ", "ủy": "uỷ", "tượng": "tựơng"}


def seed_text() -> str:
    return unicodedata.normalize("NFC", SEED.read_text(encoding="utf-8"))


def legacy_seed_text() -> str:
    return "".join(LEGACY_SAFE.get(c, c) for c in seed_text())


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 the way Windows writes it: precomposed where cp1258 has it, else base + tone byte."""
    out = bytearray()
    for c in unicodedata.normalize("NFC", text):
        try:
            out += c.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", c)
        base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONE_MARKS))
        out += (base + "".join(m for m in parts if m in TONE_MARKS)).encode("cp1258")
    return bytes(out)


def old_tone_text() -> str:
    """Seed 000 with old-style tone placement and a typo, in NFD."""
    pattern = re.compile(r"\b(" + "|".join(OLD_TONES) + r")\b")
    return unicodedata.normalize("NFD", pattern.sub(lambda m: OLD_TONES[m.group(1)], seed_text()))


BUILDERS = {
    "000_utf8_bom.txt": lambda: codecs.BOM_UTF8 + seed_text().encode("utf-8"),
    "000_utf16.txt": lambda: codecs.BOM_UTF16_LE + seed_text().encode("utf-16-le"),
    "000_cp1258.txt": lambda: encode_cp1258(legacy_seed_text()),
    "000_tcvn3.txt": lambda: encode_legacy(legacy_seed_text(), "tcvn3"),
    "000_vni.txt": lambda: encode_legacy(legacy_seed_text(), "vni"),
    "000_nfd_oldtone.txt": lambda: old_tone_text().encode("utf-8"),
}

# (file, encoding name, expected text)
FIXTURES = [
    ("000_utf8_bom.txt", "utf-8", seed_text),
    ("000_utf16.txt", "utf-16", seed_text),
    ("000_cp1258.txt", "cp1258", legacy_seed_text),
    ("000_tcvn3.txt", "tcvn3", legacy_seed_text),
    ("000_vni.txt", "vni", legacy_seed_text),
]


@pytest.mark.parametrize("name, encoding, expected", FIXTURES)
def test_damaged_txt_decodes_to_seed(name: str, encoding: str, expected) -> None:
    assert decode_text((DAMAGED / name).read_bytes()) == (expected(), encoding)


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_damaged_txt_matches_its_builder(name: str) -> None:
    assert (DAMAGED / name).read_bytes() == BUILDERS[name]()


def test_nfd_old_tone_placement_decodes_as_utf8_nfc() -> None:
    data = (DAMAGED / "000_nfd_oldtone.txt").read_bytes()
    text = data.decode("utf-8")
    assert {"hoá", "tựơng"} <= set(re.findall(r"\w+", unicodedata.normalize("NFC", text)))
    assert decode_text(data) == (unicodedata.normalize("NFC", text), "utf-8")


@pytest.mark.parametrize("encoding, decoder", [("tcvn3", decode_tcvn3), ("vni", decode_vni)])
@pytest.mark.parametrize("seed", sorted((ROOT / "corpus" / "seeds").glob("*.txt")), ids=lambda p: p.name[:3])
def test_tables_round_trip_every_seed(encoding: str, decoder, seed: Path) -> None:
    text = unicodedata.normalize("NFC", seed.read_text(encoding="utf-8"))
    text = "".join(LEGACY_SAFE.get(c, c) for c in text)
    assert decoder(encode_legacy(text, encoding).decode("latin-1")) == text


def test_tables_cover_every_vietnamese_letter() -> None:
    letters = "aăâeêioôơuưy"
    tones = ["", *TONE_MARKS]
    vowels = [unicodedata.normalize("NFC", v + t) for v in letters + letters.upper() for t in tones]
    alphabet = [*vowels, "đ", "Đ"]
    for encoding, decoder in (("tcvn3", decode_tcvn3), ("vni", decode_vni)):
        for letter in alphabet:
            assert decoder(encode_legacy(letter, encoding).decode("latin-1")) == letter, (encoding, letter)


DATA = load_data("legacy_encodings.yaml")


@pytest.mark.parametrize("example", DATA["examples"], ids=lambda e: e["text"][:12])
def test_data_file_examples(example: dict) -> None:
    decoder = {"tcvn3": decode_tcvn3, "vni": decode_vni}[example["encoding"]]
    assert decoder(to_byte_chars(example["mojibake"])) == example["text"]
    assert encode_legacy(example["text"], example["encoding"]).decode("cp1252") == example["mojibake"]
    as_unicode = example["mojibake"].encode("utf-8")
    assert decode_text(as_unicode) == (example["text"], example["encoding"] + "-in-unicode")


@pytest.mark.parametrize("word", DATA["common_syllables"])
def test_common_syllables_are_syllables(word: str) -> None:
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("unicode_form", ["utf-8", "utf-16"])
def test_legacy_font_saved_as_unicode(encoding: str, unicode_form: str) -> None:
    mojibake = encode_legacy(legacy_seed_text(), encoding).decode("cp1252")
    assert decode_text(mojibake.encode(unicode_form)) == (legacy_seed_text(), f"{encoding}-in-unicode")


@pytest.mark.parametrize("data, expected", [
    (b"", ("", "utf-8")),
    (b"Plain English report, 2025: 100% done.\n", ("Plain English report, 2025: 100% done.\n", "utf-8")),
    ("Kính gửi".encode("utf-16-le"), ("Kính gửi", "utf-16")),
    ("Kính gửi".encode("utf-16-be"), ("Kính gửi", "utf-16")),
    (codecs.BOM_UTF16_BE + "Đồng Nai".encode("utf-16-be"), ("Đồng Nai", "utf-16")),
    (unicodedata.normalize("NFD", "Sở Công Thương").encode("utf-8"), ("Sở Công Thương", "utf-8")),
])
def test_small_inputs(data: bytes, expected: tuple[str, str]) -> None:
    assert decode_text(data) == expected


# Real sentences from the seeds, many of them written only with letters that
# Windows-1252 also has, so they could pass for legacy-font text.
VIETNAMESE_SENTENCES = [
    "Tôi là sinh viên.",
    "Chương trình “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai năm 2025.",
    "Kế hoạch số 3906/KH-SCT ngày 09/6/2025 về việc tham gia học tập",
    "Đạt 100% chỉ tiêu; 85% cán bộ, công chức hoàn thành khóa học.",
    "Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai.",
    "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
    "Gần nhất là Hội thảo “Giới thiệu chính sách và quy trình chứng nhận”",
    "Cà Mau, Bà Rịa – Vũng Tàu",
    "Ông Lê Văn Tâm, phó giám đốc",
    "https://sct.dongnai.gov.vn/tin-tuc",
]


@pytest.mark.parametrize("sentence", VIETNAMESE_SENTENCES)
@pytest.mark.parametrize("unicode_form", ["utf-8", "utf-8-sig"])
def test_vietnamese_unicode_is_not_mistaken_for_mojibake(sentence: str, unicode_form: str) -> None:
    assert decode_text(sentence.encode(unicode_form)) == (sentence, "utf-8")


@pytest.mark.parametrize("sentence", VIETNAMESE_SENTENCES[1:6])
def test_short_cp1258_sentences(sentence: str) -> None:
    assert decode_text(encode_cp1258(sentence)) == (sentence, "cp1258")


def _random_bytes(n: int, seed: int, low: int = 0) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(n))


@pytest.mark.parametrize("data", [
    _random_bytes(64, 1), _random_bytes(4096, 2), _random_bytes(300, 3, low=0x80),
    _random_bytes(300, 4, low=0x20),
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _random_bytes(200, 5),
    b"PK\x03\x04\x14\x00\x06\x00" + _random_bytes(200, 6),
    bytes(range(1, 32)) * 10,
    codecs.BOM_UTF8 + b"Vi\xea\xf2t Nam",
    "Menu du café – crème brûlée, à volonté".encode("cp1252"),
], ids=["random64", "random4k", "high300", "printable300", "png", "zip", "controls", "bom-bad-utf8",
        "french-cp1252"])
def test_garbage_raises_bad_encoding(data: bytes) -> None:
    with pytest.raises(ReadError) as err:
        decode_text(data)
    assert err.value.code == "bad_encoding"


@pytest.mark.parametrize("word, ok", [
    ("nghiệp", True), ("quyết", True), ("quang", True), ("giữa", True), ("giếng", True),
    ("Uỷ", True), ("hoà", True), ("tựơng", True), ("khuya", True), ("thuở", True), ("KẾT", True),
    ("ngà", True), ("héi", False), ("Céng", False), ("hoµ", False), ("nghÜa", False),
    ("việt\u0300", False), ("kàc", False), ("nghà", False), ("kà", False), ("cế", False),
])
def test_syllable_grammar(word: str, ok: bool) -> None:
    assert is_vietnamese_syllable(word) is ok


@pytest.mark.skipif(not CONGBAO.is_dir(), reason="shared real corpus not mounted")
@pytest.mark.parametrize("path", sorted(CONGBAO.glob("*.txt")) if CONGBAO.is_dir() else [],
                         ids=lambda p: p.name)
def test_real_utf8_corpus_stays_utf8(path: Path) -> None:
    data = path.read_bytes()
    text, encoding = decode_text(data)
    assert encoding == "utf-8"
    assert text == unicodedata.normalize("NFC", data.decode("utf-8-sig"))


if __name__ == "__main__":  # regenerate the damaged TXT fixtures on request
    DAMAGED.mkdir(parents=True, exist_ok=True)
    for fixture, build in BUILDERS.items():
        (DAMAGED / fixture).write_bytes(build())
        print("wrote", DAMAGED / fixture)


@pytest.mark.parametrize("decoded, expected", [
    # capitals typed in a TCVN3 capitals font keep the lower-case codes of toned letters
    ("ủY BAN NHÂN DÂN CộNG HòA Xã HộI CHủ NGHĩA VIệT NAM", "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Xã TÂN PHú", "XÃ TÂN PHÚ"),
    ("KT. CHủ TịCH\nPHó CHủ TịCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
    ("BáO CáO", "BÁO CÁO"),
    # ordinary words and acronyms beside them stay
    ("Hà Nội, Xã Tân Phú, Ông A", "Hà Nội, Xã Tân Phú, Ông A"),
    ("của Bộ KH&CN; - BLĐ Sở;", "của Bộ KH&CN; - BLĐ Sở;"),
    ("BÁO CÁO \nSở Công Thương", "BÁO CÁO \nSở Công Thương"),
])
def test_tcvn3_capitals_font(decoded, expected):
    from pipeline.ingest.encodings import _capitals_from_lower_codes

    assert _capitals_from_lower_codes(_capitals_from_lower_codes(decoded)) == expected
