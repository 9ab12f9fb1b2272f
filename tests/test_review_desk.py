"""The review desk without a browser: decisions as the run applies them, the history's migration, the app's guards.

Decisions rest on a document's bytes: a run applies one while its sha256 is in
the inbox and marks it stale ("cần xem lại") once it is not. The web app
answers only under its host names, takes decisions only by POST with the
session's CSRF token and a reviewer's name, and never puts a document's
markup in a page.
"""
from __future__ import annotations

import re
import sqlite3
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from pipeline.reconcile.decisions import apply_decisions, decision_changes, map_names, parse_number
from pipeline.review import frames
from pipeline.review.app import create_app, safe_back
from pipeline.runs.batch import run_once
from pipeline.runs.store import MIGRATIONS, RunStore
from schemas.decision import Decision, DecisionLog
from schemas.matrix import Figure, MatrixRow
from tests.review_inbox import ABSTAINING, BROKEN, COMMUNE, HOSTILE, MARKUP, UNREGISTERED, build_inbox

SHA = "a" * 64


# --- applying decisions -------------------------------------------------------

@pytest.mark.parametrize("typed, value", [
    ("83,56", 83.56), ("83.56", 83.56), ("85,6%", 85.6), ("100", 100.0), ("734.512", 734512.0), ("1.000.000", 1e6),
    (" 12,5 % ", 12.5),
])
def test_numbers_as_reviewers_type_them(typed, value):
    assert parse_number(typed) == pytest.approx(value)


@pytest.mark.parametrize("typed", ["", "abc", "8,3,5", "12/15", "--1"])
def test_what_is_not_a_number(typed):
    with pytest.raises(ValueError):
        parse_number(typed)


def _row(target="CT3", kind="percent", goal=80, abstained=True, unit=COMMUNE) -> MatrixRow:
    a = Figure("percent", 78.08, 78.08, text="78,08%", source="r.txt", start=10, end=16)
    b = Figure("percent", 83.56, 83.56, text="83,56%", source="r.txt", start=40, end=46)
    return MatrixRow(target=target, target_type="indicator", target_text="…", unit=unit, role="self",
                     status="reported", target_value=goal, target_kind=kind, abstained=abstained, candidates=[a, b])


def _cell(action, value=None, sha=SHA, start=40, end=46, at="2026-03-12T03:05:00+00:00", **kw) -> Decision:
    return Decision("cell", action, "Nguyễn Thị Lan", target=kw.pop("target", "CT3"), unit=kw.pop("unit", COMMUNE), path="r.txt",
                    sha256=sha, start=start, end=end, value=value, decided_at=at, id=kw.pop("id", 1), **kw)


RECORDS = [{"source": "r.txt", "sha256": SHA, "status": "ok"}]


@pytest.mark.parametrize("action, value, status, rate", [
    ("choose", {"kind": "percent", "value": 83.56, "rate": 83.56, "text": "83,56%"}, "met", 83.56),
    ("correct", 76.5, "not_met", 76.5),
    ("confirm", None, "reported", None),
    ("not_applicable", None, "reported", None),
])
def test_a_standing_decision_is_applied(action, value, status, rate):
    row = _row()
    apply_decisions([row], RECORDS, DecisionLog([_cell(action, value)]))
    assert row.status == status and row.value == (pytest.approx(rate) if rate is not None else None)
    assert row.decision["state"] == "applied" and row.decision["who"] == "Nguyễn Thị Lan"
    assert row.decision["action"] == action
    if action == "choose":  # the candidate as this run read it, not a copy
        assert row.figure is row.candidates[1] and not row.abstained


