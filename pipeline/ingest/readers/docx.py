"""DOCX reader (python-docx): paragraphs and tables in body order, headers and footers.

Tables stay rows × cells; a horizontally merged cell (``gridSpan``) is one cell,
a vertically merged continuation (``vMerge``) is an empty cell, so the text of a
merged cell is read once. Bold and alignment are kept on paragraph blocks: a
centred bold ``KẾ HOẠCH`` is how the title and the signature are found.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document as open_docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from pipeline.ingest.assemble import Part, build_document
from pipeline.core.errors import ReadError
from pipeline.ingest.safety import check_docx_archive
from pipeline.core.source import source_of
from schemas.document import Document

_ALIGN = {0: "left", 1: "center", 2: "right", 3: "justify"}


StyleCache = dict  # style id → (name, bold), one per document read


def _style_of(p: Paragraph, styles: StyleCache) -> tuple[str, bool]:
    """The paragraph style's name and boldness, looked up once per style id.

    ``Paragraph.style`` scans every style of the document on each call, which
    made a long report cost most of a second; the id is enough to key a cache.
    """
    sid = p._p.style
    if sid not in styles:
        style = p.style
        styles[sid] = ((style.name or "") if style is not None else "",
                       bool(style is not None and style.font is not None and style.font.bold))
    return styles[sid]


def _paragraph_part(p: Paragraph, index: int, styles: StyleCache) -> Part:
    name, style_bold = _style_of(p, styles)
    runs = [r for r in p.runs if r.text.strip()]
    bold = bool(runs) and all(r.bold or (r.bold is None and style_bold) for r in runs)
    align = _ALIGN.get(int(p.alignment)) if p.alignment is not None else None
    kind = "heading" if name.lower().startswith(("heading", "title")) else "paragraph"
    return Part(kind, text=p.text, bold=bold, align=align, index=index)


def _cell_text(tc, parent) -> str:
    """Text of one ``w:tc``: its paragraphs and any nested table, line by line."""
    lines: list[str] = []
    for child in tc.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(Paragraph(child, parent).text)
        elif child.tag == qn("w:tbl"):
            for row in _table_rows(Table(child, parent)):
                lines.append(" ".join(c for c in row if c))
    return "\n".join(lines).strip("\n")


def _table_rows(table: Table) -> list[list[str]]:
    rows: list[list[str]] = []
    for tr in table._tbl.tr_lst:
        cells: list[str] = []
        for tc in tr.tc_lst:
            tcPr = tc.tcPr
            vmerge = tcPr.find(qn("w:vMerge")) if tcPr is not None else None
            if vmerge is not None and vmerge.get(qn("w:val")) in (None, "continue"):
                cells.append("")  # continuation of the cell above: its text was read there
            else:
                cells.append(_cell_text(tc, table))
        rows.append(cells)
    return rows


def _body_parts(container, styles: StyleCache, kind: str | None = None) -> list[Part]:
    parts: list[Part] = []
    index = 0
    for child in container._element.iterchildren() if hasattr(container, "_element") else []:
        if child.tag == qn("w:p"):
            part = _paragraph_part(Paragraph(child, container), index, styles)
            if kind:
                part.kind = kind
            parts.append(part)
        elif child.tag == qn("w:tbl"):
            parts.append(Part("table", rows=_table_rows(Table(child, container)), index=index))
        elif child.tag == qn("w:sdt"):  # content controls wrap paragraphs in some templates
            for p in child.iter(qn("w:p")):
                parts.append(_paragraph_part(Paragraph(p, container), index, styles))
        index += 1
    return parts


def read_docx(path: str | Path) -> Document:
    """Read a Word file, e.g. a Sở's kế hoạch drafted in Word with a header table."""
    p = Path(path)
    check_docx_archive(p)  # zip bombs, entity bombs, traversal names: before python-docx inflates anything
    try:
        with zipfile.ZipFile(p) as z:
            if "word/document.xml" not in z.namelist():
                raise ReadError("unreadable", "not a Word document (no word/document.xml)")
        d = open_docx(str(p))
    except ReadError:
        raise
    except zipfile.BadZipFile as e:
        raise ReadError("unreadable", f"damaged DOCX archive: {e}") from e
    except Exception as e:  # python-docx raises many kinds on malformed parts
        raise ReadError("unreadable", f"{type(e).__name__}: {e}") from e
    styles: StyleCache = {}
    parts: list[Part] = []
    seen: set[int] = set()
    for section in d.sections:
        for hdr in (section.header,):
            if not hdr.is_linked_to_previous and id(hdr._element) not in seen:
                seen.add(id(hdr._element))
                parts += [x for x in _body_parts(hdr, styles, kind="header") if x.text.strip() or x.rows]
    parts += _body_parts(d._body, styles)
    for section in d.sections:
        ftr = section.footer
        if not ftr.is_linked_to_previous and id(ftr._element) not in seen:
            seen.add(id(ftr._element))
            parts += [x for x in _body_parts(ftr, styles, kind="footer") if x.text.strip() or x.rows]
    if not any(x.text.strip() or any(any(c.strip() for c in r) for r in x.rows) for x in parts):
        raise ReadError("empty", "the Word document has no text")
    return build_document(source_of(p, "docx", pages=None), parts)
