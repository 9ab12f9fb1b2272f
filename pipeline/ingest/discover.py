"""Which files of an inbox are documents to read: folders walked, hidden files and links out of the tree skipped,
anything else that is not a regular file refused with its reason.

``discover(["corpus/seeds"])`` → the 15 seed files, sorted by path; a link
that leads out of the inbox (``inbox/x.pdf → /etc/passwd``) is not followed.
``discover_entries`` also gives what is refused (``not_a_file``), decided by
``stat`` before anything is opened: a symbolic-link loop (``a → b.txt → a``),
a FIFO (opening one waits for a writer, for ever), a socket, a device, a link
to nothing. They become failed lines of the run, not a crash and not a hang.
A folder is walked whatever its name (``x.pdf/`` holds documents); a link to
a folder inside the inbox is not followed (its files are found where they are).
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.core.source import not_a_file


@dataclass(frozen=True)
class Entry:
    """A path found; ``refused`` says why it is not read (``"a FIFO (named pipe)"``), None for a document."""

    path: Path
    refused: str | None = None


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files under ``paths`` (folders recursed), sorted, hidden files and symlinks out of the tree skipped."""
    return [e.path for e in discover_entries(paths) if e.refused is None]


def discover_entries(paths: Iterable[str | Path]) -> list[Entry]:
    """Every document under ``paths`` and every entry refused, sorted by path; a missing path raises
    ``FileNotFoundError``."""
    found: dict[Path, Entry] = {}
    for p in map(Path, paths):
        if p.is_dir():
            root = p.resolve()
            for f in p.rglob("*"):
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                entry = _walked(f, root)
                if entry is not None:
                    found[f] = entry
        elif os.path.lexists(p):
            found[p] = Entry(p, not_a_file(p))  # named explicitly: whatever it is, it gets its line
        else:
            raise FileNotFoundError(str(p))
    return sorted(found.values(), key=lambda e: str(e.path))


def _walked(f: Path, root: Path) -> Entry | None:
    """What the walk makes of ``f``: a document, a refused entry, or None (a folder, a link out of the tree)."""
    try:
        reason = not_a_file(f)
    except OSError:
        return None  # gone since the folder was listed
    if f.is_symlink() and reason != "a symbolic link loop":
        if not f.resolve().is_relative_to(root):
            return None  # a link leading out of the inbox is ignored, whatever it leads to
    if reason == "a folder":
        return None  # walked by rglob (or, for a link, where it lies)
    return Entry(f, reason)
