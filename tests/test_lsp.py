"""End to end: a real LSP client (pytest-lsp) talks to `copydesk lsp` over stdio."""
import json
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from copydesk.cli import main
from copydesk.facts import DEFAULT_NAME

DRAFT = "The swap was hailed by\nFormer President Donald Trump in Kiev.\n"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "copydesk", "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


async def open_draft(client: LanguageClient, path: Path, text: str) -> list[types.Diagnostic]:
    path.write_text(text)
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics[uri])


def span(diagnostic: types.Diagnostic) -> tuple:
    r = diagnostic.range
    return diagnostic.code, r.start.line, r.start.character, r.end.line, r.end.character


@pytest.mark.slow
async def test_diagnostics_match_the_command_line(client: LanguageClient, tmp_path, capsys):
    draft = tmp_path / "draft.md"
    diagnostics = await open_draft(client, draft, DRAFT)
    assert [span(d) for d in diagnostics] == [("T101", 1, 0, 1, 16), ("S101", 1, 33, 1, 37)]
    assert diagnostics[0].severity == types.DiagnosticSeverity.Error and diagnostics[0].source == "copydesk"
    main(["check", "--format", "json", str(draft)])
    cli = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["code"], f["line"] - 1, f["column"] - 1) for f in cli] == [(c, l, ch) for c, l, ch, _, _ in
                                                                          map(span, diagnostics)]


@pytest.mark.slow
async def test_code_action_applies_the_fix(client: LanguageClient, tmp_path):
    draft = tmp_path / "draft.md"
    diagnostics = await open_draft(client, draft, DRAFT)
    former = diagnostics[0]
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=draft.as_uri()), range=former.range,
        context=types.CodeActionContext(diagnostics=[former])))
    titles = [a.title for a in actions]
    assert "copydesk: suppress T101 on this line" in titles
    fix = next(a for a in actions if a.is_preferred)
    (edit,) = fix.edit.changes[draft.as_uri()]
    lines = DRAFT.splitlines(keepends=True)
    line = lines[edit.range.start.line]
    lines[edit.range.start.line] = line[:edit.range.start.character] + edit.new_text + line[edit.range.end.character:]
    fixed = "".join(lines)
    assert fixed == "The swap was hailed by\nPresident Donald Trump in Kiev.\n"
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=draft.as_uri(), version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert [d.code for d in client.diagnostics[draft.as_uri()]] == ["S101"]


@pytest.mark.slow
async def test_hover_shows_the_fact_and_its_sources(client: LanguageClient, tmp_path):
    draft = tmp_path / "draft.md"
    await open_draft(client, draft, DRAFT)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=draft.as_uri()), position=types.Position(1, 3)))
    assert "`trump`" in hover.contents.value and "002_73e1731ad78e38dc.txt" in hover.contents.value
    assert "- President of United States: Monday 20 January 2025 – now" in hover.contents.value


@pytest.mark.slow
async def test_editing_the_fact_sheet_rechecks_open_drafts(client: LanguageClient, tmp_path):
    from importlib import resources

    sheet = resources.files("copydesk.data").joinpath(DEFAULT_NAME).read_text(encoding="utf-8")
    (tmp_path / "facts.toml").write_text(sheet)
    (tmp_path / "copydesk.toml").write_text('facts = "facts.toml"\n')
    draft = tmp_path / "draft.md"
    assert [d.code for d in await open_draft(client, draft, DRAFT)] == ["T101", "S101"]
    (tmp_path / "facts.toml").write_text(sheet.replace('variants = ["Kiev"]\n', ""))
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[types.FileEvent(
        uri=(tmp_path / "facts.toml").as_uri(), type=types.FileChangeType.Changed)]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert [d.code for d in client.diagnostics[draft.as_uri()]] == ["T101"]


