"""Remove what a scraper brings along that is not the story: photo credits and captions,
"Source:" lines, "MOST POPULAR" trailers and the like. Line-based and conservative: a line
is dropped only when the whole line looks like page furniture."""

from __future__ import annotations

import re

FURNITURE = [
    re.compile(r"^\s*source\s*:\s*\S+.*$", re.IGNORECASE),  # "Source: NikkeiAsia"
    re.compile(r"^\s*(most popular|most read|related articles?|read more|advertisement|share this)\s*$", re.IGNORECASE),
    re.compile(r"^\s*(photo|image|picture)\s*(credit)?\s*:.*$", re.IGNORECASE),
    re.compile(r"^\s*\(?(getty images|afp|reuters|ap photo|yonhap|epa)\)?\s*$", re.IGNORECASE),
    # A photo caption ends with its credit in brackets and no full stop: "... Thursday. (Yonhap)"
    re.compile(r"^.*\((?:[A-Z][\w.&/-]*\s?){1,4}\)\s*$"),
]
# A trailer heading: everything after it is links to other stories.
TRAILERS = re.compile(r"^\s*(most popular|most read|related articles?|more from)\s*$", re.IGNORECASE)


def strip_boilerplate(text: str) -> str:
    kept = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if TRAILERS.match(line):
            break
        if any(pattern.match(line) for pattern in FURNITURE):
            continue
        kept.append(line)
    return "\n".join(kept).strip() + "\n"
