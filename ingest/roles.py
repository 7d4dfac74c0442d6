"""Roles people hold, read from titles and appositions: "Russian Deputy Foreign Minister Andrey
Rudenko", "Jens Stoltenberg, NATO's secretary-general", "the defense minister, Kim Yong-hyun".

`find_titles` reads them off one parsed article (before resolution); resolve.py uses them to tell
which person "the South Korean defense minister" is, and `holds_role` turns them into HOLDS_ROLE
relations once every mention has its actor.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from newsgraph.ingest.doctree import children_of
from newsgraph.ingest.mentions import DocumentMentions, Nominal, role_of
from newsgraph.ingest.records import Relation
from newsgraph.schema import role_words

TITLE_GLUE = {"of", "to", "for", "-", "'s", "’s", "the"}  # words inside a title: "Ambassador to South Korea"
POSTING_PREPS = {"to", "in", "at"}  # "Ambassador to South Korea": the country posted to, not the employer


@dataclass(frozen=True)
class Title:
    """A role written beside a person's name in one sentence."""

    person: int  # mention index of the person named
    role: Nominal  # role words, rank, owner mention, current
    theme: str  # the title as written, role words in lower case: "deputy foreign minister"
    sentence: str
    nominal: int | None = None  # the role phrase's own mention, for an apposition
    written: bool = True  # False for a counterpart's role, which the text implies but does not write
    text: str = ""  # the title as written before the name: "Velmora chief executive"


def find_titles(doc: Doc, found: DocumentMentions) -> list[Title]:
    """Titles before names and role phrases in apposition to names, in text order."""
    titles = []
    for index, mention in enumerate(found.mentions):
        if mention.label != "Person" or index in found.nominals:
            continue
        titles += [t for t in (_title_before(doc, found, index), _apposition(doc, found, index)) if t is not None]
    return _counterparts(titles)


def _title_before(doc: Doc, found: DocumentMentions, index: int) -> Title | None:
    """ "Minister of National Defense Kim Yong-hyun": the run of title words just before a name."""
    mention = found.mentions[index]
    words = role_words()
    start = mention.start
    while start > 0:
        token = doc[start - 1]
        if not (_owner_token(found, token) or _title_word(token) or token.lower_ in TITLE_GLUE):
            break
        start -= 1
    while start < mention.start and doc[start].lower_ in TITLE_GLUE:
        start += 1
    span = doc[start:mention.start]
    heads = [t for t in span if words.canonical(t.lower_) in words.heads and not found.is_name(t.i)]
    if not heads:
        return None
    nominal = found.by_token.get(heads[-1].i)  # "Turkey's foreign minister Hakan Fidan": a role phrase too
    return _title(found, index, span, heads[-1], nominal if nominal in found.nominals else None)


def _title_word(token: Token) -> bool:
    words = role_words()
    word = words.canonical(token.lower_)
    return (word in words.heads or word in words.modifiers or word in words.ranks
            or token.lower_ in words.not_current or token.lower_ in words.honorifics)


def _apposition(doc: Doc, found: DocumentMentions, index: int) -> Title | None:
    """ "Jens Stoltenberg, NATO's secretary-general" and "the envoy, Dmytro Ponomarenko"."""
    mention = found.mentions[index]
    words = role_words()
    root = doc[mention.start:mention.end].root
    partners = [c for c in children_of(root) if c.dep_ == "appos"]
    if root.dep_ == "appos":
        partners.append(root.head)
    for head in partners:
        if words.canonical(head.lemma_) not in words.heads or head.i in range(mention.start, mention.end):
            continue
        if _names_someone_else(found, head, index):
            continue  # "Yoon, National Security Adviser Shin": the title is Shin's
        end = head.i + 1
        while end + 1 < len(doc) and doc[end].text == "-" and _title_word(doc[end + 1]):
            end += 2  # "secretary" "-" "general"
        return _title(found, index, doc[head.left_edge.i:end], head, found.by_token.get(head.i))
    return _comma_apposition(doc, found, index)


def _comma_apposition(doc: Doc, found: DocumentMentions, index: int) -> Title | None:
    """ "Rep. Kang Dae-sik, deputy chair of the committee, said": read off the words where the
    parse missed the apposition: a name, a comma, role words ending in a role noun."""
    words = role_words()
    start = found.mentions[index].end + 1
    if start >= len(doc) or doc[start - 1].text != ",":
        return None
    end = start
    while end < len(doc) and (_title_word(doc[end]) or doc[end].lower_ in TITLE_GLUE - {"of", "to", "for"}
                              or found.by_token.get(doc[end].i) is not None and not found.is_name(doc[end].i)
                              or _owner_token(found, doc[end])):
        end += 1
    heads = [t for t in doc[start:end] if words.canonical(t.lower_) in words.heads]
    if not heads or heads[-1].i != end - 1:
        return None
    nominal = found.by_token.get(heads[-1].i)
    return _title(found, index, doc[start:end], heads[-1], nominal if nominal in found.nominals else None)


