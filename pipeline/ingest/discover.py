"""Which files of an inbox are documents to read: folders walked, hidden files and links out of the tree skipped.

``discover(["corpus/seeds"])`` → the 15 seed files, sorted by path; a link
that leads out of the inbox (``inbox/x.pdf → /etc/passwd``) is not followed.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files under ``paths`` (folders recursed), sorted, hidden files and symlinks out of the tree skipped."""
    found: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            root = p.resolve()
            for f in p.rglob("*"):
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if f.is_symlink():
                    target = f.resolve()
                    if not target.is_relative_to(root):
                        continue  # a link leading out of the inbox is ignored
                if f.is_file():
                    found.add(f)
        elif p.exists():
            found.add(p)
        else:
            raise FileNotFoundError(str(p))
    return sorted(found, key=lambda x: str(x))
