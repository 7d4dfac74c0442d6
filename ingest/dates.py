"""Resolve the date words of a sentence ("Wednesday", "Nov. 24", "last month") against the
article's published date. Returns an ISO date, a reduced-precision one ("2024-06", "2024")
where the text only gives a month or a year, or None: never a guess."""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"]
# "Nov", "Sept", "November": a month word is a month's name or its abbreviation, not any word
# starting like one ("marked", "decade").
MONTHS = {**{name: i + 1 for i, name in enumerate(MONTH_NAMES)},
          **{name[:3]: i + 1 for i, name in enumerate(MONTH_NAMES)}, "sept": 9}


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
        if weekday in words or weekday + "'s" in words or weekday + "’s" in words:
            if "next" in words:  # "next Friday": the first one after the publication day
                return (anchor + timedelta(days=(i - anchor.weekday() - 1) % 7 + 1)).isoformat()
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
    if "month" in words and "next" in words:
        following = anchor.replace(day=28) + timedelta(days=4)
        return f"{following.year:04d}-{following.month:02d}"
    if "year" in words and "next" in words:
        return f"{anchor.year + 1:04d}"
    if "year" in words and ("this" in words or "earlier" in words):
        return f"{anchor.year:04d}"
    if "year" in words and "last" in words:
        return f"{anchor.year - 1:04d}"
    return None


def _explicit(words: list[str]) -> tuple[int, int, int] | None:
    """(year, month, day) named in the words, 0 where a part is missing; None if no month or year."""
    year = next((int(w) for w in words if re.fullmatch(r"(19|20)\d\d", w)), 0)
    month = next((MONTHS[w] for w in words if w in MONTHS), 0)
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