def test_a_correction_of_a_count_target_is_rated_against_its_number():
    """The province's count (Công an tỉnh answers for CT4's 1 triệu) is rated; a commune's stays a count."""
    row = _row("CT4", "count", 1_000_000, unit="Công an tỉnh")
    apply_decisions([row], RECORDS, DecisionLog([_cell("correct", 734512.0, target="CT4", unit="Công an tỉnh")]))
    assert row.status == "not_met" and row.value == pytest.approx(73.4512)
    row = _row("CT4", "count", 1_000_000)
    apply_decisions([row], RECORDS, DecisionLog([_cell("correct", 8440.0, target="CT4")]))
    assert row.status == "reported" and row.value is None and row.figure.value == 8440.0


def test_a_decision_whose_document_changed_is_stale_not_applied():
    row = _row()
    apply_decisions([row], [{"source": "r.txt", "sha256": "b" * 64, "status": "ok"}],
                    DecisionLog([_cell("choose", {"kind": "percent", "value": 83.56, "rate": 83.56})]))
    assert row.status == "reported" and row.value is None and row.abstained
    assert row.decision["state"] == "stale"


def test_the_latest_decision_on_a_cell_stands():
    row = _row()
    first = _cell("choose", {"kind": "percent", "value": 83.56, "rate": 83.56}, id=1)
    second = _cell("choose", {"kind": "percent", "value": 78.08, "rate": 78.08}, start=10, end=16, id=2,
                   at="2026-03-12T04:00:00+00:00")
    apply_decisions([row], RECORDS, DecisionLog([first, second]))
    assert row.value == pytest.approx(78.08) and row.decision["id"] == 2


def test_thay_doi_lists_new_decisions_and_those_gone_stale():
    old = _cell("correct", 76.5, id=1, at="2026-03-01T00:00:00+00:00")
    log = DecisionLog([old], since="2026-03-05T00:00:00+00:00")
    assert decision_changes(log, RECORDS, {"r.txt": RECORDS[0]}) == []  # standing since before the last run
    changed = [{"source": "r.txt", "sha256": "b" * 64, "status": "ok"}]
    [c] = decision_changes(log, changed, {"r.txt": RECORDS[0]})
    assert (c.scope, c.what, c.path) == ("decision", "stale", f"CT3 | {COMMUNE}")
    new = DecisionLog([old], since="2026-02-01T00:00:00+00:00")
    [c] = decision_changes(new, RECORDS, {})
    assert c.what == "added" and "Nguyễn Thị Lan" in c.after and "76.5" in c.after


def test_a_mapped_name_becomes_the_registry_unit():
    recs = [{"source": "k.txt", "sha256": SHA, "status": "ok", "document": {"issuer": "Hội Nông dân tỉnh Bến Tre"}}]
    log = DecisionLog([Decision("name", "map", "Lan", name="Hội Nông dân tỉnh Bến Tre", path="k.txt", sha256=SHA,
                                value="Hội Nông dân tỉnh", decided_at="2026-03-12T03:05:00+00:00", id=1)])
    assert map_names(recs, log)[0]["document"]["issuer"] == "Hội Nông dân tỉnh"
    assert recs[0]["document"]["issuer"] == "Hội Nông dân tỉnh Bến Tre"  # the records themselves untouched


# --- the history ----------------------------------------------------------------

def test_an_old_history_file_gets_the_decisions_table_by_migration(tmp_path):
    db = tmp_path / "bdhv.sqlite"
    con = sqlite3.connect(db)
    con.executescript("CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT,"
                      " inbox TEXT NOT NULL, extractor_version TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'running', summary TEXT);"
                      "INSERT INTO runs (started_at, inbox, extractor_version, status) VALUES ('2026-01-01', 'x', 'v', 'finished');")
    con.close()
    store = RunStore(db)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == 1
        assert store.run_ids() == [1]
        d = Decision("cell", "confirm", "Lan", target="CT1", unit="Sở Nội vụ", path="a.txt", sha256=SHA, start=3, end=9)
        assert store.add_decision(d) == 1
        [back] = store.decisions()
        assert (back.who, back.sha256, back.start, back.end) == ("Lan", SHA, 3, 9) and back.decided_at
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()
    RunStore(db).close()  # opening again migrates nothing twice


