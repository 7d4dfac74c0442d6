"""Evidence spans on relations: source_mention, target_mention and trigger point at the document text."""

from __future__ import annotations

from newsgraph.ingest.pipeline import extract_text
from newsgraph.ingest.write import fact_properties


def extracted(text: str):
    return extract_text(text)


def test_spans_are_character_offsets_into_the_article_text():
    document = extracted("Trade talks went on.\n\nGhana warned Togo on Monday. Mali and Niger condemned Chad.")
    events = [r for r in document.relations if r.plover]
    assert {(r.source_mention["text"], r.trigger["text"], r.target_mention["text"]) for r in events} >= {
        ("Ghana", "warned", "Togo"), ("Mali", "condemned", "Chad"), ("Niger", "condemned", "Chad")}
    for relation in events:
        for span in (relation.source_mention, relation.target_mention, relation.trigger):
            assert document.article.text[span["start"]:span["end"]] == span["text"]


def test_graph_properties_flatten_the_spans():
    relation = next(r for r in extracted("Ghana warned Togo.").relations if r.type == "WARNED")
    properties = fact_properties(relation, "test.txt")
    assert (properties["trigger"], properties["source_text"], properties["target_text"]) == ("warned", "Ghana", "Togo")
    assert properties["trigger_start"] == 6 and properties["trigger_end"] == 12
    assert not any(isinstance(value, dict) for value in properties.values())