@pytest.mark.slow
async def test_positions_after_a_form_feed_nel_or_line_separator_stay_on_their_line(client: LanguageClient,
                                                                                     tmp_path):
    text = "Kyiv\f and\u2028 more\x85 in Kiev 🇺🇦 Kiev.\n"
    diagnostics = await open_draft(client, tmp_path / "draft.txt", text)
    before = [text.index("Kiev"), text.rindex("Kiev")]
    expected = [("S101", 0, len(text[:b].encode("utf-16-le")) // 2) for b in before]
    assert [span(d)[:3] for d in diagnostics] == expected


@pytest.mark.slow
async def test_a_draft_over_the_size_limit_is_reported_not_checked(client: LanguageClient, tmp_path):
    diagnostics = await open_draft(client, tmp_path / "huge.md", "Kiev spoke. " * 300_000)
    assert [(d.code, d.message) for d in diagnostics] == [
        ("E001", "not checked: 3.4 MB is larger than the 1 MB limit for a draft")]
    small = tmp_path / "small.md"
    await open_draft(client, small, DRAFT)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=small.as_uri()), position=types.Position(1, 3)))
    assert "`trump`" in hover.contents.value


@pytest.mark.slow
async def test_a_broken_configuration_is_shown_as_itself(client: LanguageClient, tmp_path):
    (tmp_path / "copydesk.toml").write_text('select = ["T"\n')
    await open_draft(client, tmp_path / "draft.md", DRAFT)
    assert list(client.diagnostics[(tmp_path / "draft.md").as_uri()]) == []
    assert any("TOML syntax error" in m.message and m.message.startswith("copydesk: ") for m in client.messages)
    assert not any("Error in server" in m.message for m in client.messages)


@pytest.mark.slow
async def test_a_fact_sheet_replaced_by_a_pipe_does_not_hang_the_server(client: LanguageClient, tmp_path):
    import os

    os.mkfifo(tmp_path / "facts.toml")
    (tmp_path / "copydesk.toml").write_text('facts = "facts.toml"\n')
    await open_draft(client, tmp_path / "draft.md", DRAFT)
    assert any("not a regular file" in m.message for m in client.messages)


@pytest.mark.slow
async def test_suppressing_on_a_continuation_line_keeps_the_paragraph_whole(client: LanguageClient, tmp_path):
    draft = tmp_path / "draft.md"
    diagnostics = await open_draft(client, draft, DRAFT)
    kiev = next(d for d in diagnostics if d.code == "S101")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=draft.as_uri()), range=kiev.range,
        context=types.CodeActionContext(diagnostics=[kiev])))
    suppress = next(a for a in actions if a.title == "copydesk: suppress S101 on this line")
    (edit,) = suppress.edit.changes[draft.as_uri()]
    assert (edit.range.start.line, edit.range.start.character) == (0, len("The swap was hailed by"))
    lines = DRAFT.splitlines(keepends=True)
    lines[0] = lines[0][:-1] + edit.new_text + "\n"
    suppressed = tmp_path / "suppressed.md"
    suppressed.write_text("".join(lines))
    assert [d.code for d in await open_draft(client, suppressed, "".join(lines))] == ["T101"]


@pytest.mark.slow
def test_every_request_is_answered_even_with_bad_params_or_after_shutdown():
    """Raw JSON-RPC, since a well-behaved client library cannot send a malformed request."""
    import subprocess

    server = subprocess.Popen([sys.executable, "-m", "copydesk", "lsp"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"bogus": 1}},
        {"jsonrpc": "2.0", "id": 3, "method": "shutdown"},
        {"jsonrpc": "2.0", "id": 4, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}}},
        {"jsonrpc": "2.0", "method": "exit"},
    ]
    payload = b"".join(b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
                       for body in (json.dumps(m).encode() for m in messages))
    out, _ = server.communicate(payload, timeout=60)
    answers = {}
    for chunk in out.split(b"Content-Length: ")[1:]:
        body = json.loads(chunk.split(b"\r\n\r\n", 1)[1])
        if "id" in body:
            answers[body["id"]] = body
    assert sorted(answers) == [1, 2, 3, 4]
    assert answers[2]["error"]["code"] == -32602
    assert answers[4]["error"]["code"] == -32600 and "shutting down" in answers[4]["error"]["message"]


