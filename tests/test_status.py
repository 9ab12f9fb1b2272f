"""The status rules (pipeline/reconcile/status.py), one table of cases per rule."""
from __future__ import annotations

from typing import Any

import pytest

from pipeline.reconcile import status as rules
from schemas.matrix import Evidence, Figure, TargetSpec

CT1 = TargetSpec("CT1", "indicator", "80% cán bộ …", kind="percent", value=80, unit="cán bộ")
CT2 = TargetSpec("CT2", "indicator", "100% học sinh …", kind="percent", value=100)
CT4 = TargetSpec("CT4", "indicator", "1 triệu người dân …", kind="count", value=1000000, unit="người dân")
TASK = TargetSpec("5.3", "task", "Mô hình “Chợ số - Nông thôn số” …")


def q(text: str, sentence: str | None = None, **kw: Any) -> dict[str, Any]:
    """A quantity mention: ``q("85%", "Đạt tỷ lệ 85%.", kind="percent", value=85)``."""
    return {"text": text, "sentence": sentence or text, "start": 0, "end": len(text), "confidence": 1.0, **kw}


# (target, quantity, rate) — what a figure amounts to against the target's population.
RATES = [
    (CT1, q("100%", "Đạt tỷ lệ 100% (81/81 cán bộ).", kind="percent", value=100), 100.0),
    (CT1, q("85,6%", kind="percent", value=85.6), 85.6),
    (CT1, q("81/81", kind="ratio", value="81/81", numerator=81, denominator=81), 100.0),
    (CT1, q("45/60", kind="ratio", value="45/60"), 75.0),  # numerator/denominator from the value
    (CT1, q("0/0", kind="ratio", value="0/0", numerator=0, denominator=0), None),
    (CT4, q("734.512 người dân", kind="count", value=734512, unit="người dân"), 73.4512),
    (CT4, q("1.050.000 công dân", kind="count", value=1050000, unit="công dân"), 105.0),
    (CT4, q("812.000 tài khoản", kind="count", value=812000, unit="tài khoản"), 81.2),
    (CT4, q("95 xã, phường", kind="count", value=95, unit="xã, phường"), None),  # not people
    (CT4, q("73%", kind="percent", value=73), 73.0),
    (CT1, q("200 lượt người", kind="count", value=200, unit="lượt người"), None),  # no population to set it against
    (TASK, q("15 lớp", kind="count", value=15, unit="lớp"), None),
]


@pytest.mark.parametrize("target,quantity,rate", RATES)
def test_rate_of_a_figure(target, quantity, rate):
    fig = rules.figure_of(quantity, target)
    assert (fig.rate if fig.rate is None else round(fig.rate, 4)) == rate


# (quantity in its sentence, is a result, is a goal)
CONTEXTS = [
    (q("100%", "Đạt tỷ lệ 100% (81/81 cán bộ công chức, viên chức) so với Kế hoạch 192."), True, False),
    (q("90%", "Phấn đấu đến hết năm 2025 có 90% cán bộ được tập huấn."), False, True),
    (q("80%", "Mục tiêu: 80% người lao động có kỹ năng số."), False, True),
    (q("80%", "Mục tiêu đề ra là 80%, kết quả đạt 80%."), False, True),  # first occurrence: the goal
    (q("95%", "Tỷ lệ cán bộ được tập huấn: 95%."), True, False),
    (q("170 lượt người", "Tổ chức hội nghị: 170 lượt người."), False, False),
    # the bar a result is measured against is not the result
    (q("73,0%", "Có 1.410 người hoàn thành, đạt 73,0%, chưa đạt mức 80% theo Kế hoạch."), True, False),
    (q("80%", "Có 1.410 người hoàn thành, đạt 73,0%, chưa đạt mức 80% theo Kế hoạch."), False, True),
    (q("80%", "Kết quả 157 hội viên, đạt 68,0%, thấp hơn yêu cầu 80%."), False, True),
    (q("85%", "Đạt 85%, vượt chỉ tiêu 80% được giao."), True, False),
]


@pytest.mark.parametrize("quantity,result,goal", CONTEXTS)
def test_result_or_goal(quantity, result, goal):
    assert rules.is_achievement(quantity) == result
    assert rules.is_goal(quantity) == goal


def test_word_list_examples():
    """The examples in data/matrix.yaml, run."""
    ex = rules.words()["examples"]
    for before in ex["achievement"]:
        assert rules.is_achievement(q("9%", f"{before} 9%")), before
    for before in ex["goal"]:
        assert rules.is_goal(q("9%", f"{before} 9%")), before
    for before in ex["not_goal"]:
        assert not rules.is_goal(q("9%", f"{before} 9%")), before