def _owner_token(found: DocumentMentions, token: Token) -> bool:
    index = found.by_token.get(token.i)
    return index is not None and found.mentions[index].label in ("Country", "Organization")


def _names_someone_else(found: DocumentMentions, head: Token, person: int) -> bool:
    for token in head.subtree:
        other = found.by_token.get(token.i)
        if other is not None and other != person and found.mentions[other].label == "Person" and other not in found.nominals:
            return True
    return False


def _title(found: DocumentMentions, person: int, span, head: Token, nominal: int | None) -> Title:
    role = role_of(span, head, found)
    owner = _owner(found, span, head)
    theme = _theme(found, _role_tokens(found, span, head), owner)
    start = span.start
    if owner is not None and 0 <= span.start - found.mentions[owner].end <= 1:  # "Velmora('s) chief executive"
        start = found.mentions[owner].start
    return Title(person, replace(role, owner=owner), theme, head.sent.text.strip(), nominal,
                 text=span.doc[start:span.end].text)


def _role_tokens(found: DocumentMentions, span, head: Token) -> list[Token]:
    """The title's words and an "of" or "to" phrase after its head ("ambassador to Australia"),
    up to the next person's name."""
    tokens = list(span)
    for token in (t for c in children_of(head) if c.dep_ == "prep" and c.lower_ in ("of", "to") for t in c.subtree):
        index = found.by_token.get(token.i)
        if token.i >= span.end and (index is None or found.mentions[index].label != "Person"):
            tokens.append(token)
    return sorted(tokens, key=lambda t: t.i)


def _owner(found: DocumentMentions, span, head: Token) -> int | None:
    """The country or organisation the role belongs to: "Russian", "NATO's", "of the Assembly"."""
    for token in _role_tokens(found, span, head):
        index = found.by_token.get(token.i)
        if index is None or found.mentions[index].label not in ("Country", "Organization"):
            continue
        start = found.mentions[index].start
        if start > 0 and token.doc[start - 1].lower_ in POSTING_PREPS:
            continue
        return index
    return None


def _theme(found: DocumentMentions, tokens: list[Token], owner: int | None) -> str:
    """The role title as written, without its owner, determiners or "former"; role words lower case."""
    words = role_words()
    kept = []
    for token in tokens:
        index = found.by_token.get(token.i)
        if index is not None and index == owner:
            continue
        if token.tag_ == "POS" or token.dep_ == "det" and not kept or token.lower_ in words.not_current:
            continue
        if token.is_punct and token.text != "-":
            continue
        as_written = index is not None and not _title_word(token) and token.lower_ not in words.institution_heads
        text = token.text if as_written else token.lower_
        if text.endswith(".") and text in words.synonyms:
            text = words.synonyms[text]  # "Rep." -> "lawmaker"
        kept.append(text + token.whitespace_)
    words_kept = "".join(kept).split()
    while len(words_kept) > 1 and words_kept[0] in TITLE_GLUE:
        words_kept.pop(0)
    while len(words_kept) > 1 and words_kept[-1] in TITLE_GLUE:
        words_kept.pop()  # "leader of [the Democratic Party]"
    return " ".join(words_kept)


def _counterparts(titles: list[Title]) -> list[Title]:
    """ "his Ukrainian counterpart Rustem Umerov": the same role as the titled person before, in the
    counterpart's own country."""
    out = []
    for title in titles:
        if title.role.words == {"counterpart"}:
            model = next((t for t in reversed(out) if t.sentence == title.sentence and t.role.words != {"counterpart"}), None)
            if model is None:
                continue
            title = Title(title.person, replace(model.role, owner=title.role.owner), model.theme, title.sentence,
                          written=False)
        out.append(title)
    return out


def from_role_phrase(doc: Doc, found: DocumentMentions, nominal: int, person: int) -> Title:
    """ "the Ukrainian defense minister", once known to be a named person, is a title of theirs."""
    mention = found.mentions[nominal]
    head = doc[mention.end - 1]
    span = doc[mention.start:mention.end]
    role = found.nominals[nominal]
    return Title(person, role, _theme(found, _role_tokens(found, span, head), role.owner), head.sent.text.strip())


def holds_role(titles: list[Title], ids: list[str | None], published: str | None) -> list[Relation]:
    """HOLDS_ROLE from each person to the country or organisation of a current title as written;
    one per person, owner and role."""
    relations: dict[tuple, Relation] = {}
    for title in titles:
        person, owner = ids[title.person], ids[title.role.owner] if title.role.owner is not None else None
        if not (person and owner and person.startswith("person:") and title.role.current and title.written):
            continue
        if owner.split(":", 1)[0] not in ("country", "organization"):
            continue
        key = (person, owner, title.role.words | title.role.ranks)
        relations.setdefault(key, Relation(
            source=person, target=owner, type="HOLDS_ROLE", plover=None, cameo=None, theme=title.theme,
            sentence=title.sentence, date=published, confidence=0.8,
        ))
    # "the Turkish minister" adds nothing to "Turkey's foreign minister" for the same person.
    return [relation for (person, owner, words), relation in relations.items()
            if not any(p == person and o == owner and words < other for p, o, other in relations)]
