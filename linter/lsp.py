"""`copydesk lsp`: a Language Server Protocol server over stdio, built on pygls.

Editors get the findings of `copydesk check` as diagnostics while a reporter types,
with the same configuration discovery and fact sheet, quick fixes and suppressions as
code actions, and the fact behind a finding on hover. Editing the fact sheet or the
configuration re-checks every open draft.
"""
from __future__ import annotations

import asyncio
import json
import logging
import re
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.exceptions import JsonRpcInternalError, JsonRpcInvalidParams
from pygls.io_ import StdoutWriter
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol

from . import __version__
from .config import CONFIG_FILES
from .document import Document
from .engine import error_finding
from .files import MAX_DRAFT_BYTES
from .finding import Finding
from .model import FactDescription
from .session import Session

DEBOUNCE_SECONDS = 0.3
SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "info": types.DiagnosticSeverity.Information}
PARSE_ERROR, INVALID_REQUEST, INVALID_PARAMS = -32700, -32600, -32602
MAX_MESSAGE_BYTES = 64 * 1024 * 1024  # a message larger than this is refused, and the server reads on
logger = logging.getLogger("copydesk.lsp")


def path_of(uri: str) -> str:
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


@dataclass(frozen=True)
class Unanswerable:
    """A request whose params could not be read: answered with an error instead of dropped."""
    id: int | str
    method: str
    jsonrpc: str = "2.0"


class AnsweringProtocol(LanguageServerProtocol):
    """pygls's protocol, except that every request gets an answer: bad params and requests after
    shutdown get a JSON-RPC error response rather than silence (a client would wait forever)."""

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except (JsonRpcInvalidParams, JsonRpcInternalError):
            if "id" in data and "method" in data:
                return Unanswerable(data["id"], data["method"])
            raise

    def handle_message(self, message: Any) -> None:
        if isinstance(message, Unanswerable):
            self._send_response(message.id, error=types.ResponseError(
                INVALID_PARAMS, f"copydesk: invalid params for {message.method}"))
            return
        method = getattr(message, "method", None)
        if self._shutdown and method not in (None, types.EXIT) and getattr(message, "id", None) is not None:
            self._send_response(message.id, error=types.ResponseError(
                INVALID_REQUEST, f"copydesk: the server is shutting down; {method} was not run"))
            return
        super().handle_message(message)

    def answer_error(self, message_id: int | str | None, code: int, text: str) -> None:
        """A JSON-RPC error response; with no id readable, one whose id is null, as JSON-RPC 2.0 says
        (lsprotocol's serializer would leave the id out)."""
        if message_id is not None:
            self._send_response(message_id, error=types.ResponseError(code, text))
            return
        body = json.dumps({"jsonrpc": "2.0", "id": None, "error": {"code": code, "message": text}}).encode()
        if self.writer is not None:
            self.writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))


# A header block: Content-Length (other headers allowed), ended by an empty line. Found anywhere in the stream,
# so the reader finds its feet again after garbage, a refused message or a body shorter than it said.
HEADER = re.compile(rb"Content-Length:[ \t]*(\d{1,20})[ \t]*\r?\n(?:[!-9;-~]+:[^\r\n]*\r?\n)*\r?\n", re.I)
HEADER_TAIL = 8 * 1024  # bytes kept while looking for a header (no real header is longer)


@dataclass(frozen=True)
class Refused:
    """A message the reader would not take, with the reason to log."""
    reason: str


