"""What a document does (CONTRACT.md's ``role``): plan, report, request or other.

The form fixes it for most types; a công văn's subject, a quyết định that
carries the plan it issues, or a body that asks others to report by a date
decide the rest (``V/v báo cáo kết quả …`` → report). Word lists in
``data/fields.yaml``.
"""
from __future__ import annotations

import re

from extractors.fields.header import heading_type, lines_of, rules


def decide_role(doc_type: str, subject: str | None, body: str | None = None) -> str:
    """What the document does: plan, report, request or other (CONTRACT.md).

    The form fixes it for most types (a kế hoạch plans, a báo cáo reports). A
    công văn's subject decides next (``V/v báo cáo kết quả …`` reports, ``V/v đề
    nghị …`` requests). A quyết định that issues or approves a plan and carries it
    (``Ban hành Kế hoạch tổ chức …`` with ``Ban hành kèm theo Quyết định này Kế
    hoạch …``) plans. A thông báo or công văn still undecided requests when its
    body asks others to act or report (``… gửi danh sách về Sở … trước ngày
    19/9/2025`` under ``Đề nghị``; ``yêu cầu các đơn vị báo cáo …``).
    """
    d = rules()
    if doc_type in d["role_by_type"]:
        return d["role_by_type"][doc_type]
    if doc_type in d["plan_issuing_types"] and subject and body is not None:
        if d["plan_subject_re"].search(subject) and plan_carried(body):
            return "plan"
    if doc_type == "cong_van" and subject:
        s = subject.lower()
        if any(s.startswith(w) for w in d["report_subject_starts"]):
            return "report"
        if any(s.startswith(w) for w in d["opinion_subject_starts"]):
            return "other"
        if any(w in s for w in d["request_subject_words"]):
            return "request"
    if doc_type in d["request_by_content_types"] and body and asks_others(body):
        return "request"
    return "other"


def plan_carried(body: str) -> bool:
    """The decision carries the plan it issues: an article or annex line says it is attached,
    or the plan's own heading follows (``KẾ HOẠCH`` under the signature)."""
    d = rules()
    if any(rx.search(body) for rx in d["plan_carried_res"]):
        return True
    return any(heading_type(ln.text) in d["plan_issuing_headings"] for ln in lines_of(body))


def asks_others(body: str) -> bool:
    """The body asks others to act or report by a set time.

    A sentence with ``đề nghị``/``yêu cầu`` and a deadline for sending or reporting,
    a ``yêu cầu … báo cáo`` sentence, or, under a section headed ``Đề nghị`` /
    ``Yêu cầu``, a line that sets a deadline for sending, reporting or registering.
    """
    d = rules()
    flat = re.sub(r"[ \t]+", " ", body)
    if any(rx.search(flat) for rx in d["request_cue_res"]):
        return True
    in_section = False
    for ln in lines_of(flat):
        t = ln.text
        if d["request_section_re"].match(t):
            in_section = True
            continue
        if in_section and (d["section_heading_re"].match(t) or t.startswith("Nơi nhận")):
            in_section = False
        if in_section and d["request_deadline_re"].search(t):
            return True
    return False
