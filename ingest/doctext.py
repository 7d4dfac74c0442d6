"""The text of a parsed document, joined once: Doc.text joins every token's text again on each call."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.ingest.doctree import tokens_of


def doc_text(doc: Doc) -> str:
    """doc.text, kept in the document's user_data after the first call (a doc's text never changes)."""
    text = doc.user_data.get("newsgraph_text")
    if text is None:
        # doc.text is this join, over Token objects made anew: doctree's are made once anyway
        text = doc.user_data["newsgraph_text"] = "".join([t.text_with_ws for t in tokens_of(doc)])
    return text