# --- the desk over a real run ----------------------------------------------------

@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("desk")
    inbox, out = build_inbox(root / "inbox"), root / "outputs"
    run_once(inbox, out)
    return inbox, out


@pytest.fixture()
def client(run):
    inbox, out = run
    c = TestClient(create_app(out / "bdhv.sqlite", hosts=("testserver",)))
    c.get("/")
    return c


def _csrf(client: TestClient) -> str:
    return re.search(r'name="csrf" value="(\w+)"', client.get("/runs").text).group(1)


def test_the_queue_counts_each_kind_and_filters(client):
    page = client.get("/").text
    counts = dict((k, int(n)) for n, k in re.findall(r'<span class="n">(\d+)</span> ([^<]+)</a>', page))
    assert counts["Chưa chọn được số liệu"] == 1 and counts["Tệp lỗi"] == 1
    assert counts["Đơn vị chưa có trong danh mục"] >= 1 and counts["Quá hạn"] >= 1
    only = client.get("/?" + urlencode({"unit": COMMUNE})).text
    assert only.count('<tr class="item') == 1 and "78,08%" in only
    assert client.get("/?" + urlencode({"target": "CT3", "status": "met"})).text.count('<tr class="item') == 0


def test_the_desk_answers_only_under_its_host_names(run):
    _, out = run
    c = TestClient(create_app(out / "bdhv.sqlite"), base_url="http://evil.example")
    assert c.get("/").status_code == 400
    assert TestClient(create_app(out / "bdhv.sqlite"), base_url="http://127.0.0.1:8765").get("/").status_code == 200


def test_decisions_need_post_a_csrf_token_and_a_name(run, client):
    inbox, out = run
    form = {"target": "CT3", "unit": COMMUNE, "action": "confirm", "back": "/"}
    assert client.get("/decide/cell").status_code == 405
    assert client.post("/decide/cell", data=form).status_code == 403  # no token
    assert client.post("/decide/cell", data=form | {"csrf": "0" * 64}).status_code == 403
    no_name = client.post("/decide/cell", data=form | {"csrf": _csrf(client)})
    assert no_name.status_code == 400 and "tên người duyệt" in no_name.text
    other = TestClient(create_app(out / "bdhv.sqlite", hosts=("testserver",)))  # another browser: its own session
    other.get("/")
    assert other.post("/decide/cell", data=form | {"csrf": _csrf(client)}).status_code == 403
    assert safe_back("//evil.example/x") == "/" and safe_back("https://evil.example") == "/"
    store = RunStore(out / "bdhv.sqlite")
    assert store.decisions() == []
    store.close()


def test_a_correction_needs_a_number_and_a_note(client):
    csrf = _csrf(client)
    client.post("/reviewer", data={"csrf": csrf, "name": "Trần Văn B", "back": "/"})
    base = {"csrf": csrf, "target": "CT3", "unit": COMMUNE, "action": "correct", "back": "/"}
    assert client.post("/decide/cell", data=base | {"value": "tám mươi", "note": "x"}).status_code == 400
    assert client.post("/decide/cell", data=base | {"value": "81,5"}).status_code == 400
    assert client.post("/decide/cell", data=base | {"value": "181", "note": "x"}).status_code == 400


