"""The dependency tree of a parsed document, read once: spaCy makes a new Token object at every
`doc[i]`, `.head` and `.children` (and `.children` scans the whole subtree for the few tokens it
yields), and the rules ask for the same words again and again.

Only the document asked about last is kept (a strong reference, so a new document can never be taken
for it): one document is extracted at a time, and a rule never changes a parse's heads."""

from __future__ import annotations

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


def token_at(doc: Doc, i: int) -> Token:
    """doc[i] for 0 <= i < len(doc), made once a document."""
    return _tree(doc)[1][i]
