"""Stage 1: find the articles the user named and read them into Articles.

Inputs: .txt and .md files (an optional front-matter header between `---` lines gives
title, outlet, url, published and id), folders (searched recursively), globs, and .jsonl files
with one article per line (`text` plus the same metadata fields). A file that cannot be read
becomes a LoadFailure with the reason; the rest of the batch goes on.
"""

from __future__ import annotations

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
MAX_BYTES = 20 * 1024 * 1024  # larger files are refused: no article is that long


@dataclass(frozen=True)
class LoadFailure:
    """An input that could not become an article, and why."""

    path: str
    reason: str


def find_files(paths: Iterable[str]) -> Iterator[Path | LoadFailure]:
    """Expand files, folders (recursively) and globs into input files, in a stable order."""
    for given in paths:
        matches = sorted(glob.glob(given, recursive=True)) if glob.has_magic(given) else [given]
        if not matches:
            yield LoadFailure(given, "no file matches this pattern")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                found = sorted(
                    p for p in path.rglob("*") if p.suffix in ARTICLE_SUFFIXES | JSONL_SUFFIXES and p.is_file()
                )
                yield from (p for p in found if p.name != "README.md")
            elif path.is_file():
                yield path
            else:
                yield LoadFailure(str(path), "no such file or folder")


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
        text = _decode(path)
        metadata, body = _front_matter(text)
        return make_article(body, str(path), metadata)
    except (OSError, ValueError) as error:
        return LoadFailure(str(path), str(error))


def _read_jsonl(path: Path) -> Iterator[Article | LoadFailure]:
    try:
        lines = _decode(path).splitlines()
    except (OSError, ValueError) as error:
        yield LoadFailure(str(path), str(error))
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("line is not a JSON object")
            text = record.get("text")
            if not isinstance(text, str):
                raise ValueError("missing `text` string")
            metadata = {k: record[k] for k in METADATA_FIELDS if record.get(k) is not None}
            yield make_article(text, where, metadata)
        except ValueError as error:  # json.JSONDecodeError is a ValueError
            yield LoadFailure(where, str(error))


def make_article(text: str, path: str, metadata: dict) -> Article:
    """An Article from text and metadata; raises ValueError on empty text or bad metadata."""
    for key, value in metadata.items():
        if not isinstance(value, str):
            raise ValueError(f"metadata `{key}` must be a string, not {type(value).__name__}")
    published = metadata.get("published")
    if published:
        try:
            published = date.fromisoformat(published[:10]).isoformat()
        except ValueError:
            raise ValueError(f"published date {published!r} is not a YYYY-MM-DD date") from None
    body = strip_boilerplate(text)
    if not body.strip():
        raise ValueError("no article text")
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


def _decode(path: Path) -> str:
    if path.stat().st_size > MAX_BYTES:
        raise ValueError(f"file is larger than {MAX_BYTES // (1024 * 1024)} MB; split it into articles")
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ValueError("binary file, not text (PDF, image or archive?)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Windows-1252 is a superset of Latin-1 for printable text and what legacy sites use.
        return data.decode("cp1252", errors="replace")


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