class FrameReader:
    """LSP messages from a byte stream, with bounded memory whatever arrives: a body is read only up to
    MAX_MESSAGE_BYTES, and bytes that are not a message are skipped up to the next header."""

    def __init__(self, stream: BinaryIO, limit: int = MAX_MESSAGE_BYTES) -> None:
        self.stream = stream
        self.limit = limit
        self.buffer = bytearray()
        self.ended = False

    def _fill(self) -> bool:
        chunk = self.stream.read1(1 << 16) if hasattr(self.stream, "read1") else self.stream.read(1 << 16)
        if not chunk:
            self.ended = True
            return False
        self.buffer += chunk
        return True

    def push_back(self, data: bytes) -> None:
        """Read ``data`` again before the rest of the stream (a short body swallowed the next header)."""
        self.buffer[:0] = data

    def next(self) -> bytes | Refused | None:
        """The next message body, a Refused, or None at the end of the stream."""
        while True:
            match = HEADER.search(self.buffer)
            if match is None:
                if len(self.buffer) > HEADER_TAIL:  # not a header: drop all but a tail that may start one
                    del self.buffer[:len(self.buffer) - HEADER_TAIL]
                if self.ended or not self._fill():
                    return None
                continue
            length = int(match.group(1))
            del self.buffer[:match.end()]
            if length > self.limit:
                return Refused(f"a message of {length:,} bytes is larger than the {self.limit:,}-byte limit; "
                               "skipped")
            while len(self.buffer) < length and not self.ended:
                self._fill()
            if len(self.buffer) < length:
                return Refused(f"the stream ended {length - len(self.buffer):,} bytes into a message")
            body = bytes(self.buffer[:length])
            del self.buffer[:length]
            return body


async def serve_frames(stop: threading.Event, frames: FrameReader, protocol: AnsweringProtocol) -> None:
    """pygls's message loop, except that no input ends or floods the server: refused and malformed
    messages are logged in one line and answered as JSON-RPC says where they can be."""
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="copydesk-read") as reading:
        while not stop.is_set():
            item = await loop.run_in_executor(reading, frames.next)
            if item is None:
                break
            if isinstance(item, Refused):
                logger.error("refused input: %s", item.reason)
                continue
            try:
                message = json.loads(item, object_hook=protocol.structure_message)
            except ValueError as exc:  # not JSON (UnicodeDecodeError and JSONDecodeError are ValueErrors)
                logger.error("a message that is not JSON: %s", exc)
                protocol.answer_error(None, PARSE_ERROR, f"copydesk: parse error: {exc}")
                if (resumes := HEADER.search(item)) is not None:
                    frames.push_back(item[resumes.start():])
                continue
            except RecursionError:
                logger.error("a message nested too deeply to read")
                protocol.answer_error(None, PARSE_ERROR, "copydesk: parse error: nested too deeply")
                continue
            except Exception as exc:  # pygls could not make a message of it (it says why in the log)
                logger.error("a message that could not be read: %s", type(exc).__name__)
                continue
            if not hasattr(message, "jsonrpc"):  # a JSON value that is no JSON-RPC message
                logger.error("a message that is not a JSON-RPC request or notification")
                identifier = message.get("id") if isinstance(message, dict) else None
                protocol.answer_error(identifier if isinstance(identifier, (int, str)) else None, INVALID_REQUEST,
                                      "copydesk: invalid request")
                continue
            try:
                protocol.handle_message(message)
            except Exception as exc:
                logger.error("could not handle %s: %s: %s", getattr(message, "method", "a message"),
                             type(exc).__name__, exc, exc_info=True)


class OneLineFormatter(logging.Formatter):
    """Log records as one line on stderr (editors show stderr as a crash log); tracebacks with --verbose."""

    def __init__(self, verbose: bool) -> None:
        super().__init__("copydesk lsp: %(levelname)s: %(message)s")
        self.verbose = verbose

    def format(self, record: logging.LogRecord) -> str:
        if self.verbose:
            return super().format(record)
        line = logging.LogRecord(record.name, record.levelno, record.pathname, record.lineno,
                                 (record.getMessage().splitlines() or [""])[0], None, None)
        return super().format(line)



@dataclass
class Checked:
    """The findings for one version of one editor document."""
    version: int | None
    doc: Document
    findings: list[Finding]
    positions: LinePositions


