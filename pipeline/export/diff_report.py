"""Showing a run diff: tables in the terminal (rich) and an HTML page an analyst opens.

The HTML is side by side (before | after), with the changed words of a
sentence highlighted, e.g. ``… vào 11/4/2025: <del>170</del> | <ins>180</ins> lượt người``.
"""
from __future__ import annotations

import difflib
import html
import json
from pathlib import Path
from typing import Any

from pipeline.core.names import shown
from pipeline.core.resources import load_data
from schemas.diff import RunDiff



def labels() -> tuple[dict[str, str], dict[str, str]]:
    """(what changed, where) in Vietnamese, from data/workbook.yaml (shared with the Thay đổi sheet)."""
    data = load_data("workbook.yaml")
    return data["change_what"], data["change_scope"]


def print_diff(diff: RunDiff, console=None) -> None:
    """The changes as terminal tables; every value from a document is shown as text, never read as rich markup."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    _, scope_vi = labels()
    console.print(Text(f"Diff: run {diff.run_a} → run {diff.run_b}", style="bold"), f"({len(diff.changes)} changes)")
    for scope in ("file", "document", "mention", "matrix"):
        rows = [r for r in change_rows(diff) if r["scope"] == scope]
        if not rows:
            continue
        t = Table(title=scope_vi[scope] + f" / {scope}", show_lines=False)
        # a matrix cell says why it moved: which documents, the figure before and after
        cols = ("path", "kind", "what", "before", "after") + (("reason",) if scope == "matrix" else ("sentence_after",))
        for col in cols:
            t.add_column(col, overflow="fold")
        for r in rows:
            # Text, not markup: a title ``[/]`` or ``[link=…]…[/link]`` is the document's words, printed as they are
            t.add_row(*(Text(shown(str(r[c])) if r[c] is not None else "") for c in cols))
        console.print(t)
    if not diff.changes:
        console.print("No changes / Không có thay đổi.")


def _marked(a: str | None, b: str | None) -> tuple[str, str]:
    """Both sentences as HTML, with the differing words wrapped in <del>/<ins>."""
    a, b = a or "", b or ""
    wa, wb = a.split(" "), b.split(" ")
    left: list[str] = []
    right: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        sa, sb = html.escape(" ".join(wa[i1:i2])), html.escape(" ".join(wb[j1:j2]))
        if op == "equal":
            left.append(sa)
            right.append(sb)
        else:
            if sa:
                left.append(f"<del>{sa}</del>")
            if sb:
                right.append(f"<ins>{sb}</ins>")
    return " ".join(left), " ".join(right)


def _file_link(source: str | None) -> str:
    """A link to the document a cell's change came from, when it is where the run read it."""
    if not source or not Path(source).is_file():
        return ""
    return f'<br><a href="{html.escape(Path(source).resolve().as_uri())}">{html.escape(Path(source).name)}</a>'


def render_html(diff: RunDiff) -> str:
    what_vi, scope_vi = labels()
    rows: list[str] = []
    for r in change_rows(diff):
        if r["sentence_before"] or r["sentence_after"]:
            left, right = _marked(r["sentence_before"], r["sentence_after"])
        else:
            left, right = html.escape(str(r["before"] or "")), html.escape(str(r["after"] or ""))
        rows.append(
            f'<tr class="{r["what"]}"><td>{html.escape(scope_vi[r["scope"]])}</td><td>{html.escape(r["path"])}</td>'
            f'<td>{html.escape(str(r["kind"]))}</td><td>{what_vi[r["what"]]}</td>'
            f'<td class="before"><b>{html.escape(str(r["before"] or ""))}</b><br>{left}</td>'
            f'<td class="after"><b>{html.escape(str(r["after"] or ""))}</b><br>{right}</td>'
            f'<td class="why">{html.escape(r["reason"] or "")}{_file_link(r["source"])}</td><td>{r["page"] or ""}</td></tr>'
        )
    body = "\n".join(rows) or '<tr><td colspan="8">Không có thay đổi / No changes</td></tr>'
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>So sánh lượt chạy {diff.run_a} → {diff.run_b}</title>
<style>
body{{font-family:"DejaVu Sans",Arial,sans-serif;margin:1.5em;color:#222}}
table{{border-collapse:collapse;width:100%}} th,td{{border:1px solid #ccc;padding:4px 6px;vertical-align:top;font-size:13px}}
th{{background:#1f4e79;color:#fff;position:sticky;top:0}}
tr.added td.after{{background:#e6f4ea}} tr.removed td.before{{background:#fce8e6}}
tr.changed td.before{{background:#fff8e1}} tr.changed td.after{{background:#fff8e1}}
del{{background:#f4b6b0;text-decoration:line-through}} ins{{background:#b7e1c1;text-decoration:none}}
</style></head><body>
<h1>Thay đổi giữa lượt chạy {diff.run_a} và {diff.run_b}</h1>
<p>{len(diff.changes)} thay đổi / changes. Trước (before) | Sau (after).</p>
<table><thead><tr><th>Phạm vi</th><th>Tệp / Ô</th><th>Loại</th><th>Thay đổi</th><th>Trước</th><th>Sau</th><th>Lý do / why</th><th>Trang</th></tr></thead>
<tbody>
{body}
</tbody></table></body></html>
"""


def change_rows(diff: RunDiff) -> list[dict[str, Any]]:
    """Flat rows for the workbook's ``Thay đổi`` sheet and the HTML report."""
    return [
        {"scope": c.scope, "path": c.path, "kind": c.kind, "what": c.what,
         "before": c.before if not isinstance(c.before, (dict, list)) else json.dumps(c.before, ensure_ascii=False),
         "after": c.after if not isinstance(c.after, (dict, list)) else json.dumps(c.after, ensure_ascii=False),
         "sentence_before": c.sentence_before, "sentence_after": c.sentence_after, "page": c.page,
         "reason": c.reason, "documents": c.documents, "source": c.source}
        for c in diff.changes
    ]
