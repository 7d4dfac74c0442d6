"""Event timelines: events per week or month by PLOVER type, and cooperation against conflict (as
the event-data literature plots them), for one actor or one pair, from the canned timeline query.

Drawn with matplotlib, offline: a PNG, or one self-contained HTML page holding the chart as inline
SVG and the counts it shows as a JSON block (id "timeline-data"), so the page needs nothing else.
Events reported as not having happened (negative polarity) are not counted.
"""

from __future__ import annotations

import html
import io
import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

from newsgraph.api import quad_class

PERIODS = ("week", "month")


@dataclass
class TimelineCounts:
    """Events per period: by PLOVER type, and cooperation (CAMEO 01-08) against conflict (09-20)."""

    title: str
    by: str
    periods: list[str] = field(default_factory=list)
    plover: dict[str, list[int]] = field(default_factory=dict)
    cooperation: list[int] = field(default_factory=list)
    conflict: list[int] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


def period_of(day: str, by: str) -> str:
    """"2024-11-28" -> "2024-11" (month) or "2024-W48" (ISO week). A date known only to the month
    ("2024-06") counts in the week of its first day."""
    if by == "month":
        return day[:7]
    year, month, rest = (day.split("-") + ["01", "01"])[:3]
    iso = date(int(year), int(month), int(rest or "01")).isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def every_period(first: str, last: str, by: str) -> list[str]:
    """The periods from first to last, those without events included, so the time axis is even."""
    out = []
    if by == "month":
        year, month = map(int, first.split("-"))
        while f"{year}-{month:02d}" <= last:
            out.append(f"{year}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out
    year, week = map(int, first.split("-W"))
    day = date.fromisocalendar(year, week, 1)
    while (period := period_of(day.isoformat(), "week")) <= last:
        out.append(period)
        day += timedelta(days=7)
    return out


def timeline_counts(rows, by: str = "month", title: str = "") -> TimelineCounts:
    """Count the timeline query's rows (dicts with date, plover, cameo, polarity) per period."""
    if by not in PERIODS:
        raise ValueError(f"--by must be one of {', '.join(PERIODS)}, not {by!r}")
    by_type: Counter = Counter()
    sides: Counter = Counter()
    periods = set()
    for row in rows:
        if not row["date"] or row["polarity"] == "negative" or not row["plover"]:
            continue
        period = period_of(row["date"], by)
        periods.add(period)
        by_type[period, row["plover"]] += 1
        quad = quad_class(row["cameo"]) or ""
        sides[period, "cooperation" if quad.endswith("cooperation") else "conflict" if quad else "other"] += 1
    ordered = every_period(min(periods), max(periods), by) if periods else []
    types = sorted({plover for _, plover in by_type})
    return TimelineCounts(
        title=title, by=by, periods=ordered,
        plover={t: [by_type[p, t] for p in ordered] for t in types},
        cooperation=[sides[p, "cooperation"] for p in ordered],
        conflict=[sides[p, "conflict"] for p in ordered],
    )


def figure(counts: TimelineCounts):
    """Two panels sharing the periods: stacked bars by PLOVER type; cooperation and conflict lines."""
    try:
        import matplotlib
    except ImportError:
        raise ImportError("charts need matplotlib: pip install 'newsgraph[plot]'") from None
    matplotlib.use("Agg")  # no display needed
    from matplotlib.figure import Figure

    fig = Figure(figsize=(10, 6.5), layout="constrained")
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    x = range(len(counts.periods))
    base = [0] * len(counts.periods)
    colours = matplotlib.colormaps["tab20"]
    for index, (plover, values) in enumerate(counts.plover.items()):
        top.bar(x, values, bottom=base, label=plover, color=colours(index % 20))
        base = [b + v for b, v in zip(base, values)]
    top.set_ylabel("events")
    top.set_title(counts.title or "events")
    top.legend(title="PLOVER type", fontsize=8, ncols=2, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    bottom.plot(x, counts.cooperation, marker="o", color="#2E86C1", label="cooperation (CAMEO 01-08)")
    bottom.plot(x, counts.conflict, marker="o", color="#C0392B", label="conflict (CAMEO 09-20)")
    bottom.set_ylabel("events")
    bottom.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    bottom.set_xticks(list(x), counts.periods, rotation=45, ha="right")
    bottom.set_xlabel(counts.by)
    for axes in (top, bottom):
        axes.yaxis.get_major_locator().set_params(integer=True)
    return fig


def write_chart(counts: TimelineCounts, path: str | Path) -> None:
    """Write the chart as .png or .html (ValueError for another suffix or nothing to plot)."""
    path = Path(path)
    if not counts.periods:
        raise ValueError("no dated events to plot for this actor (see: newsgraph query run timeline ...)")
    if path.suffix not in (".png", ".html"):
        raise ValueError(f"the chart is written as .png or .html, not {path.suffix or 'a file without suffix'}")
    fig = figure(counts)
    if path.suffix == ".png":
        fig.savefig(path, dpi=110)
        return
    svg = io.StringIO()
    fig.savefig(svg, format="svg")
    data = json.dumps(counts.to_json(), ensure_ascii=False).replace("<", "\\u003c")
    path.write_text(PAGE.format(title=html.escape(counts.title), svg=svg.getvalue().split("?>", 1)[-1], data=data))


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<script type="application/json" id="timeline-data">{data}</script></head>
<body style="font-family:sans-serif;margin:12px">
{svg}
<p style="font-size:12px;color:#555">Events per period from the canned timeline query; events reported as not
having happened are not counted. The counts are in the JSON block timeline-data of this page.</p>
</body></html>
"""