class LinePositions:
    """Offsets to LSP positions: lines end only at \\n, \\r\\n or \\r (as the protocol says, not as
    str.splitlines does at a form feed, NEL or U+2028), columns in the client's units."""

    def __init__(self, doc: Document, encoding: str) -> None:
        self.doc = doc
        self.encoding = encoding

    def at(self, offset: int) -> types.Position:
        line, column = self.doc.position(offset)
        start = self.doc.line_starts[line - 1]
        prefix = self.doc.text[start:start + column - 1]
        if self.encoding == types.PositionEncodingKind.Utf8:
            units = len(prefix.encode("utf-8", "surrogatepass"))
        elif self.encoding == types.PositionEncodingKind.Utf32:
            units = len(prefix)
        else:
            units = len(prefix.encode("utf-16-le", "surrogatepass")) // 2
        return types.Position(line - 1, units)

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(self.at(start), self.at(end))

    def of(self, finding: Finding) -> types.Range:
        """Where a finding is: its offsets, kept since the rule found it (a whole-file one: the first line)."""
        if finding.span is not None:
            return self.range(*finding.span)
        return self.range(self.doc.offset(finding.line, finding.column),
                          self.doc.offset(finding.end_line, finding.end_column))


class CopydeskServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("copydesk", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full,
                         protocol_cls=AnsweringProtocol)
        self.session = Session()
        self.pending: dict[str, asyncio.Task] = {}
        self.checked: dict[str, Checked] = {}
        # One thread runs the checks, in order, so the event loop keeps answering (hover on another
        # draft, cancellations) while a long draft is checked.
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copydesk-check")

    def serve_stdio(self, stdin: BinaryIO, stdout: BinaryIO) -> None:
        """pygls's start_io with copydesk's message loop (serve_frames)."""
        self._stop_event = threading.Event()
        protocol: AnsweringProtocol = self.protocol  # type: ignore[assignment]  # protocol_cls above
        protocol.set_writer(StdoutWriter(stdout))
        try:
            asyncio.run(serve_frames(self._stop_event, FrameReader(stdin), protocol))
        except BrokenPipeError:
            logger.error("the connection to the editor was lost; stopping")
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            self.shutdown()

    def compute(self, uri: str, text: str, version: int | None, encoding: str) -> Checked:
        """The same findings `copydesk check` gives for the editor's text of this document."""
        path = path_of(uri)
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_DRAFT_BYTES:
            doc = Document.from_text("", path)
            findings = [error_finding(path, f"not checked: {size / 1024 / 1024:.1f} MB is larger than the "
                                            f"{MAX_DRAFT_BYTES // 1024 // 1024} MB limit for a draft")]
            return Checked(version, doc, findings, LinePositions(doc, encoding))
        doc = self.session.document(text, path)
        return Checked(version, doc, self.session.check(doc), LinePositions(doc, encoding))

    async def findings(self, uri: str) -> Checked:
        """The findings for the document's current text: cached per version, computed off the event loop."""
        editor = self.workspace.get_text_document(uri)
        cached = self.checked.get(uri)
        if cached is not None and cached.version == editor.version and editor.version is not None:
            return cached
        encoding = self.workspace.position_encoding or types.PositionEncodingKind.Utf16
        checked = await asyncio.get_running_loop().run_in_executor(
            self.executor, self.compute, uri, editor.source, editor.version, encoding)
        self.checked[uri] = checked
        return checked

    def wants(self, uri: str) -> bool:
        return uri.endswith(tuple(self.session.config_for(path_of(uri)).extensions))

    async def publish(self, uri: str) -> None:
        try:
            if not self.wants(uri):
                return
            version = self.workspace.get_text_document(uri).version
            checked = await self.findings(uri)
        except Exception as exc:  # a fact sheet or configuration error: say so, keep serving
            self.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"copydesk: {exc}"))
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
            return
        if uri not in self.workspace.text_documents or self.workspace.get_text_document(uri).version != version:
            return  # edited (or closed) while being checked: the newer check publishes
        diagnostics = [
            types.Diagnostic(
                range=checked.positions.of(f),
                message=f.message + (f" (fact {f.fact}; sources: {', '.join(f.sources)})" if f.fact else ""),
                severity=SEVERITY[f.severity], code=f.code, source="copydesk")
            for f in checked.findings]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics))

    def schedule(self, uri: str, delay: float = DEBOUNCE_SECONDS) -> None:
        """Check after the reporter pauses typing; a newer edit cancels the older check."""
        if uri in self.pending:
            self.pending[uri].cancel()

        async def later() -> None:
            await asyncio.sleep(delay)
            self.pending.pop(uri, None)
            await self.publish(uri)

        self.pending[uri] = asyncio.ensure_future(later())

    def settings_changed(self) -> None:
        """A fact sheet or configuration changed: forget what was loaded and re-check open drafts."""
        self.session = Session()
        self.checked.clear()
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)

    @staticmethod
    def is_settings(uri: str) -> bool:
        """Configuration files and fact sheets (TOML) change what every draft is checked against."""
        path = Path(path_of(uri))
        return path.name in CONFIG_FILES or path.suffix == ".toml"


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
    ls.schedule(params.text_document.uri, 0)


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
        ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: CopydeskServer, params: types.DidCloseTextDocumentParams) -> None:
    ls.checked.pop(params.text_document.uri, None)
    if params.text_document.uri in ls.pending:
        ls.pending.pop(params.text_document.uri).cancel()
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
async def code_actions(ls: CopydeskServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    try:
        checked = await ls.findings(uri)
    except Exception:  # reported with the diagnostics already
        return []
    actions = []
    for f in checked.findings:
        where = checked.positions.of(f)
        if not _overlaps(where, params.range):
            continue
        diagnostic = types.Diagnostic(range=where, message=f.message, severity=SEVERITY[f.severity], code=f.code,
                                      source="copydesk")
        if f.fix is not None and f.fix_position is not None:
            edit_range = checked.positions.range(f.fix.start, f.fix.end)
            label = f"“{f.fix.replacement}”" if f.fix.replacement else "nothing"
            actions.append(types.CodeAction(
                title=f"copydesk: replace with {label} ({f.code}{'' if f.fix.safe else ', unsafe'})",
                kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic], is_preferred=f.fix.safe,
                edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(edit_range, f.fix.replacement)]})))
        actions.append(types.CodeAction(
            title=f"copydesk: suppress {f.code} on this line", kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            edit=types.WorkspaceEdit(changes={uri: [suppression_edit(checked, f.line, f.code)]})))
    return actions