def test_population_pairs():
    s = "Đã tập huấn 110 cán bộ trên tổng số 120 cán bộ của Sở."
    part = q("110 cán bộ", s, kind="count", value=110, unit="cán bộ", start=12)
    total = q("120 cán bộ", s, kind="count", value=120, unit="cán bộ", start=36)
    other = q("3 lớp", "Mở 3 lớp.", kind="count", value=3, unit="lớp", start=80)
    pairs = rules.population_pairs([part, total, other])
    assert pairs == [(part, total)]
    fig = rules.population_figure(part, total)
    assert round(fig.rate, 2) == 91.67 and fig.basis == "110 cán bộ / 120 cán bộ"


def test_no_population_without_a_total_word():
    s = "Tổ chức 2 lớp với 120 cán bộ."
    assert rules.population_pairs([q("2 lớp", s, kind="count", value=2, start=8),
                                    q("120 cán bộ", s, kind="count", value=120, start=18)]) == []


def ev(role: str, *figures: Figure, date: str | None = None, source: str = "a.txt") -> Evidence:
    """A document's evidence; a report's first figure with a rate is its result (attribution's choice)."""
    chosen = next((f for f in figures if f.rate is not None), None) if role == "report" else None
    return Evidence(source=source, doc_role=role, issue_date=date, figures=list(figures), chosen=chosen)


def fig(rate: float | None, kind: str = "percent", value: Any = None, unit: str | None = None) -> Figure:
    return Figure(kind=kind, value=rate if value is None else value, rate=rate, unit=unit)


# (target, evidence, status, value)
DECISIONS = [
    (CT1, [ev("report", fig(100.0))], "met", 100.0),
    (CT1, [ev("report", fig(80.0))], "met", 80.0),  # at the target is met
    (CT1, [ev("report", fig(79.99))], "not_met", 79.99),
    (CT2, [ev("report", fig(98.5))], "not_met", 98.5),
    (CT4, [ev("report", fig(73.4512, "count", 734512, "người dân"))], "not_met", 73.4512),
    (CT4, [ev("report", fig(100.0, "count", 1000000, "người dân"))], "met", 100.0),
    (CT1, [ev("report", fig(None, "count", 200, "lượt người"))], "reported", None),
    (CT1, [ev("report")], "reported", None),
    (TASK, [ev("report", fig(None, "count", 15, "lớp"))], "reported", None),
    (TASK, [ev("report", fig(90.0))], "reported", None),  # a task has no number to compare with
    (CT1, [ev("plan")], "planned", None),
    (CT1, [ev("plan"), ev("report", fig(90.0))], "met", 90.0),
    (CT1, [ev("request")], "planned", None),  # a directive sets work in motion
    (CT1, [ev("request", fig(73.0))], "reported", None),  # its figures are shown, never rated
    (TASK, [ev("request", fig(73.0))], "planned", None),
    (CT1, [ev("request"), ev("report", fig(90.0))], "met", 90.0),
    (CT1, [ev("other")], "no_information", None),
    (CT1, [], "no_information", None),
]


@pytest.mark.parametrize("target,evidence,status,value", DECISIONS)
def test_decide(target, evidence, status, value):
    d = rules.decide(target, evidence)
    assert (d.status, d.value) == (status, value)


def test_latest_report_wins_and_conflict_is_flagged():
    old = ev("report", fig(70.0), date="2025-06-30", source="q2.pdf")
    new = ev("report", fig(85.0), date="2025-11-20", source="q4.pdf")
    d = rules.decide(CT1, [old, new])
    assert (d.status, d.value) == ("met", 85.0)
    assert len(d.conflicts) == 1 and "85%" in d.conflicts[0] and "70%" in d.conflicts[0]


def test_agreeing_reports_are_no_conflict():
    d = rules.decide(CT1, [ev("report", fig(85.0), source="a.pdf"), ev("report", fig(85.3), source="b.pdf")])
    assert d.conflicts == []


def test_reported_row_shows_the_largest_people_count():
    d = rules.decide(CT1, [ev("report", fig(None, "count", 600, "bài viết"), fig(None, "count", 250, "lượt người"),
                              fig(None, "count", 81, "lượt người"))])
    assert d.figure.value == 250 and d.figure.label() == "250 lượt người"


@pytest.mark.parametrize("figure,label", [
    (Figure("percent", 100, 100.0, basis="81/81"), "100% (81/81)"),
    (Figure("percent", 85.6, 85.6), "85,6%"),
    (Figure("count", 734512, 73.4512, unit="người dân"), "734.512 người dân = 73,45%"),
    (Figure("ratio", "45/60", 75.0), "45/60 = 75%"),
    (Figure("count", 200, None, unit="lượt người"), "200 lượt người"),
])
def test_figure_labels(figure, label):
    assert figure.label() == label
