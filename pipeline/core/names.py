"""File names that are not UTF-8: kept exactly inside, stored exactly, shown readably.

A Windows zip unpacked here leaves names in cp1258 (``b"b\\xe1o c\\xe1o.txt"``,
"báo cáo.txt"). Python gives such a name as a ``str`` with lone surrogates
(``"b\\udce1o c\\udce1o.txt"``, PEP 383), which opens the file again but which
UTF-8 cannot encode: SQLite, a JSON line or a workbook cell would fail on it.
So a path stays that ``str`` in memory; the run store keeps its bytes
(``stored_path``, ``exact_json``), and whatever a person reads shows each
undecodable byte as U+FFFD (``shown``: ``"b�o c�o.txt"``).
"""
from __future__ import annotations

import json
import os
import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(text: str) -> str:
    """``text`` with every undecodable byte of a file name as U+FFFD: ``"b\\udce1o.txt"`` → ``"b�o.txt"``."""
    return _SURROGATE.sub("\ufffd", text)


def shown_json(obj: Any, **kwargs: Any) -> str:
    """``json.dumps`` for files people open (``extractions.jsonl``, ``matrix.json``): names shown, always UTF-8."""
    return shown(json.dumps(obj, ensure_ascii=False, **kwargs))


def exact_json(obj: Any) -> str:
    """``json.dumps`` that SQLite accepts and ``json.loads`` reverses exactly: a lone surrogate is written
    as its ``\\udcXX`` escape, everything else as it is (Vietnamese stays readable)."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(obj, ensure_ascii=False))


def stored_path(path: str) -> str | bytes:
    """What the run store keeps for ``path``: the text when it is UTF-8, else the name's bytes (a BLOB)."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path)


def loaded_path(value: str | bytes) -> str:
    """The path back from the run store, as ``os.listdir`` would give it."""
    return os.fsdecode(value) if isinstance(value, bytes) else value