def suppression_edit(checked: Checked, line: int, code: str) -> types.TextEdit:
    """A comment that silences `code` on `line` without changing the draft's structure.

    On the first line of a paragraph it goes on a line of its own before it; on a later line
    of a paragraph it goes at the end of the line before, since a comment line inside a
    paragraph would split it in two (CommonMark starts an HTML block there).
    """
    doc = checked.doc
    comment = f"<!-- copydesk: disable-next-line {code} -->"
    start = doc.line_starts[line - 1]
    continues_a_paragraph = line > 1 and doc.text[doc.line_starts[line - 2]:start].strip() != "" and \
        doc.text[start:doc.line_starts[line] if line < len(doc.line_starts) else len(doc.text)].strip() != ""
    if continues_a_paragraph:
        end_of_previous = start - (2 if doc.text[start - 2:start] == "\r\n" else 1)
        at = checked.positions.at(end_of_previous)
        return types.TextEdit(types.Range(at, at), f" {comment}")
    at = checked.positions.at(start)
    newline = "\r\n" if "\r\n" in doc.text else "\n"
    return types.TextEdit(types.Range(at, at), comment + newline)


@server.feature(types.TEXT_DOCUMENT_HOVER)
async def hover(ls: CopydeskServer, params: types.HoverParams) -> types.Hover | None:
    uri = params.text_document.uri
    try:
        checked = await ls.findings(uri)
    except Exception:  # reported with the diagnostics already
        return None
    point = types.Range(params.position, params.position)
    for f in checked.findings:
        where = checked.positions.of(f)
        if f.about is not None and _overlaps(where, point):
            return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, hover_text(f.about)), where)
    return None


def hover_text(fact: FactDescription) -> str:
    """A fact and its sources, as the editor shows it on hover."""
    lines = [f"**{fact.title}** (`{fact.id}`, {fact.table})", ""]
    lines += [f"- {key}: {value}" for key, value in fact.details]
    lines.append("")
    lines.append("Sources" + (" (single source)" if len(fact.sources) == 1 else "") + ":")
    lines += [f"- {source.outlet} — `{source.file}`" for source in fact.sources]
    return "\n".join(lines)


def main(verbose: bool = False) -> int:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(OneLineFormatter(verbose))
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, handlers=[handler], force=True)
    server.serve_stdio(sys.stdin.buffer, sys.stdout.buffer)
    return 0
