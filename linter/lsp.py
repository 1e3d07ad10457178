"""`copydesk lsp`: a Language Server Protocol server over stdio, built on pygls.

Editors get the findings of `copydesk check` as diagnostics while a reporter types,
with the same configuration discovery and fact sheet, quick fixes and suppressions as
code actions, and the fact behind a finding on hover. Editing the fact sheet or the
configuration re-checks every open draft.
"""
from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from linter import __version__
from linter.cli import Checker, build_parser
from linter.document import Document
from linter.finding import Finding

DEBOUNCE_SECONDS = 0.3
SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "info": types.DiagnosticSeverity.Information}
SETTINGS_FILES = ("copydesk.toml", ".copydesk.toml", "pyproject.toml")


def path_of(uri: str) -> str:
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


class CopydeskServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("copydesk", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.checker = self.new_checker()
        self.pending: dict[str, asyncio.Task] = {}

    @staticmethod
    def new_checker() -> Checker:
        return Checker(build_parser().parse_args(["check"]))

    def findings(self, uri: str) -> tuple[Document, list[Finding]]:
        """The same findings `copydesk check` gives for the editor's text of this document."""
        text = self.workspace.get_text_document(uri).source
        doc = Document.from_text(text, path_of(uri), text_fields=self.checker.config_for(path_of(uri)).text_fields)
        return doc, self.checker.check(doc)

    def lsp_range(self, uri: str, doc: Document, line: int, column: int, end_line: int, end_column: int):
        editor = self.workspace.get_text_document(uri)
        return types.Range(editor.client_position_at_offset(doc.offset(line, column)),
                           editor.client_position_at_offset(doc.offset(end_line, end_column)))

    def publish(self, uri: str) -> None:
        if not uri.endswith(tuple(self.checker.config_for(path_of(uri)).extensions)):
            return
        try:
            doc, findings = self.findings(uri)
        except Exception as exc:  # a fact sheet or configuration error: say so, keep serving
            self.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"copydesk: {exc}"))
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
            return
        diagnostics = [
            types.Diagnostic(
                range=self.lsp_range(uri, doc, f.line, f.column, f.end_line, f.end_column),
                message=f.message + (f" (fact {f.fact}; sources: {', '.join(f.sources)})" if f.fact else ""),
                severity=SEVERITY[f.severity], code=f.code, source="copydesk")
            for f in findings]
        version = self.workspace.get_text_document(uri).version
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics))

    def schedule(self, uri: str) -> None:
        """Check after the reporter pauses typing."""
        if uri in self.pending:
            self.pending[uri].cancel()

        async def later() -> None:
            await asyncio.sleep(DEBOUNCE_SECONDS)
            self.pending.pop(uri, None)
            self.publish(uri)

        self.pending[uri] = asyncio.ensure_future(later())

    def settings_changed(self) -> None:
        """A fact sheet or configuration changed: forget what was loaded and re-check open drafts."""
        self.checker = self.new_checker()
        for uri in list(self.workspace.text_documents):
            self.publish(uri)

    @staticmethod
    def is_settings(uri: str) -> bool:
        """Configuration files and fact sheets (TOML) change what every draft is checked against."""
        path = Path(path_of(uri))
        return path.name in SETTINGS_FILES or path.suffix == ".toml"


server = CopydeskServer()


@server.feature(types.INITIALIZED)
async def initialized(ls: CopydeskServer, params: types.InitializedParams) -> None:
    watch = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
    if watch and watch.dynamic_registration:
        await ls.client_register_capability_async(types.RegistrationParams(registrations=[types.Registration(
            id="copydesk-settings", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(
                watchers=[types.FileSystemWatcher(glob_pattern="**/*.toml")]))]))


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: CopydeskServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.publish(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: CopydeskServer, params: types.DidChangeTextDocumentParams) -> None:
    if ls.is_settings(params.text_document.uri):
        return
    ls.schedule(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: CopydeskServer, params: types.DidSaveTextDocumentParams) -> None:
    if ls.is_settings(params.text_document.uri):
        ls.settings_changed()
    else:
        ls.publish(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: CopydeskServer, params: types.DidCloseTextDocumentParams) -> None:
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def watched_files(ls: CopydeskServer, params: types.DidChangeWatchedFilesParams) -> None:
    if any(ls.is_settings(change.uri) for change in params.changes):
        ls.settings_changed()


def _overlaps(a: types.Range, b: types.Range) -> bool:
    return (a.start.line, a.start.character) <= (b.end.line, b.end.character) and \
        (b.start.line, b.start.character) <= (a.end.line, a.end.character)


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
def code_actions(ls: CopydeskServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    try:
        doc, findings = ls.findings(uri)
    except Exception:  # reported with the diagnostics already
        return []
    actions = []
    for f in findings:
        where = ls.lsp_range(uri, doc, f.line, f.column, f.end_line, f.end_column)
        if not _overlaps(where, params.range):
            continue
        diagnostic = types.Diagnostic(range=where, message=f.message, severity=SEVERITY[f.severity], code=f.code,
                                      source="copydesk")
        if f.fix is not None and f.fix_position is not None:
            edit_range = ls.lsp_range(uri, doc, *f.fix_position)
            label = f"“{f.fix.replacement}”" if f.fix.replacement else "nothing"
            actions.append(types.CodeAction(
                title=f"copydesk: replace with {label} ({f.code}{'' if f.fix.safe else ', unsafe'})",
                kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic], is_preferred=f.fix.safe,
                edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(edit_range, f.fix.replacement)]})))
        line_start = types.Position(where.start.line, 0)
        actions.append(types.CodeAction(
            title=f"copydesk: suppress {f.code} on this line", kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(
                types.Range(line_start, line_start), f"<!-- copydesk: disable-next-line {f.code} -->\n")]})))
    return actions


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: CopydeskServer, params: types.HoverParams) -> types.Hover | None:
    uri = params.text_document.uri
    try:
        doc, findings = ls.findings(uri)
    except Exception:  # reported with the diagnostics already
        return None
    point = types.Range(params.position, params.position)
    for f in findings:
        where = ls.lsp_range(uri, doc, f.line, f.column, f.end_line, f.end_column)
        if f.fact and _overlaps(where, point):
            sheet = ls.checker.sheet_for(ls.checker.config_for(path_of(uri)))
            return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, describe_fact(sheet, f.fact)), where)
    return None


def describe_fact(sheet, fact_id: str) -> str:
    """A fact and its sources, as the editor shows it on hover."""
    fact = sheet.facts[fact_id]
    lines = [f"**{fact.get('name') or fact.get('what') or fact.get('subject') or fact.id}** (`{fact.id}`, "
             f"{fact.kind})", ""]
    for key in ("value", "text", "date", "medium", "speaker", "scope", "category", "note"):
        if fact.get(key) is not None:
            lines.append(f"- {key}: {fact.get(key)}")
    for role in sheet.roles(fact) if fact.kind == "people" else []:
        span = f"{role.start or '…'} – {role.end or 'now'}"
        lines.append(f"- {role.office}{' of ' + sheet.place_name(role.country) if role.country else ''}: {span}")
    lines.append("")
    lines.append("Sources" + (" (single source)" if len(fact.sources) == 1 else "") + ":")
    for source_id in fact.sources:
        source = sheet.sources[source_id]
        lines.append(f"- {source['outlet']} — `{source['file']}`")
    return "\n".join(lines)


def main() -> int:
    server.start_io()
    return 0
