"""Stage 1: find the articles the user named and read them into Articles.

Inputs: .txt and .md files (an optional front-matter header between `---` lines gives
title, outlet, url, published and id), folders (searched recursively), globs, and .jsonl files
with one article per line (`text` plus the same metadata fields), streamed line by line. An input
that cannot be read becomes a LoadFailure with the reason; the rest of the batch goes on.

Text is UTF-8 (with or without BOM), UTF-16 with a BOM, or else read as Windows-1252 (a superset
of Latin-1's printable characters). Binary files, files too large to be one article, empty
articles and impossible metadata are refused with a reason.
"""

from __future__ import annotations

import errno
import glob
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsgraph.ingest.clean import strip_boilerplate
from newsgraph.ingest.records import Article

ARTICLE_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl"}
METADATA_FIELDS = ("id", "title", "outlet", "url", "published")
MAX_CHARS = 1_000_000  # spaCy's max_length: it refuses longer texts, and no news article is near it
MAX_BYTES = 4 * MAX_CHARS  # a larger file cannot hold an article short enough (4 bytes/char at most)
# The first bytes of the binary files a scraper leaves among articles.
BINARY_SIGNATURES = {
    b"%PDF-": "a PDF", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"PK\x03\x04": "a zip archive or Office document", b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
# Control characters other than tab and line breaks: FalkorDB cannot take NUL in a parameter.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class LoadFailure:
    """An input that could not become an article, and why."""

    path: str
    reason: str


def find_files(paths: Iterable[str]) -> Iterator[Path | LoadFailure]:
    """Expand files, folders (recursively) and globs into input files, in a stable order, each once."""
    seen: set[Path] = set()
    for given in paths:
        matches = sorted(glob.glob(given, recursive=True)) if glob.has_magic(given) else [given]
        if not matches:
            yield LoadFailure(given, "no file matches this pattern")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                found = (p for p in sorted(path.rglob("*")) if p.suffix in ARTICLE_SUFFIXES | JSONL_SUFFIXES)
                candidates = [p for p in found if p.name != "README.md" and not p.is_dir()]
            else:
                candidates = [path]
            for candidate in candidates:
                # Each input once, though a glob through a symlink loop reaches it ~40 times.
                is_file = candidate.is_file()
                real = candidate.resolve() if is_file else candidate.parent.resolve() / candidate.name
                if real in seen:
                    continue
                seen.add(real)
                yield candidate if is_file else LoadFailure(str(candidate), _why_not_a_file(candidate))


def _why_not_a_file(path: Path) -> str:
    try:
        path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        if path.is_symlink():
            return "broken symbolic link"
        return "no such file or folder"
    return "not a regular file (a pipe, socket or device?)"


def read_articles(paths: Iterable[str]) -> Iterator[Article | LoadFailure]:
    """Every article in the inputs, lazily, or a LoadFailure where one cannot be read."""
    for item in find_files(paths):
        if isinstance(item, LoadFailure):
            yield item
        elif item.suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(item)
        else:
            yield _read_text_file(item)


def _read_text_file(path: Path) -> Article | LoadFailure:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError(f"file is larger than {MAX_BYTES // 1_000_000} MB, too long for one article; split it")
        text = _decode(path.read_bytes())
        metadata, body = _front_matter(text)
        return make_article(body, str(path), metadata)
    except (OSError, ValueError) as error:
        return LoadFailure(str(path), _reason(error))


def _read_jsonl(path: Path) -> Iterator[Article | LoadFailure]:
    """One article a line, streamed: a feed may be far larger than any one article."""
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
            _refuse_binary(head)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise ValueError("JSON Lines must be UTF-8, this file is UTF-16: save it as UTF-8")
            stream.seek(0)
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield _jsonl_article(line, f"{path}:{number}")
    except (OSError, ValueError) as error:
        yield LoadFailure(str(path), _reason(error))


def _jsonl_article(line: bytes, where: str) -> Article | LoadFailure:
    try:
        if len(line) > MAX_BYTES:
            raise ValueError(f"line is larger than {MAX_BYTES // 1_000_000} MB, too long for one article")
        try:
            record = json.loads(_decode(line).strip())
        except json.JSONDecodeError as error:
            raise ValueError(f"not valid JSON: {error}") from None
        if not isinstance(record, dict):
            raise ValueError(f"line is a JSON {type(record).__name__}, not an object")
        text = record.get("text")
        if text is None:
            raise ValueError("missing `text`")
        if not isinstance(text, str):
            raise ValueError(f"`text` must be a string, not {type(text).__name__}")
        # Fields other than `text` and METADATA_FIELDS are ignored: feeds carry all sorts.
        metadata = {k: record[k] for k in METADATA_FIELDS if record.get(k) is not None}
        return make_article(text, where, metadata)
    except ValueError as error:
        return LoadFailure(where, _reason(error))


def make_article(text: str, path: str, metadata: dict) -> Article:
    """An Article from text and metadata; raises ValueError on empty or overlong text or bad metadata."""
    for key, value in metadata.items():
        if not isinstance(value, str):
            raise ValueError(f"metadata `{key}` must be a string, not {type(value).__name__}")
    metadata = {k: _printable(v) for k, v in metadata.items()}
    published = metadata.get("published")
    if published:
        try:
            published = date.fromisoformat(published[:10]).isoformat()
        except ValueError:
            raise ValueError(f"published date {published!r} is not a real YYYY-MM-DD date") from None
    body = strip_boilerplate(_printable(text))
    if not body.strip():
        raise ValueError("no article text")
    if len(body) > MAX_CHARS:
        raise ValueError(f"article is {len(body):,} characters, more than the {MAX_CHARS:,} spaCy parses; split it")
    # The id follows the article, not its content: a changed article replaces its old facts.
    identity = metadata.get("id") or metadata.get("url") or str(Path(path).resolve())
    doc_id = metadata.get("id") or hashlib.sha256(identity.encode()).hexdigest()[:16]
    content_hash = hashlib.sha256(
        json.dumps([body, {k: metadata.get(k) for k in METADATA_FIELDS}], sort_keys=True).encode()
    ).hexdigest()
    return Article(
        id=doc_id, path=path, text=body, content_hash=content_hash, title=metadata.get("title"),
        outlet=metadata.get("outlet"), url=metadata.get("url"), published=published,
    )


def _printable(text: str) -> str:
    """Text without control characters and with lone surrogates (from JSON escapes) replaced:
    neither can be stored."""
    text = CONTROL_CHARACTERS.sub("", text)
    return text.encode("utf-8", errors="replace").decode("utf-8")


def _decode(data: bytes) -> str:
    _refuse_binary(data[:4096])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ValueError("starts like UTF-16 but is not valid UTF-16 text") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Windows-1252 is a superset of Latin-1 for printable text and what legacy sites use.
        return data.decode("cp1252", errors="replace")


def _refuse_binary(head: bytes) -> None:
    for signature, kind in BINARY_SIGNATURES.items():
        if head.startswith(signature):
            raise ValueError(f"binary file ({kind}), not text: convert it to text first")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file, not text")


def _reason(error: Exception) -> str:
    """An OSError as "permission denied", without the path the summary already shows."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror[0].lower() + error.strerror[1:]
    return str(error)


FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)


def _front_matter(text: str) -> tuple[dict, str]:
    """`key: value` lines between `---` lines at the top of a file, and the text after them."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    metadata = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() in METADATA_FIELDS and value.strip():
            metadata[key.strip()] = value.strip().strip('"')
    return metadata, text[match.end():]