# -- a server that stays up whatever it is sent (issue 21) ---------------------------------------------

def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def hostile_frames(count: int, seed: int = 21) -> list[bytes]:
    """Malformed frames of every kind: bad headers, truncated bodies, wrong types, huge numbers."""
    import random

    rng = random.Random(seed)
    valid = json.dumps({"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": "file:///nowhere.md"}, "position": {"line": 0, "character": 0}}}).encode()
    wrong_types = [
        {"jsonrpc": "2.0", "id": 8, "method": "textDocument/hover", "params": 7},
        {"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": {"position": "top"}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": "draft.md"}},
        {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": 5}}},
        {"jsonrpc": "2.0", "id": {"nested": True}, "method": "textDocument/codeAction", "params": []},
        {"jsonrpc": "2.0", "id": 1.5, "method": 42},
        {"jsonrpc": "1.0", "id": 10, "method": "textDocument/hover"},
        {"jsonrpc": "2.0", "id": 11, "method": "no/such/method", "params": None},
        {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": "nobody"}},
        {"id": 12}, {}, [], [1, {"jsonrpc": "2.0"}], "text", None, 3.5e300, True,
    ]
    kinds = [
        lambda: b"Content-Length: abc\r\n\r\n{}",
        lambda: b"Content-Lenght: 12\r\n\r\n{\"jsonrpc\":1}",
        lambda: b"Content-Length: -5\r\n\r\n",
        lambda: b"Content-Length: %d\r\n\r\n" % rng.choice([10 ** 11, 10 ** 19, 2 ** 64]),
        lambda: b"X" * rng.randint(1, 20000) + b"\r\n",
        lambda: b"Content-Length: 5\r\nContent-Type: nonsense\r\n\r\n{\"a\":",
        lambda: frame(valid)[:-rng.randint(1, 40)],  # a truncated body: the next frame's bytes complete it
        lambda: b"Content-Length: %d\r\n\r\n%s" % (len(valid) + rng.randint(1, 30), valid),
        lambda: frame(json.dumps(rng.choice(wrong_types)).encode()),
        lambda: frame(b"{\"jsonrpc\": \"2.0\", \"id\": " + b"9" * 5000 + b", \"method\": \"x\"}"),
        lambda: frame(b"[" * 100000 + b"]" * 100000),
        lambda: frame(bytes(rng.randrange(256) for _ in range(rng.randint(1, 300)))),
        lambda: frame(b"\xff\xfe{\"jsonrpc\": \"2.0\"}"),
        lambda: frame(b"{\"jsonrpc\": \"2.0\", \"id\": 13, \"method\": \"initialize\", \"params\": 1e999}"),
    ]
    return [rng.choice(kinds)() for _ in range(count)]


@pytest.mark.slow
def test_the_server_survives_hundreds_of_hostile_frames_and_still_checks_a_draft(tmp_path):
    import queue
    import subprocess
    import threading

    server = subprocess.Popen([sys.executable, "-m", "copydesk", "lsp"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    received: queue.Queue = queue.Queue()

    def read_frames() -> None:
        while header := server.stdout.readline():
            if header.lower().startswith(b"content-length:"):
                length = int(header.split(b":")[1])
                while server.stdout.readline().strip():
                    pass
                received.put(json.loads(server.stdout.read(length)))

    threading.Thread(target=read_frames, daemon=True).start()
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT)
    opening = {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": draft.as_uri(), "languageId": "markdown", "version": 1, "text": DRAFT}}}
    initialize = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}
    payload = frame(json.dumps(initialize).encode()) + frame(b'{"jsonrpc": "2.0", "method": "initialized"}')
    payload += b"".join(hostile_frames(300)) + b"\r\n" * 40 + frame(json.dumps(opening).encode())
    server.stdin.write(payload)
    server.stdin.flush()
    diagnostics = None
    while diagnostics is None:
        message = received.get(timeout=60)
        if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == draft.as_uri():
            diagnostics = message["params"]["diagnostics"]
    assert [d["code"] for d in diagnostics] == ["T101", "S101"]
    server.stdin.write(frame(b'{"jsonrpc": "2.0", "id": 99, "method": "shutdown"}') +
                       frame(b'{"jsonrpc": "2.0", "method": "exit"}'))
    server.stdin.close()
    assert server.wait(timeout=30) == 0
    stderr = server.stderr.read().decode()
    assert "Traceback" not in stderr and "refused input" in stderr
    assert all(line.startswith("copydesk lsp: ") for line in stderr.splitlines())


def test_a_message_over_the_limit_is_refused_and_the_next_one_read():
    import io

    from copydesk.lsp import FrameReader, Refused

    stream = io.BytesIO(b"Content-Length: 99999999999\r\n\r\n" + b"x" * 5000 + frame(b'{"id": 1}'))
    reader = FrameReader(stream, limit=1024)
    refused = reader.next()
    assert isinstance(refused, Refused) and "99,999,999,999 bytes is larger" in refused.reason
    assert reader.next() == b'{"id": 1}'
    assert reader.next() is None


def test_garbage_between_frames_is_skipped_with_bounded_memory():
    import io

    from copydesk.lsp import HEADER_TAIL, FrameReader

    reader = FrameReader(io.BytesIO(b"\x00noise" * 100000 + frame(b"{}") + b"tail"))
    assert reader.next() == b"{}"
    assert reader.next() is None
    assert len(reader.buffer) <= HEADER_TAIL


@pytest.mark.slow
def test_the_servers_memory_stays_flat_over_ten_thousand_edits_across_fifty_sheets(tmp_path, monkeypatch):
    """Each sheet with cue words of its own; the drafts keep changing (new words, new numbers), as typing
    does, and every tenth edit states a figure the parser must read; a sheet is saved every thousand edits
    (the server starts a new session). From the middle on, what the server keeps may not grow: Python's
    objects (tracemalloc), the parser's vocabulary included (the pipeline is reloaded past a bound, made
    small here so that the run crosses it several times)."""
    import gc
    import tracemalloc

    from copydesk import syntax
    from copydesk.facts import _default_sheet_text
    from copydesk.lsp import CopydeskServer
    from copydesk.session import Session

    monkeypatch.setattr(syntax, "NEW_STRINGS_KEPT", 1_000)
    syntax._parses.clear()  # start as a new server's process does: what earlier tests parsed is not its own
    syntax.pipeline.cache_clear()
    syntax._strings_at_load.clear()
    base = _default_sheet_text()
    for index in range(50):
        desk = tmp_path / f"desk{index}"
        desk.mkdir()
        (desk / "story.toml").write_text(base.replace('"truce"', f'"truce", "pause{index}", "halt{index} vote"'))
        (desk / "copydesk.toml").write_text('facts = "story.toml"\n')
    server = CopydeskServer()
    measured: dict[int, int] = {}
    tracemalloc.start()
    for edit in range(1, 10_001):
        index = edit % 50
        if edit % 1000 == 0:
            server.session = Session()  # what settings_changed does when a sheet is saved
        figure = f" as {edit} prisoners went home" if edit % 10 == 0 else ""
        text = f"Former President Donald Trump spoke in Kiev{figure}, word{edit} said, and a pause{index} began.\n"
        server.compute((tmp_path / f"desk{index}" / "draft.md").as_uri(), text, edit, "utf-16")
        if edit % 250 == 0 and (4_000 < edit <= 5_000 or 9_000 < edit <= 10_000):
            gc.collect()
            measured[edit] = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    # the least of each stretch: a reload of the pipeline keeps the old one alive until the analyses that point into
    # it are let go, a swing of a few megabytes whichever edit it falls on; a leak raises the least too
    first = min(size for edit, size in measured.items() if edit <= 5_000)
    last = min(size for edit, size in measured.items() if edit > 9_000)
    assert last - first < 4 * 1024 * 1024, measured
