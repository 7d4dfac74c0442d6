"""Resolve the date words of a sentence ("Wednesday", "Nov. 24", "last month") against the
article's published date. Returns an ISO date, a reduced-precision one ("2024-06", "2024")
where the text only gives a month or a year, or None: never a guess."""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def resolve_date(text: str | None, published: str | None) -> str | None:
    if not text:
        return None
    words = text.lower().replace(".", " ").replace(",", " ").split()
    explicit = _explicit(words)
    if explicit and len(explicit) == 3 and all(explicit):
        return date(*explicit).isoformat() if _valid(*explicit) else None
    if not published:
        return f"{explicit[0]:04d}" if explicit and explicit[0] else None
    anchor = date.fromisoformat(published)
    if explicit:
        year, month, day = explicit
        year = year or (anchor.year if month <= anchor.month else anchor.year - 1)
        if day and _valid(year, month, day):
            return date(year, month, day).isoformat()
        return f"{year:04d}-{month:02d}" if month else f"{year:04d}"
    for i, weekday in enumerate(WEEKDAYS):
        if weekday in words:
            # News says "Wednesday" for the most recent one: on or before the publication day.
            return (anchor - timedelta(days=(anchor.weekday() - i) % 7)).isoformat()
    if "today" in words:
        return anchor.isoformat()
    if "yesterday" in words:
        return (anchor - timedelta(days=1)).isoformat()
    if "month" in words and "last" in words:
        first = anchor.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if "month" in words and "this" in words:
        return f"{anchor.year:04d}-{anchor.month:02d}"
    if "year" in words and ("this" in words or "earlier" in words):
        return f"{anchor.year:04d}"
    if "year" in words and "last" in words:
        return f"{anchor.year - 1:04d}"
    return None


def _explicit(words: list[str]) -> tuple[int, int, int] | None:
    """(year, month, day) named in the words, 0 where a part is missing; None if no month or year."""
    year = next((int(w) for w in words if re.fullmatch(r"(19|20)\d\d", w)), 0)
    month = next((MONTHS[w[:3]] for w in words if w[:3] in MONTHS and w.isalpha()), 0)
    day = next((int(w.rstrip("stndrh")) for w in words if re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", w)), 0)
    if not (year or month):
        return None
    return year, month, day if month else 0


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
        return True
    except ValueError:
        return False
