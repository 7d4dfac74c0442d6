"""Remove what a scraper brings along that is not the story: photo credits and captions,
"Source:" lines, "MOST POPULAR" trailers, datelines and the like. Line-based and conservative:
a line is dropped only when the whole line looks like page furniture."""

from __future__ import annotations

import re

FURNITURE = [
    re.compile(r"^\s*source\s*:\s*\S+.*$", re.IGNORECASE),  # "Source: NikkeiAsia"
    re.compile(r"^\s*(most popular|most read|related articles?|read more|advertisement|share this)\s*$", re.IGNORECASE),
    re.compile(r"^\s*(photo|image|picture|video)\s*(credit)?\s*:.*$", re.IGNORECASE),
    re.compile(r"^\s*\(?(getty images|afp|reuters|ap photo|yonhap|epa)\)?\s*$", re.IGNORECASE),
    # A photo caption ends a sentence, then gives its credit in brackets: "... Thursday. (Yonhap)";
    # a sentence that ends with the credit itself ("... on Friday (AFP)") is text.
    re.compile(r"^.*[.!?][\"”’']?\s+\((?:[A-Z][\w.&/-]*\s?){1,4}\)\s*$"),
    re.compile(r"^\s*((?i:by)\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}|[\w.+-]+@[\w-]+\.[\w.]+)\s*$"),  # byline, e-mail
    re.compile(r"^\s*(copyright|©|\(c\)).*$", re.IGNORECASE),
    re.compile(r"^\s*(follow us|subscribe|sign up|click here|share on)\b.{0,80}$", re.IGNORECASE),
    re.compile(r"^\s*(published|updated|posted)\s*(:|on\b|\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)).{0,60}$", re.IGNORECASE),
]
# A trailer heading: everything after it is links to other stories.
TRAILERS = re.compile(r"^\s*(most popular|most read|related articles?|more from|related stories|recommended)\s*$", re.IGNORECASE)
# "SEOUL — ", "KYIV, Ukraine (AP) — ", "SEOUL, Nov. 28 (Yonhap) -- ": where the story was filed.
DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(, [\w. ]{2,20})?( \([\w ]{2,20}\))?\s*(—|–|--|-)\s+")
# "[South] Korea's", "[the] Moscow regime": an editor's insertion into a quote reads as text.
EDITORIAL_INSERTION = re.compile(r"\[([^\[\]\n]{0,39}[A-Za-z][^\[\]\n]{0,39})\]")
FOOTNOTE = re.compile(r"\[\d{1,3}\]")  # "[12]": a reference mark, not text


def strip_boilerplate(text: str) -> str:
    kept = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if TRAILERS.match(line):
            break
        if any(pattern.match(line) for pattern in FURNITURE):
            continue
        kept.append(EDITORIAL_INSERTION.sub(r"\1", FOOTNOTE.sub("", line)))
    body = "\n".join(kept).strip()
    return DATELINE.sub("", body, count=1) + "\n"
