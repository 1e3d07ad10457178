"""End to end: a real LSP client (pytest-lsp) talks to `copydesk lsp` over stdio."""
import json
import sys
from pathlib import Path

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from linter.cli import main
from linter.facts import DEFAULT_NAME

DRAFT = "The swap was hailed by\nFormer President Donald Trump in Kiev.\n"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "linter", "lsp"]))
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


async def test_diagnostics_match_the_command_line(client: LanguageClient, tmp_path, capsys):
    draft = tmp_path / "draft.md"
    diagnostics = await open_draft(client, draft, DRAFT)
    assert [span(d) for d in diagnostics] == [("T101", 1, 0, 1, 16), ("S101", 1, 33, 1, 37)]
    assert diagnostics[0].severity == types.DiagnosticSeverity.Error and diagnostics[0].source == "copydesk"
    main(["check", "--format", "json", str(draft)])
    cli = json.loads(capsys.readouterr().out)
    assert [(f["code"], f["line"] - 1, f["column"] - 1) for f in cli] == [(c, l, ch) for c, l, ch, _, _ in
                                                                          map(span, diagnostics)]


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


async def test_hover_shows_the_fact_and_its_sources(client: LanguageClient, tmp_path):
    draft = tmp_path / "draft.md"
    await open_draft(client, draft, DRAFT)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=draft.as_uri()), position=types.Position(1, 3)))
    assert "`trump`" in hover.contents.value and "002_73e1731ad78e38dc.txt" in hover.contents.value
    assert "- President of United States: Monday 20 January 2025 – now" in hover.contents.value


async def test_editing_the_fact_sheet_rechecks_open_drafts(client: LanguageClient, tmp_path):
    from importlib import resources

    sheet = resources.files("linter.data").joinpath(DEFAULT_NAME).read_text(encoding="utf-8")
    (tmp_path / "facts.toml").write_text(sheet)
    (tmp_path / "copydesk.toml").write_text('facts = "facts.toml"\n')
    draft = tmp_path / "draft.md"
    assert [d.code for d in await open_draft(client, draft, DRAFT)] == ["T101", "S101"]
    (tmp_path / "facts.toml").write_text(sheet.replace('variants = ["Kiev"]\n', ""))
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[types.FileEvent(
        uri=(tmp_path / "facts.toml").as_uri(), type=types.FileChangeType.Changed)]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert [d.code for d in client.diagnostics[draft.as_uri()]] == ["T101"]
