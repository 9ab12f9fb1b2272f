r"""Property tests: the text repair and every extractor survive any text, and spans stay inside it.

Hypothesis feeds arbitrary Unicode, Vietnamese-looking fragment soup (NFD
marks, tabs, ``192/KH-UBND``, ``81/81 (100%)``), lines of 10,000+ characters
and deep nesting (``((((``, ``1.1.1.1…``, ``////``). The properties:

- ``normalise(raw)`` returns ``(text, origin)`` with one origin per character,
  non-decreasing, each inside ``raw``;
- every extractor of ``extractors.extractors()`` and ``extract_fields`` run
  without an exception on ``document_from_text(raw)``, and every mention has
  ``0 <= start < end <= len(text)`` and ``doc.text[start:end] == mention.text``.

Examples per test are modest for the everyday run; ``BDHV_PROPERTY_SCALE=10``
runs ten times as many.

Two bugs these tests found are fixed, and a test each runs the minimal input
in a forked child under a time limit (a regex cannot be interrupted in-process):
a line with many TABs made the quantities table pattern backtrack 2^n ways
(``"\t" * 30 + "x"``), and the e-mail pattern of doc_numbers and quantities was
quadratic on a long run without spaces (``"a" * 110_000``).
"""
from __future__ import annotations

import json
import os
import re
import signal
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import KINDS, extractors
from extractors.fields import extract_fields
from pipeline.ingest.assemble import document_from_text
from pipeline.ingest.normalise import normalise

SCALE = float(os.environ.get("BDHV_PROPERTY_SCALE", "1"))


def examples(n: int) -> settings:
    return settings(max_examples=max(1, int(n * SCALE)), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# --- strategies

VI_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
COMBINING = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0306", "\u0302", "\u031b"]
FRAGMENTS = [
    *VI_LETTERS, *VI_LETTERS.upper(), *COMBINING,
    " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u00a0", "\u200b", "\ufeff", "\u00ad", "\f", "\x85", "\u2028",
    *"0123456789", "/", "-", "–", ".", ",", ":", ";", "%", "(", ")", "“", "”", "\"", "•", "\uf0b7", "+", "x",
    "Số", "số", "ngày", "tháng", "năm", "Kế hoạch", "KH-UBND", "/KH-", "UBND", "Sở", "Nội vụ", "Công Thương",
    "cán bộ", "người", "lượt", "đạt", "100%", "81/81", "29/5/2025", "192/KH-UBND", "3906/KH-SCT", "tỷ đồng",
    "Phụ lục", "I.", "II.", "1.", "a)", "- ", "\t- ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TM. ỦY BAN NHÂN DÂN",
    "Uỷ ban", "hoà", "tựơng", "Q.", "KT. GIÁM ĐỐC", "Nơi nhận:", "V/v", "Đồng Nai, ngày",
]


vi_soup = st.lists(st.sampled_from(FRAGMENTS), max_size=120).map("".join)
any_text = st.text(max_size=400)
mixed_text = st.one_of(any_text, vi_soup, st.lists(st.one_of(any_text, vi_soup), max_size=4).map("\n".join))


@st.composite
def long_lines(draw) -> str:
    """One to three lines of 10,000-30,000 characters, built by repeating a drawn unit."""
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        unit = draw(st.one_of(vi_soup, st.text(min_size=1, max_size=30)).filter(bool))
        n = draw(st.integers(10_000, 30_000))
        lines.append((unit * (n // len(unit) + 1))[:n])
    return draw(st.sampled_from(["\n", "\n\n", " ", "\t"])).join(lines)


NESTERS = [("(", ")"), ("[", "]"), ("“", "”"), ("1.", ""), ("/", ""), ("-", ""), ("\t", ""), ("a) ", ""),
           ("Số ", ""), ("Kế hoạch số 1/KH-", "UBND"), ("<w:p>", "</w:p>"), ("'", "'")]


@st.composite
def deep_nesting(draw) -> str:
    """``((((…x…))))`` and friends, 100 to 5,000 levels deep."""
    opener, closer = draw(st.sampled_from(NESTERS))
    depth = draw(st.integers(100, 5_000))
    core = draw(vi_soup)
    return opener * depth + core + closer * depth


# --- normalise


def check_normalised(raw: str) -> None:
    text, origin = normalise(raw)
    assert len(origin) == len(text)
    assert all(a <= b for a, b in zip(origin, origin[1:])), "origin must not go backwards"
    assert all(0 <= o < len(raw) for o in origin), "origin must point into raw"


@given(mixed_text)
@examples(200)
def test_normalise_any_text(raw: str) -> None:
    check_normalised(raw)


@given(st.one_of(long_lines(), deep_nesting()))
@examples(40)
def test_normalise_long_and_nested(raw: str) -> None:
    check_normalised(raw)


# --- extractors


def check_extractors(raw: str) -> None:
    doc = document_from_text(raw)
    text = doc.text
    table = extractors()
    assert set(table) == set(KINDS)
    mentions = {}
    for kind in KINDS:
        found = list(table[kind](doc))
        for m in found:
            assert 0 <= m.start < m.end <= len(text), (kind, m)
            assert text[m.start:m.end] == m.text, (kind, m)
            json.dumps(m.to_json(), ensure_ascii=False)
        mentions[kind] = found
    fields = extract_fields(doc, mentions)
    json.dumps(fields.to_json(), ensure_ascii=False)


@given(mixed_text)
@examples(150)
def test_extractors_any_text(raw: str) -> None:
    check_extractors(raw)


@given(st.one_of(long_lines(), deep_nesting()))
@examples(25)
def test_extractors_long_and_nested(raw: str) -> None:
    check_extractors(raw)


# --- known bugs: minimal inputs, run in a child that is killed when over time


def finishes_within(seconds: float, fn: Callable[[], object]) -> bool:
    """Does ``fn()`` return (without raising) within ``seconds``? Run in a forked child."""
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            fn()
            code = 0
        finally:
            os._exit(code)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return False


def _run_all(raw: str) -> Callable[[], object]:
    extractors()  # load the data in the parent; the child starts warm
    return lambda: check_extractors(raw)


def test_many_tabs_on_one_line_is_fast() -> None:
    assert finishes_within(3, _run_all("\t" * 30 + "x"))


def test_long_run_without_spaces_is_fast() -> None:
    assert finishes_within(3, _run_all("a" * 110_000))
