"""The dependency tree of a parsed document, read once: spaCy makes a new Token object at every
`doc[i]`, `.head` and `.children` (and `.children` scans the whole subtree for the few tokens it
yields), and the rules ask for the same words again and again.

Only the document asked about last is kept (a strong reference, so a new document can never be taken
for it): one document is extracted at a time, and a rule never changes a parse's heads."""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

_last: tuple = (None, (), (), ())  # (doc, its tokens, the head and the children of each), swapped whole


def _tree(doc: Doc) -> tuple:
    tree = _last
    if tree[0] is not doc:
        tree = _read(doc)
    return tree


def _read(doc: Doc) -> tuple:
    global _last
    tokens = tuple(doc)
    offsets = doc.to_array(HEAD).astype("int64").tolist()  # each head's offset from its token (unsigned in spaCy)
    heads = tuple(tokens[i + offset] for i, offset in enumerate(offsets))
    children: list[list[Token]] = [[] for _ in tokens]
    for token, head in zip(tokens, heads):  # in order: as Token.children gives them (lefts, then rights)
        if head is not token:
            children[head.i].append(token)
    _last = tree = (doc, tokens, heads, tuple(map(tuple, children)))
    return tree


def children_of(token: Token) -> tuple[Token, ...]:
    """token.children, as a tuple made once a document."""
    return _tree(token.doc)[3][token.i]


def head_of(token: Token) -> Token:
    """token.head, made once a document."""
    return _tree(token.doc)[2][token.i]


def tokens_of(doc: Doc) -> tuple[Token, ...]:
    """tuple(doc), made once a document."""
    return _tree(doc)[1]


def ancestors_of(token: Token):
    """token.ancestors: the heads above the token up to its sentence's root, nearest first."""
    heads = _tree(token.doc)[2]
    current = token
    while (above := heads[current.i]) is not current:
        yield above
        current = above


def in_subtree(token: Token, top: Token) -> bool:
    """token in top.subtree, by climbing from the token to its root (spaCy's subtree makes a Token of
    every word under top): top is the token itself or one of its heads."""
    if top.doc is not token.doc:
        return False
    heads, target, i = _tree(token.doc)[2], top.i, token.i
    while i != target:
        above = heads[i].i
        if above == i:
            return False
        i = above
    return True


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The start and the end of each of doc.sents, found once a document (kept in its user_data)."""
    bounds = doc.user_data.get("newsgraph_sentence_bounds")
    if bounds is None or bounds[2] != len(doc):
        starts, ends = [], []
        for sent in doc.sents:
            starts.append(sent.start)
            ends.append(sent.end)
        bounds = doc.user_data["newsgraph_sentence_bounds"] = (starts, ends, len(doc))
    return bounds[0], bounds[1]


def sentence_start(doc: Doc, i: int) -> int:
    """doc[i].sent.start, without walking to it."""
    starts = sentence_bounds(doc)[0]
    return starts[bisect_right(starts, i) - 1]


def token_at(doc: Doc, i: int) -> Token:
    """doc[i] for 0 <= i < len(doc), made once a document."""
    return _tree(doc)[1][i]