def test_names_and_files_are_decided_from_the_queue_and_leave_it(run, client):
    inbox, out = run
    csrf = _csrf(client)
    client.post("/reviewer", data={"csrf": csrf, "name": "Lê Thị C", "back": "/"})
    r = client.post("/decide/file", data={"csrf": csrf, "path": str(inbox / BROKEN), "action": "acknowledge", "back": "/"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"
    name = "Hội Nông dân tỉnh Bến Tre"
    assert client.post("/decide/name", data={"csrf": csrf, "name": name, "action": "map", "unit": "không có",
                                            "back": "/"}).status_code == 400
    client.post("/decide/name", data={"csrf": csrf, "name": name, "source": str(inbox / UNREGISTERED), "action": "map",
                                      "unit": "Hội Nông dân tỉnh", "back": "/"})
    page = client.get("/").text
    assert 'data-kind="failed"' not in page and f'data-unit="{name}"' not in page
    decided = client.get("/?state=decided").text
    assert "Đã ghi nhận" in decided and "Đã gắn với đơn vị" in decided
    store = RunStore(out / "bdhv.sqlite")
    by_subject = {d.subject: d for d in store.decisions()}
    store.close()
    assert by_subject["file"].sha256 and by_subject["name"].path == str(inbox / UNREGISTERED)
    # the next run builds the matrix with the name mapped: the plan is Hội Nông dân tỉnh's evidence now
    run_once(inbox, out)
    store = RunStore(out / "bdhv.sqlite")
    rows = store.matrix(store.run_ids()[-1])
    store.close()
    row = next(r for r in rows if r["target"] == "CT3" and r["unit"] == "Hội Nông dân tỉnh")
    assert any(e["source"] == str(inbox / UNREGISTERED) for e in row["evidence"])


def test_no_page_carries_a_documents_markup(run, client):
    inbox, out = run
    store = RunStore(out / "bdhv.sqlite")
    ids = store.run_ids()
    store.close()
    urls = ["/", "/?state=all", "/runs", "/cell?" + urlencode({"target": "CT1", "unit": "Sở Nội vụ"}),
            "/document?" + urlencode({"path": str(inbox / HOSTILE)}), "/document?" + urlencode({"path": str(inbox / BROKEN)}),
            "/cell?" + urlencode({"target": "CT3", "unit": COMMUNE})]
    if len(ids) > 1:
        urls.append(f"/diff?a={ids[0]}&b={ids[-1]}")
    for url in urls:
        r = client.get(url)
        assert r.status_code == 200, url
        assert "script-src 'self'" in r.headers["content-security-policy"]
        for bad in MARKUP:
            assert bad not in r.text, (url, bad)
        assert re.findall(r"<script[^>]*>", r.text) in ([], ['<script src="/static/review.js" defer>']), url
    assert client.get("/document?" + urlencode({"path": "/etc/passwd"})).status_code == 404


def test_a_pdf_page_is_drawn_with_the_span_boxed(tmp_path):
    from PIL import Image

    from pipeline.review.evidence import page_png
    from pipeline.review.queue import load_run
    from tests.review_inbox import SEEDS

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "000.pdf").write_bytes((SEEDS / "000_484bce74a44e51ae.pdf").read_bytes())
    run_once(inbox, tmp_path / "out")
    store = RunStore(tmp_path / "out" / "bdhv.sqlite")
    view = load_run(store)
    store.close()
    f = next(r.figure for r in view.rows if r.target == "CT1" and r.figure is not None)
    assert f.page == 3 and f.text == "100%"
    plain, boxed = page_png(view, f.source, f.page), page_png(view, f.source, f.page, f.start, f.end)
    import io

    a, b = Image.open(io.BytesIO(plain)).convert("RGB"), Image.open(io.BytesIO(boxed)).convert("RGB")
    assert a.size == b.size
    red = [p for p in b.getdata() if p[0] > 200 and p[1] < 80 and p[2] < 80]
    assert len(red) > 100 and not [p for p in a.getdata() if p[0] > 200 and p[1] < 80 and p[2] < 80]


def test_frames_of_a_run(run, client):
    _, out = run
    f = frames(out)
    assert set(f) == {"matrix", "mentions", "documents", "decisions"}
    assert {"target", "unit", "status", "value", "decided_by"} <= set(f["matrix"].columns)
    assert (f["mentions"]["end"] > f["mentions"]["start"]).all()
    assert len(f["documents"]) == 9 and (f["documents"]["status"] == "error").sum() == 1
    assert set(f["decisions"].columns) >= {"who", "decided_at", "sha256", "start", "end", "state"}
