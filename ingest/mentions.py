"""Stage 3a: find the stretches of text that name actors (before deciding which actor each is).

Three kinds of mention, each a `Mention` in `DocumentMentions.mentions`:
- names: the gazetteer's matches, spaCy's entities (typed and trimmed by the rules below) and
  person names spaCy missed;
- role phrases that stand for a person: "the envoy", "the South Korean defense minister",
  "NATO's secretary-general" (label Person, details in `DocumentMentions.nominals`);
- personal pronouns;
- agents: a group noun with a sector ("Ukrainian police", "UN peacekeepers", "protesters in Kyiv",
  "senior officials"; schema/agents.toml), with the mention of the country or organisation it
  belongs to, if the text gives one (label Agent, details in `DocumentMentions.agents`);
- a person's country: "his country", "her government", "Yoon's government", "the Yoon
  administration", and "the country" (label Country; whose country in `DocumentMentions.country_of`,
  decided in resolve.py).
`DocumentMentions.found_by` says which rule found each mention (shown by `newsgraph extract`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from newsgraph.ingest.doctext import doc_text
from newsgraph.ingest.doctree import children_of, sentence_start, token_at
from newsgraph.ingest.headline import headline_span, in_headline, title_case
from newsgraph.ingest.records import Mention
from functools import cache

from newsgraph.schema import agent_words, gazetteer, language, name_words, role_words, vocabulary

# spaCy's entity labels and the project's entity types. Gazetteer matches already carry a project type.
NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "NORP": "Group", "LOC": "Place", "FAC": "Place"}
PRONOUNS = {"he", "she", "him", "her", "his"}
FIRST_PERSON = {"i", "me"}  # a speaker's own words name the speaker so, inside a quotation
FIRST_PERSON_PLURAL = {"we", "us"}  # and the body the speaker speaks for
POSSESSIVE_ENDINGS = {"'s", "’s", "'", "’"}
EDGE_WORDS = {"and", "or", "of", "the", "a", "an", "'s", "’s"}  # never the first or last word of a name
COMPASS = {"north", "south", "east", "west"}
NAME_PARTICLES = {"von", "van", "der", "den", "de", "du", "la", "le", "bin", "ibn", "al", "el", "da", "dos", "del", "di"}
DETERMINERS = {"the", "this", "that"}


@dataclass(frozen=True)
class Nominal:
    """A role phrase standing for a person: its role words and whose role it is."""

    words: frozenset[str]  # canonical role words: {"defense", "minister"}
    ranks: frozenset[str]  # {"deputy"}: must agree with the person's title
    owner: int | None  # mention index of the country or organisation: "South Korean", "NATO's"
    current: bool  # False for "the former president"


@dataclass(frozen=True)
class AgentPhrase:
    """A group noun standing for an agent: its sector and whose it is."""

    sector: str  # "police", from schema/agents.toml
    anchor: int | None  # mention index of the country or organisation: "Ukrainian", "of the UN"


@dataclass
class DocumentMentions:
    """Every actor mention in one doc, and which token belongs to which mention."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, int] = field(default_factory=dict)
    nominals: dict[int, Nominal] = field(default_factory=dict)  # mention index -> its role
    # "the ministry", "the party": mention index -> the head word of the organisation it points back to
    back_references: dict[int, str] = field(default_factory=dict)
    found_by: dict[int, str] = field(default_factory=dict)  # mention index -> the rule that found it
    # "his country", "Yoon's government": mention index -> the mention of the person whose country it is
    # (None for "the country": the country named just before)
    country_of: dict[int, int | None] = field(default_factory=dict)
    agents: dict[int, AgentPhrase] = field(default_factory=dict)  # mention index -> its sector and anchor
    # '"I will fight on," he said': mention index of a first-person pronoun in a quotation -> its speaker's
    quoted_self: dict[int, int] = field(default_factory=dict)
    # '"We will cut taxes," the Tory leader said': a "we" in a quotation -> its speaker's mention
    quoted_group: dict[int, int] = field(default_factory=dict)

    def add(self, mention: Mention, rule: str) -> int:
        index = len(self.mentions)
        self.mentions.append(mention)
        self.found_by[index] = rule
        for i in range(mention.start, mention.end):
            self.by_token[i] = index
        return index

    def add_quoted_self(self, doc: Doc, speakers: dict[int, int]) -> None:
        """ "I" and "me" in a quotation whose speaker is known are that speaker (attribution.quote_speakers);
        "we" and "us" the body the speaker speaks for (resolve.py)."""
        for i, speaker in speakers.items():
            token = doc[i]
            if token.tag_ != "PRP" or i in self.by_token:
                continue
            if token.lower_ in FIRST_PERSON:
                self.quoted_self[self.add(Mention(token.text, i, i + 1, "Pronoun"), "first person in a quotation")] = speaker
            elif token.lower_ in FIRST_PERSON_PLURAL:
                self.quoted_group[self.add(Mention(token.text, i, i + 1, "Pronoun"), "we in a quotation")] = speaker

    def is_name(self, token_index: int) -> bool:
        """Whether the token is part of a name (not of a role phrase, a pronoun or a person's country)."""
        index = self.by_token.get(token_index)
        return index is not None and self.is_named(index)

    def is_named(self, index: int) -> bool:
        """Whether a mention is a name, not a role phrase, a pronoun or a person's country."""
        return index not in self.nominals and index not in self.country_of and self.mentions[index].label != "Pronoun"


def find_mentions(doc: Doc) -> DocumentMentions:
    """Names (gazetteer, spaCy's NER, recovered person names), role phrases and pronouns."""
    found = DocumentMentions()
    for span in _names_beside_roles(doc):
        found.add(Mention(span.text, span.start, span.end, "Person"), "name with a role beside it")
    doc.ents = _with_country_led_names([ent for ent in doc.ents if not _names_its_members(ent)])
    ents = doc.ents  # built once: each read of doc.ents makes every span again
    alone = {ent.text for ent in ents}
    for ent in ents:
        typed = _typed_name(ent)
        if typed is not None and not any(i in found.by_token for i in range(typed[0].start, typed[0].end)):
            for part in _split_joined(doc, typed[0], alone):
                found.add(part, typed[1] if part == typed[0] else typed[1] + " (two names joined: split)")
    _retype_people(doc, found)
    _retype_lone_names(doc, found)
    _add_missed_person_names(doc, found)
    _drop_named_things(doc, found)
    _add_designated_weapons(doc, found)
    _add_role_phrases(doc, found)
    _add_institution_phrases(doc, found)
    for token in _tokens_whose(doc, LOWER, PRONOUNS.__contains__):
        if token.i not in found.by_token:
            found.add(Mention(token.text, token.i, token.i + 1, "Pronoun"), "pronoun")
    _add_country_references(doc, found)
    _add_agent_phrases(doc, found)
    _trim_headline_names(doc, found)
    return found


# --- names -------------------------------------------------------------------------------------

# Prepositions no person's name contains (unlike "of", "de" or "bin"): a name running over one in a
# headline has swallowed the headline's verb and what follows it.
HEADLINE_PREPOSITIONS = {"to", "in", "on", "at", "with", "by", "from", "into", "onto", "after", "over", "as", "for"}


def _headline_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of lines written in title case ("AMD Acquires SeaMicro In Bold Move"): a headline,
    where every word is capitalised and spaCy glues verbs onto names. Found once a document (kept in
    its user_data): the names and the headline trim both ask."""
    memo = doc.user_data.get("newsgraph_headline_tokens")
    if memo is None:
        memo = doc.user_data["newsgraph_headline_tokens"] = frozenset(_title_case_lines(doc))
    return memo


def _title_case_lines(doc: Doc) -> set[int]:
    tokens, start = set(), 0
    for line in doc_text(doc).split("\n"):
        end = start + len(line)
        if title_case(line.split()):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                tokens |= {t.i for t in span}
        start = end + 1
    return tokens


def _trim_headline_names(doc: Doc, found: DocumentMentions) -> None:
    """A name in a headline is the longest run of its words the article names in its text
    ("Lindsay Lohan Checks Into Rehab" -> "Lindsay Lohan"), else it ends with the last of its words
    the text writes capitalised ("Marta Quell Checks Into ..." and "Quell said" -> "Marta Quell")."""
    headline = _headline_tokens(doc)
    if not headline:
        return
    body_names = {m.text for m in found.mentions if m.start not in headline}
    body_words = {t.text for t in doc if t.i not in headline and (t.is_title or t.is_upper)}
    for index, mention in enumerate(found.mentions):
        if mention.start not in headline or mention.key or mention.end - mention.start < 2 or not found.is_named(index):
            continue
        start, end = _headline_trim(doc, mention, body_names, body_words)
        if (start, end) == (mention.start, mention.end):
            continue
        for i in range(mention.start, mention.end):
            if not start <= i < end and found.by_token.get(i) == index:
                del found.by_token[i]
        found.mentions[index] = replace(mention, text=doc[start:end].text, start=start, end=end)
        found.found_by[index] += " (headline words cut off)"


def _headline_trim(doc: Doc, mention: Mention, body_names: set[str], body_words: set[str]) -> tuple[int, int]:
    for length in range(mention.end - mention.start - 1, 0, -1):
        for start in range(mention.start, mention.end - length + 1):
            if doc[start:start + length].text in body_names:
                return start, start + length
    known = [i for i in range(mention.start, mention.end) if doc[i].text in body_words]
    if known:
        return mention.start, known[-1] + 1
    return _before_headline_verb(doc, mention)


def _before_headline_verb(doc: Doc, mention: Mention) -> tuple[int, int]:
    """A person's name never runs over a preposition: in "Marta Quell Checks Into Clinic" the word
    before "Into" is the headline's verb, and the name is what comes before it (at least two words)."""
    if mention.label != "Person":
        return mention.start, mention.end
    for i in range(mention.start + 3, mention.end):
        if doc[i].lower_ in HEADLINE_PREPOSITIONS:
            return mention.start, i - 1
    return mention.start, mention.end



JOINERS = {"/", "-", "–", "—"}


def _split_joined(doc: Doc, mention: Mention, alone: set[str]) -> list[Mention]:
    """Two names spaCy ran together are two mentions: joined by a verb ("Hearn acquires Velmora",
    a headline's lower-case verb is never part of a name) or by a spaced "/" or "-" where the article
    writes one of the parts as a name on its own ("Hearn - Velmora" beside "Velmora said")."""
    if mention.key or mention.label not in ("Organization", "Person", "Place") or mention.end - mention.start < 3:
        return [mention]
    cuts = []
    for i in range(mention.start + 1, mention.end - 1):
        token = doc[i]
        if token.is_lower and token.is_alpha and token.pos_ == "VERB":
            cuts.append(i)
        elif token.text in JOINERS and doc[i - 1].whitespace_ and token.whitespace_:
            cuts.append(i)
        elif token.lower_ in COORDINATORS and _lists_names(doc, mention, i, alone):
            cuts.append(i)
    if not cuts:
        return [mention]
    parts, start = [], mention.start
    for cut in [*cuts, mention.end]:
        span = doc[start:cut]
        if span.text and any(t.text[:1].isupper() for t in span):
            parts.append(span)
        start = cut + 1
    verb = any(doc[c].is_alpha for c in cuts)
    if len(parts) < 2 or not (verb or any(p.text in alone or doc.text.count(p.text) > 1 for p in parts)):
        return [mention]
    return [Mention(p.text, p.start, p.end, mention.label) for p in parts]


COORDINATORS = {"and", "&"}
NAME_INNER_GLUE = {"of", "for", "on", "de"}  # "Office of Management and Budget" is one name


def _lists_names(doc: Doc, mention: Mention, cut: int, alone: set[str]) -> bool:
    """ "Dell and Tyan", "Locke and Salazar": a name spaCy ran over an "and" is two names where the
    article also writes each side as a name of its own and they differ ("Johnson & Johnson" is one); a name with
    "of" in it ("Office of Management and Budget") or a side the parse does not conjoin is one."""
    left, right = doc[mention.start:cut], doc[cut + 1:mention.end]
    if not left.text or not right.text or left.text == right.text:
        return False
    if any(t.lower_ in NAME_INNER_GLUE for t in doc[mention.start:mention.end]):
        return False
    if not any(t.dep_ == "conj" and t.head.i in range(left.start, left.end) for t in right):
        return False
    return all(side.text in alone for side in (left, right))


def _typed_name(ent: Span) -> tuple[Mention, str] | None:
    """The mention an entity span makes, with the rule that typed it; None when it names no actor."""
    if ent.ent_id_:
        return _gazetteer_name(ent)
    entity_type = NER_TYPES.get(ent.label_)
    if entity_type is None:
        return None
    span = _trim(ent)
    if span is None:
        return None
    span = _without_gerund(span)
    rule = f"ner {ent.label_}"
    if entity_type in ("Person", "Organization") and _names_a_thing(span):
        return None  # "the Hale Act": the act, not Hale
    if entity_type == "Organization" and _seat_member(ent, span):
        return None  # "the Mid-Wessex MP": a person, found as a role phrase
    if entity_type == "Group" and _is_modifier(span):
        return None  # "the Korean government": an adjective, not a group that acts
    if entity_type == "Organization" and _ends_in_post_nominal(span):
        entity_type, rule = "Person", rule + " -> Person (letters after a name)"
    if entity_type == "Person":
        span = _without_trailing_verb(span)
        span = _without_honorifics(span)
        if span is None:
            return None
        span = _with_untagged_given_name(_with_particle_tail(_with_hyphenated_tail(span)))
    if entity_type == "Organization":
        span = _without_title_tail(_with_institution_head(span))
        span = _without_lower_tail(span)
        if all(role_words().canonical(t.lower_) in role_words().modifiers for t in span):
            return None  # "Minister of National Defense": a title's words, not an organisation
        if span[-1].lower_ in role_words().facility_heads:
            entity_type, rule = "Place", "facility name -> Place"
    key = _ellipsis_key(span)
    if key:
        return Mention(span.text, span.start, span.end, gazetteer()[key].type, key), "ellipsis (North and South Korea)"
    return Mention(span.text, span.start, span.end, entity_type), rule


def _names_beside_roles(doc: Doc) -> list[Span]:
    """ "Choe Son Hui, North Korea's foreign minister," and "the envoy, Dmytro Ponomarenko,": proper
    nouns in apposition to a role name a person, whatever spaCy tagged them."""
    words = role_words()
    spans = []
    appositions = (doc.to_array(DEP) == doc.vocab.strings["appos"]).nonzero()[0].tolist()  # one array operation
    for token in (token_at(doc, i) for i in appositions):
        if token.head.i == token.i:
            continue
        role, name = (token, token.head) if words.canonical(token.lemma_) in words.heads else (token.head, token)
        if words.canonical(role.lemma_) not in words.heads or name.pos_ != "PROPN":
            continue
        span = doc[name.left_edge.i:name.i + 1]
        if any(t.ent_type_ == "PERSON" for t in span):
            continue  # spaCy has the name already, perhaps longer ("Shin Won-sik")
        if all(t.pos_ == "PROPN" and t.is_title and not t.ent_id_ and t.lower_ not in words.honorifics for t in span):
            spans.append(span)
    return spans


def _with_country_led_names(ents: list[Span]) -> list[Span]:
    """ "China Eastern Airlines": a country's name written as the first word of an organisation's name
    (spaCy tags the rest, "Eastern Airlines", after the gazetteer took the country) is part of that
    name, not the country; a generic body after its country ("Ukraine Defense Ministry") is left to
    be told apart by it (resolve.py)."""
    words = role_words()
    out: list[Span] = []
    headline = _headline_tokens(ents[0].doc) if ents else set()
    for ent in ents:
        before = out[-1] if out else None
        if (before is not None and ent.label_ == "ORG" and not ent.ent_id_ and before.ent_id_
                and before.end == ent.start and len(before) == 1 and before[0].dep_ == "compound"
                and gazetteer()[before.ent_id_].type == "Country" and before[0].whitespace_
                and not all(t.lower_ in words.institution_heads | words.modifiers for t in ent)):
            out[-1] = Span(ent.doc, before.start, ent.end, label="ORG")
            continue
        if ent.start in headline:  # "China Slams US Tariffs": every word of a title-case line is capitalised
            out.append(ent)
            continue
        start = _name_before_country(ent, before)
        end = _name_after_country(ent)
        if end is not None and start is None:
            for token in ent:
                token.ent_id_ = ""
            out.append(Span(ent.doc, ent.start, end, label="ORG"))
            continue
        if start is not None:
            if before is not None and before.start == start:
                out.pop()
            for token in ent:
                token.ent_id_ = ""  # the span's id is its root's: the organisation is not the country
            out.append(Span(ent.doc, start, ent.end, label="ORG"))
            continue
        out.append(ent)
    return out


def _name_after_country(ent: Span) -> int | None:
    """ "China Eastern Airlines" where spaCy tagged none of "Eastern Airlines": untagged proper
    names after a country that the country is a compound of name an organisation; a body's or a
    title's words ("Ukraine Defense Ministry", "US President") never do. Its end, or None."""
    if not ent.ent_id_ or len(ent) != 1 or gazetteer()[ent.ent_id_].type != "Country" or ent[0].dep_ != "compound":
        return None
    doc, words = ent.doc, role_words()
    skip = words.heads | words.ranks | words.honorifics | words.occupations | words.modifiers | words.institution_heads
    end, sent_end = ent.end, ent.sent.end
    while (end < sent_end and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].ent_type_
           and words.canonical(doc[end].lower_) not in skip and doc[end - 1].whitespace_):
        end += 1
    head = doc[end - 1]
    if end == ent.end or ent[0].head.i not in range(ent.end, end) or head.head.i in range(ent.start, end - 1):
        return None
    return end


NAME_TAGS = {"", "ORG", "GPE", "PERSON", "FAC"}  # not NORP: "Nazi Germany" is the country


def _name_before_country(ent: Span, before: Span | None) -> int | None:
    """ "Air China", "Garuda Indonesia": proper names written right before a country's name, as
    compounds of it, name an organisation called after the country (an airline, a team), not the
    country; a title ("President"), a word of a body ("National") or a known name never does. The
    start of that organisation's name, or None."""
    if not ent.ent_id_ or len(ent) != 1 or gazetteer()[ent.ent_id_].type != "Country":
        return None
    doc, words = ent.doc, role_words()
    skip = words.heads | words.ranks | words.honorifics | words.occupations  # "Air" may begin an airline
    start, sent_start = ent.start, sentence_start(doc, ent.start)
    while start > sent_start:
        token = doc[start - 1]
        if (token.pos_ != "PROPN" or not token.text[:1].isupper() or token.dep_ != "compound"
                or token.head.i not in range(start, ent.end) or not token.whitespace_ or token.ent_id_
                or token.ent_type_ not in NAME_TAGS or words.canonical(token.lower_) in skip
                or token.lower_ in DETERMINERS):
            break
        if token.ent_type_ and (before is None or before.end != start or before.ent_id_):
            break  # the start of a name spaCy tagged is the start of the tag
        start = before.start if token.ent_type_ else start - 1
    return start if start < ent.start else None


def _names_its_members(ent: Span) -> bool:
    """ "the alliance between Chile and Peru" is not the alliance a contextual name means (NATO): it
    is an event between the actors it names."""
    entry_id = ent.ent_id_
    if not entry_id or not (names := _contextual_names(entry_id)) or ent.text not in names:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(ent.root))


@cache
def _contextual_names(entry_id: str) -> frozenset[str]:
    """An entry's contextual names, also with "The" at the start of a sentence: found once an entry."""
    contextual = gazetteer()[entry_id].contextual
    return frozenset(contextual + tuple("The " + c[4:] for c in contextual if c.startswith("the ")))


def _gazetteer_name(ent: Span) -> tuple[Mention, str]:
    entry = gazetteer()[ent.ent_id_]
    end = ent.end
    if entry.type == "Weapon":
        end = _designator_end(ent)
    if end > ent.end:  # "Hwasong-17" is its own weapon, not the Hwasong family
        text = ent.doc[ent.start:end].text
        return Mention(text, ent.start, end, "Weapon"), "gazetteer weapon + designator"
    if entry.type == "Person" and _other_given_name(ent, entry):
        span = ent.doc[ent.start - 1:ent.end]  # "Ivanka Trump" is not Donald Trump
        return Mention(span.text, span.start, span.end, "Person"), "another given name before a known surname"
    return Mention(ent.text, ent.start, ent.end, entry.type, ent.ent_id_), "gazetteer"


def _other_given_name(ent: Span, entry) -> bool:
    if len(ent) != 1 or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    words = role_words()
    known = {w.lower() for name in (entry.name, *entry.aliases) for w in name.split()}
    return (before.pos_ == "PROPN" and before.is_title and not before.ent_type_ and before.lower_ not in known
            and before.lower_ not in words.honorifics and not _role_word(before) and before.is_alpha)


def _designator_end(ent: Span) -> int:
    """The end of "-17", "-II", "-M" written after a weapon's family name."""
    doc, end = ent.doc, ent.end
    if end + 1 < len(doc) and doc[end].text in ("-", "–") and not doc[end].whitespace_:
        if doc[end + 1].is_digit or doc[end + 1].text.isupper():
            return end + 2
    if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text.startswith("-") and len(doc[end]) > 1:
        return end + 1
    return end


NAMED_THINGS = frozenset(language()["named_things"])
MEMBER_WORDS = frozenset(language()["member_words"])
NAME_RUN_GLUE = {"to", "the", "of", "on", "and", "for", "-"}


def _names_a_thing(span: Span) -> bool:
    """ "the Hale Act", "Lady Carr's Marriage Reform Bill", "Dubs' Succession to the Crown Bill": the
    run of capitalised words the name begins ends in a thing's word; not in a headline, where every
    word may be capitalised ("Blair Plan Attacked")."""
    doc = span.doc
    if in_headline(span[0]):
        return False
    i = span.end - 1 if span[-1].is_title and span[-1].lower_ in NAMED_THINGS else span.end
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    for token in doc[i:min(len(doc), i + 8)]:
        if token.is_title and token.lower_ in NAMED_THINGS:
            return True
        if not (token.is_title or token.lower_ in NAME_RUN_GLUE):
            return False
    return False


def _drop_named_things(doc: Doc, found: DocumentMentions) -> None:
    """A person's name found by any rule ("Lady Carr" after a title) that begins a thing's name
    ("Lady Carr's Marriage Reform Bill") is no actor; before role phrases and pronouns take indices."""
    dropped = {i for i, m in enumerate(found.mentions) if m.label == "Person" and not m.key
               and _names_a_thing(doc[m.start:m.end])}
    if dropped:
        kept = [(m, found.found_by[i]) for i, m in enumerate(found.mentions) if i not in dropped]
        found.mentions, found.found_by, found.by_token = [], {}, {}
        for mention, rule in kept:
            found.add(mention, rule)


def _seat_member(ent: Span, span: Span) -> bool:
    """ "the Mid-Wessex MP": a place and a member's letters after a determiner (not "Ann Berg MP")."""
    before = ent.doc[span.start - 1] if span.start > 0 else None
    return (len(span) >= 2 and span[-1].lower_ in MEMBER_WORDS and before is not None
            and before.lower_ in ("the", "a", "an", "this", "that"))


def _trim(ent: Span) -> Span | None:
    """Drop a leading "the", a trailing possessive and stray edge words: "the National Assembly's" ->
    "National Assembly", "North and" -> "North"."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ in EDGE_WORDS or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].lower_ in EDGE_WORDS | POSSESSIVE_ENDINGS or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].is_space or (doc[end - 1].is_punct and doc[end - 1].text not in ".")):
        end -= 1
    return doc[start:end] if end > start else None


def _without_honorifics(span: Span) -> Span | None:
    """ "President Yoon" -> "Yoon", "Rep. Lee Un-ju" -> "Lee Un-ju": a title is not part of a name."""
    words = role_words()
    start = span.start
    while start < span.end and (span.doc[start].lower_ in words.honorifics or span.doc[start].lower_ in words.heads
                                or span.doc[start].lower_ in words.occupations and start + 1 < span.end):
        start += 1
    if span.end - start == 1 and span.doc[start].is_upper and span.doc[start].lower_ in words.occupations:
        return None  # "WR" before a name spaCy tagged on its own: a playing position
    end = span.end
    while end - start > 1 and span.doc[end - 1].is_upper and span.doc[end - 1].lower_ in words.honorifics:
        end -= 1  # "Ann Berg MP", "Tom Hale QC": letters after a name
    return span.doc[start:end] if start < end else None


def _ends_in_post_nominal(span: Span) -> bool:
    """ "Ann Berg QC" tagged ORG: two or more capitalised words and post-nominal letters name a person."""
    *name, last = span
    return (len(name) >= 2 and last.is_upper and last.lower_ in role_words().post_nominals
            and all(t.is_title and t.is_alpha for t in name))


def _without_trailing_verb(span: Span) -> Span:
    """ "Howard - can" tagged PERSON: a modal or verb in lower case after the name is no part of it."""
    end = span.end
    last = end
    while last - span.start > 1 and span.doc[last - 1].is_lower and span.doc[last - 1].tag_ in ("MD", "VBZ", "VBD", "VBP"):
        last -= 1
        while last - span.start > 1 and span.doc[last - 1].text in ("-", "–", ","):
            last -= 1  # "Mr Howard - can he": the dash before it too
    return span.doc[span.start:last] if last < end else span


def _without_gerund(span: Span) -> Span:
    """ "Praising Ann Berg, he said": a sentence's first verb, capitalised, glued onto the name after it."""
    first = span[0]
    if (len(span) > 1 and first.is_sent_start and first.lower_.endswith("ing") and _verb_form(first.lower_)
            and not any(not t.is_sent_start for t in (span.doc[i] for i in tokens_written(span.doc, first.text)))):
        return span[1:]  # a surname ("Browning") comes back mid-sentence
    return span


@cache
def _verbs() -> frozenset[str]:
    """The verbs spaCy's lemmatizer knows, in their base form."""
    from newsgraph.ingest.nlp import load_pipeline
    return frozenset(load_pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])


def _verb_form(word: str) -> bool:
    """ "praising", "entering", "running": an -ing form of a known verb."""
    stem = word[:-3]
    return any(base in _verbs() for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""))


def _with_untagged_given_name(span: Span) -> Span:
    """ "Ka'Loni" + "Marie Flynn": spaCy leaves out some uncommon given names written with an
    apostrophe; a capitalised word of that shape just before a person's name, parsed as part of it,
    is the name's first word."""
    doc, start = span.doc, span.start
    if start == 0:
        return span
    before = doc[start - 1]
    inner = before.text.replace("’", "'")
    if (before.pos_ == "PROPN" and not before.ent_type_ and before.dep_ == "compound" and before.head.i in range(start, span.end)
            and "'" in inner[1:-1] and inner[0].isupper() and not _role_word(before)):
        return doc[start - 1:span.end]
    return span


def _with_hyphenated_tail(span: Span) -> Span:
    """ "Moon Jae" + "-in": spaCy splits some romanised given names at the hyphen."""
    doc, end = span.doc, span.end
    if (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
            and doc[end + 1].is_lower and not doc[end + 1].ent_type_):
        return doc[span.start:end + 2]
    return span


def _with_particle_tail(span: Span) -> Span:
    """ "Ursula von der" + "Leyen": a name cut after its particles takes the capitalised word after them."""
    doc, end = span.doc, span.end
    if span[-1].lower_ in NAME_PARTICLES and end < len(doc) and doc[end].is_title:
        return doc[span.start:end + 1]
    return span


def _is_modifier(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("amod", "compound", "nmod") and root.tag_ != "NNPS" and not root.text.endswith("s")


def _without_title_tail(span: Span) -> Span:
    """ "Boeing Executive" + "Vice President Scott Carson": the title's first words are no part of
    the organisation's name when the title goes on after it."""
    doc, end = span.doc, span.end
    if end >= len(doc) or not _role_word(doc[end]):
        return span
    while end > span.start + 1 and _role_word(doc[end - 1]) and doc[end - 1].lower_ not in role_words().institution_heads:
        end -= 1
    return doc[span.start:end]


def _without_lower_tail(span: Span) -> Span:
    """ "the Velmora Workers union", "the Ostra movement": a common noun written in lower case after
    an organisation's name says what it is, it is no part of the name (a legal form stays)."""
    end = span.end
    legal = name_words().legal_forms | name_words().corporate_words
    while end - span.start > 1 and span.doc[end - 1].is_lower and span.doc[end - 1].is_alpha \
            and span.doc[end - 1].lower_ not in legal and span.doc[end - 2].is_title:
        end -= 1
    return span.doc[span.start:end]


def _with_institution_head(span: Span) -> Span:
    """ "Defense" + "Ministry": extend an organisation over a capitalised institution word after it."""
    doc, end = span.doc, span.end
    heads = role_words().institution_heads
    while end < len(doc) and doc[end].is_title and doc[end].lower_ in heads and not doc[end].ent_type_:
        end += 1
    return doc[span.start:end]


def _ellipsis_key(span: Span) -> str | None:
    """ "North and South Korea": the bare "North" shares the following name's head ("Korea")."""
    doc = span.doc
    if len(span) != 1 or span[0].lower_ not in COMPASS or span.end + 1 >= len(doc):
        return None
    if doc[span.end].lower_ not in ("and", "or", "&"):
        return None
    following = [e for e in doc.ents if e.start == span.end + 1]
    if not following or len(following[0]) < 2 or following[0][0].lower_ not in COMPASS:
        return None
    name = f"{span.text} {following[0][1:].text}"
    return next((e.id for e in gazetteer().values() if name == e.name or name in e.aliases), None)


def _name_ends(found: DocumentMentions) -> set[str]:
    """The first and last words of the people named in full: "Lloyd Austin" may come back as "Austin",
    "Wang Yi" and "Choe Son Hui" (family name first) as "Wang" and "Choe"."""
    names = [m.text.split() for m in found.mentions if m.label == "Person" and len(m.text.split()) > 1]
    return {words[0] for words in names} | {words[-1] for words in names}


def _retype_people(doc: Doc, found: DocumentMentions) -> None:
    """Fix spaCy's person/non-person confusions with what the article itself says:
    a name after a title is a person ("German Chancellor Olaf Scholz" tagged ORG); a place, group
    or organisation written as the first or last word of a person named in full in the article is
    that person ("Lloyd Austin" ... "Austin" tagged GPE), unless the article writes it as an
    organisation ("the Likud party" beside "Jane Likud"); "the Houthis" tagged PERSON is a group."""
    name_ends = _name_ends(found)
    words = role_words()
    for index, mention in enumerate(found.mentions):
        if mention.key:
            continue
        before = doc[mention.start - 1] if mention.start > 0 else None
        after_title = before is not None and (before.lower_ in words.honorifics or words.canonical(before.lower_) in words.heads)
        surname = (len(mention.text.split()) == 1 and mention.text in name_ends
                   and not (mention.label == "Organization" and _written_as_organisation(doc, mention)))
        # "economics spokesman Vincent Cable": a role written in lower case before a name in capitals
        lower_role = (after_title and before.is_lower and len(mention.text.split()) > 1
                      and all(t.is_title for t in doc[mention.start:mention.end])
                      and doc[mention.end - 1].lower_ not in words.institution_heads)
        # "Mr Cable" tagged ORG: a surname honorific opens a person's name
        honorific_led = (mention.end - mention.start > 1 and doc[mention.start].lower_.rstrip(".") in SURNAME_HONORIFICS
                         and doc[mention.start + 1].is_title)
        if mention.label in ("Place", "Organization", "Group") and (after_title and before.is_title or lower_role or surname
                                                                    or honorific_led
                                                                    or _surname_used_alone(doc, found, mention)):
            name = _without_honorifics(doc[mention.start:mention.end]) or doc[mention.start:mention.end]
            for i in range(mention.start, name.start):
                found.by_token.pop(i, None)  # "Mr Cable" tagged ORG: the person is "Cable"
            found.mentions[index] = replace(mention, text=name.text, start=name.start, label="Person")
            found.found_by[index] += " -> Person (after a title or a surname in the article)"
        elif mention.label == "Person" and not surname and not after_title and _listed_with_places(doc, found, mention):
            found.mentions[index] = replace(mention, label="Place")
            found.found_by[index] += " -> Place (listed with places)"
        elif (mention.label == "Person" and before is not None and before.lower_ == "the"
              and mention.text.endswith("s") and doc[mention.end - 1].dep_ != "compound"):
            found.mentions[index] = replace(mention, label="Group")
            found.found_by[index] += " -> Group (a name after 'the' is no person)"


def _retype_lone_names(doc: Doc, found: DocumentMentions) -> None:
    """A one-word "person" with no person named in full around it, and never written after a title:
    letters with a digit or all capitals ("G7", "ABC") are an organisation; a word the article writes
    after a place preposition ("in Harrowby") or tags as a place is a place; one written only to
    modify a common noun ("the Ostfield years", "a Harrowby survey") is no actor at all."""
    name_ends = _name_ends(found)
    words = role_words()
    dropped: list[int] = []
    for index, mention in enumerate(found.mentions):
        if mention.key or mention.label != "Person" or mention.end - mention.start != 1 or mention.text in name_ends:
            continue
        uses = [doc[i] for i in tokens_written(doc, mention.text)]
        if _written_as_common_noun(doc, mention) and not any(
                t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in SURNAME_HONORIFICS for t in uses):
            dropped.append(index)  # "before the General Election ... the election was called"
            continue
        if any(t.i > 0 and (doc[t.i - 1].lower_ in words.honorifics or words.canonical(doc[t.i - 1].lower_) in words.heads)
               for t in uses):
            continue
        token = doc[mention.start]
        if any(c.isdigit() for c in token.text) or token.is_upper and len(token.text) > 1:
            label, why = "Organization", " -> Organization (letters, not a name)"
        elif any(_written_as_place(doc, found, t) for t in uses):
            label, why = "Place", " -> Place (written as a place in the article)"
        elif all(t.dep_ == "compound" and t.head.pos_ == "NOUN" for t in uses):
            dropped.append(index)
            continue
        else:
            continue
        found.mentions[index] = replace(mention, label=label)
        found.found_by[index] += why
    if dropped:  # before any role phrase or pronoun refers to a mention by its index
        kept = [(m, found.found_by[i]) for i, m in enumerate(found.mentions) if i not in dropped]
        found.mentions, found.found_by, found.by_token = [], {}, {}
        for mention, rule in kept:
            found.add(mention, rule)


SURNAME_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr"}  # written before a surname only, never a common noun


def _written_as_common_noun(doc: Doc, mention: Mention) -> bool:
    """The article also writes the one word in lower case as a noun ("the election"): a common noun
    capitalised in a heading or a title, not a person."""
    lower = mention.text.lower()
    return any(t.text == lower and t.pos_ == "NOUN" for t in _tokens_whose(doc, LOWER, lower.__eq__))


def _written_as_place(doc: Doc, found: DocumentMentions, token: Token) -> bool:
    """ "in Harrowby", "the MP for Harrowby", "Ostfield, Harrowby" (beside a place), or tagged a place."""
    words = role_words()
    if token.ent_type_ in ("GPE", "LOC", "FAC") or token.i > 0 and doc[token.i - 1].lower_ in words.place_prepositions:
        return True
    if token.i > 1 and doc[token.i - 1].lower_ == "for" and doc[token.i - 2].lower_ in words.post_nominals:
        return True  # the seat an MP sits for
    head = token.head
    return (token.dep_ == "appos" and head.i in found.by_token
            and found.mentions[found.by_token[head.i]].label == "Place")


def _listed_with_places(doc: Doc, found: DocumentMentions, mention: Mention) -> bool:
    """"visits Leeds, York and Harrogate" with "Harrogate" tagged PERSON: a one-word name coordinated
    with places, and with no person named in full, is a place."""
    if mention.end - mention.start != 1 or _name_ends(found) and mention.text in _name_ends(found):
        return False
    others = [found.mentions[found.by_token[t.i]] for t in doc[mention.start].conjuncts if t.i in found.by_token]
    full_names = [m for m in others if m.label == "Person" and m.end - m.start > 1]
    return any(m.label == "Place" for m in others) and not full_names


def _written_as_organisation(doc: Doc, mention: Mention) -> bool:
    """ "the Likud", "Likud party", "Likud's members": anywhere in the article, the name is written
    the way an organisation is, so a person sharing it does not absorb it."""
    organisation_words = role_words().institution_heads | {"members", "lawmakers", "leader", "chairman"}
    for token in (doc[i] for i in tokens_written(doc, mention.text)):  # the name's uses only
        before = doc[token.i - 1] if token.i > 0 else None
        after = next((t for t in doc[token.i + 1:token.i + 3] if t.tag_ != "POS"), None)
        if before is not None and before.lower_ in ("the", "a", "an"):
            return True
        if after is not None and after.lower_ in organisation_words:
            return True
    return False


def _surname_used_alone(doc: Doc, found: DocumentMentions, mention: Mention) -> bool:
    """ "Tulsi Gabbard" (tagged ORG) ... "Gabbard said", "Mr Gabbard": two or three plain capitalised words, the last
    of them used on its own elsewhere, name a person; organisations are not called by their last word."""
    words = role_words()
    span = doc[mention.start:mention.end]
    if mention.label != "Organization" or not 2 <= len(span) <= 3 or not all(t.is_title and t.is_alpha for t in span):
        return False
    if any(t.lower_ in words.institution_heads | words.facility_heads | words.modifiers for t in span):
        return False
    last = span[-1].text
    return any(t.pos_ == "PROPN" and not (mention.start <= t.i < mention.end)
               and (t.i not in found.by_token or found.mentions[found.by_token[t.i]].text in (last, f"{doc[t.i - 1].text} {last}")
                    and not _names_a_country(found.mentions[found.by_token[t.i]]))  # "Garuda Indonesia"
               and (t.i == 0 or not doc[t.i - 1].is_title or doc[t.i - 1].lower_.rstrip(".") in SURNAME_HONORIFICS)
               for t in (doc[i] for i in tokens_written(doc, last)))  # "Mr Gabbard" too


def _names_a_country(mention: Mention) -> bool:
    return bool(mention.key) and gazetteer()[mention.key].type == "Country"


def tokens_written(doc: Doc, text: str) -> list[int]:
    """The indices of the tokens whose text is `text`, in order: their ORTH ids compared in one array
    operation (each hit checked by its text), not a Python loop over the document's tokens."""
    orth = doc.vocab.strings[text]  # its hash: nothing is added to the vocabulary
    return [int(i) for i in (doc.to_array(ORTH) == orth).nonzero()[0] if doc[int(i)].text == text]


@cache
def _weapon_families() -> frozenset[str]:
    return frozenset(e.name for e in gazetteer().values() if e.type == "Weapon")


_KEPT: dict = {}  # keep -> {string hash: whether keep accepts it}


def _hyphenated_word(text: str) -> bool:
    return "-" in text


def _country_word_or_it(lower: str) -> bool:
    return lower in COUNTRY_WORDS or lower in PLAIN_COUNTRY_WORDS or lower == "it"


def _role_head_lemma(lemma: str) -> bool:
    words = role_words()
    return words.canonical(lemma) in words.heads


def _tokens_whose(doc: Doc, attr: int, keep) -> list[Token]:
    """The tokens, in order, whose `attr` (ORTH, LOWER or LEMMA) is a string `keep` accepts: each
    distinct string of the document asked once, the tokens picked out by one array operation. A
    loop over a document's words that skips all but a few of them starts from these."""
    values = doc.to_array(attr)
    strings = doc.vocab.strings
    # `keep` is a module-level function or a constant set's __contains__: its answer for a string is
    # kept, so each distinct string is asked once a process, not once a document
    kept = _KEPT.setdefault(keep, {}) if keep in _KEPT or len(_KEPT) < 32 else {}  # a lambda per call: not kept
    distinct = set(values.tolist())
    for value in distinct.difference(kept):
        kept[value] = bool(keep(strings[value]))
    wanted = [value for value in distinct if kept[value]]
    if not wanted:
        return []
    return [token_at(doc, i) for i in numpy.isin(values, wanted).nonzero()[0].tolist()]


def _indices_tagged(doc: Doc, *tags: int) -> set[int]:
    """The indices of the tokens whose part of speech is one of `tags`: one array operation, so a loop
    over the words that skips all others looks at these only."""
    return set(numpy.isin(doc.to_array(POS), tags).nonzero()[0].tolist())


def _add_designated_weapons(doc: Doc, found: DocumentMentions) -> None:
    """ "Hwasong-18" written as one word: a weapon family's name with a designator."""
    families = _weapon_families()
    for token in _tokens_whose(doc, ORTH, _hyphenated_word):
        family, dash, designator = token.text.partition("-")
        if dash and family in families and designator and token.i not in found.by_token:
            found.add(Mention(token.text, token.i, token.i + 1, "Weapon"), "weapon family + designator")


def _add_missed_person_names(doc: Doc, found: DocumentMentions) -> None:
    """Capitalised proper nouns spaCy left untagged that end in a name it tagged elsewhere in the
    article, or follow an honorific: "... to South Korea Dmytro Ponomarenko", "Mr Tanaka", "Cho"
    after "Cho Tae-yul"."""
    surnames = _name_ends(found) | {doc[m.end - 1].text for m in found.mentions if m.label == "Person"}
    words = role_words()
    run: list[Token] = []
    proper = _indices_tagged(doc, PROPN)  # _name_word asks for a proper noun first
    for i in range(len(doc) + 1):
        token = doc[i] if i in proper else None
        if token is not None and _name_word(token, found) and token.lower_ not in words.honorifics:
            run.append(token)
            continue
        if run:
            before = doc[run[0].i - 1] if run[0].i > 0 else None
            after_honorific = before is not None and before.lower_ in words.honorifics
            mention = Mention(doc[run[0].i:run[-1].i + 1].text, run[0].i, run[-1].i + 1, "Person")
            common = (after_honorific and len(run) == 1 and before.lower_.rstrip(".") not in SURNAME_HONORIFICS
                      and _written_as_common_noun(doc, mention))
            if run[-1].text in surnames or (after_honorific and before.is_title and not common):
                found.add(Mention(doc[run[0].i:run[-1].i + 1].text, run[0].i, run[-1].i + 1, "Person"),
                          "name ending in a name tagged elsewhere" if run[-1].text in surnames else "name after a title")
            run = []
    _add_headline_surnames(doc, found, surnames)


def _add_headline_surnames(doc: Doc, found: DocumentMentions, surnames: set[str]) -> None:
    """ "Straw praises ...": a headline capitalises its first word and the tagger often reads a name
    there as a common noun; a capitalised headline word the article writes as a person's surname is
    that person, whatever its tag."""
    span = headline_span(doc)
    if span is None:
        return
    for token in doc[span[0]:span[1]]:
        if (token.is_title and token.text in surnames and token.i not in found.by_token
                and not _role_word(token) and token.lower_ not in role_words().occupations):
            found.add(Mention(token.text, token.i, token.i + 1, "Person"), "headline word written as a surname")


def _name_word(token: Token, found: DocumentMentions) -> bool:
    words = role_words()
    return (token.pos_ == "PROPN" and token.is_title and token.i not in found.by_token
            and token.lower_ not in words.heads and token.lower_ not in words.modifiers and not token.ent_type_
            and token.lower_ not in words.occupations)


# --- a person's country ------------------------------------------------------------------------

# "his country", "Yoon's government", "the Yoon administration": the state the person belongs to.
COUNTRY_WORDS = {"country", "nation", "government", "administration"}
PLAIN_COUNTRY_WORDS = {"country", "nation"}  # "the country's defense minister": a country named before


def _add_country_references(doc: Doc, found: DocumentMentions) -> None:
    """A country word owned by a person ("his", "Yoon's", "the Yoon administration") stands for the
    person's country, not the person; "the Korean government" is left to its country's name. "the
    country" and an "it" asked to act stand for a country named before them (resolved in resolve.py)."""
    # Only a country word or "it" can be one (_person_owning, _asked_to_act, _the_country).
    for token in _tokens_whose(doc, LOWER, _country_word_or_it):
        if token.i in found.by_token:
            continue
        person = _person_owning(token, found)
        if person is not None:
            rule = "a person's country"
        elif _asked_to_act(token):
            rule = "'it' asked to act"
        elif _the_country(token):
            rule = "'the country'"
        else:
            continue
        index = found.add(Mention(token.text, token.i, token.i + 1, "Country"), rule)
        found.country_of[index] = person  # None: the one country named just before it, if only one is


def _person_owning(token: Token, found: DocumentMentions) -> int | None:
    """The person or pronoun mention that owns a country word: "his country", "Yoon's government"."""
    if token.lower_ not in COUNTRY_WORDS or token.tag_ != "NN":
        return None
    return next((found.by_token[c.i] for c in children_of(token) if c.dep_ in ("poss", "compound", "amod")
                 and c.i in found.by_token and found.mentions[found.by_token[c.i]].label in ("Person", "Pronoun")), None)


def _the_country(token: Token) -> bool:
    """ "the country", "the nation's": no other word that says which."""
    return (token.lower_ in PLAIN_COUNTRY_WORDS and token.tag_ == "NN"
            and [c.lower_ for c in children_of(token) if c.dep_ not in ("case", "punct")] == ["the"])


def _asked_to_act(token: Token) -> bool:
    """ "called on it to take", "urged it to end": an "it" told to do something is an actor, a state
    more often than not."""
    if token.lower_ != "it" or token.dep_ not in ("dobj", "pobj"):
        return False
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("on", "upon") else token.head
    return verb.pos_ == "VERB" and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)) for c in children_of(verb))


# --- role phrases ----------------------------------------------------------------------------


def _add_role_phrases(doc: Doc, found: DocumentMentions) -> None:
    """Definite role phrases that stand for one person: "the envoy", "Kyiv's ambassador",
    "the South Korean defense minister". A title written before a name is part of the name's
    context instead (see ingest/roles.py)."""
    for token in _tokens_whose(doc, LEMMA, _role_head_lemma):
        if token.i in found.by_token:
            continue
        if (token.tag_ in ("NNS", "NNPS") or token.pos_ not in ("NOUN", "PROPN", "ADJ")
                or token.dep_ in ("compound", "amod", "advmod", "acomp") or token.lower_ == "counterpart"):
            continue
        start = token.i
        while start > 1 and doc[start - 1].i not in found.by_token and (
                _role_word(doc[start - 1]) or doc[start - 1].text == "-" and _role_word(doc[start - 2])):
            start -= 1
        headline = (all(_role_word(t) for t in doc[:start]) and doc[0].text[:1].isupper()
                    and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(token)))
        start = 0 if headline else start
        if not (_definite(doc, start, token) or headline or _opens_headline(doc, start, token, found)
                or token.dep_ == "appos" and token.head.pos_ == "PROPN"):
            continue  # "a minister", "ministers": not one known person ("Ann Berg, chief executive of X," is,
            # and so is "Chief executive of X quits", the article a headline drops)
        role = role_of(doc[start:token.i + 1], token, found)
        index = found.add(Mention(doc[start:token.i + 1].text, start, token.i + 1, "Person"), "role phrase")
        found.nominals[index] = role


def _opens_headline(doc: Doc, start: int, head: Token, found: DocumentMentions) -> bool:
    """ "Minister defends ban", "Tory leader unveils plan": a headline drops the article, so the role
    phrase that is its subject, with only names before it, is one known person as "the minister" is."""
    span = headline_span(doc)
    return (span is not None and span[0] <= head.i < span[1] and head.dep_ in ("nsubj", "nsubjpass")
            and all(i in found.by_token for i in range(span[0], start)))


# Bodies written in lower case ("the Ukrainian defense ministry") or pointed back to ("the ministry").
INSTITUTION_PHRASE_HEADS = {"ministry", "department", "agency", "embassy", "committee", "party", "council", "commission"}


def _add_institution_phrases(doc: Doc, found: DocumentMentions) -> None:
    """ "the Ukrainian defense ministry" names a body (told apart by its country in resolve.py);
    a bare "the ministry" points back to the last ministry named."""
    for token in _tokens_whose(doc, LOWER, INSTITUTION_PHRASE_HEADS.__contains__):
        if token.i in found.by_token or token.tag_ not in ("NN", "NNP"):
            continue
        start = token.i
        while start > 0 and start - 1 not in found.by_token and role_words().canonical(doc[start - 1].lower_) in role_words().modifiers:
            start -= 1
        before = doc[start - 1] if start > 0 else None
        owner = before is not None and before.i in found.by_token and found.mentions[found.by_token[before.i]].label == "Country"
        if owner:
            found.add(Mention(doc[start:token.i + 1].text, start, token.i + 1, "Organization"), "body named by its country")
        elif start == token.i and before is not None and before.lower_ == "the":
            index = found.add(Mention(token.text, token.i, token.i + 1, "Organization"), "the + body word")
            found.back_references[index] = token.lower_


def _definite(doc: Doc, start: int, head: Token) -> bool:
    """ "the envoy", "NATO's secretary-general", "his counterpart", "the South Korean minister"."""
    if any(c.lower_ in DETERMINERS or c.dep_ == "poss" for c in children_of(head)):
        return True
    i = start - 1
    while i >= 0 and doc[i].ent_type_ and doc[i].tag_ != "POS":
        i -= 1  # skip "South Korean"
    return i >= 0 and (doc[i].lower_ in DETERMINERS or doc[i].tag_ in ("POS", "PRP$"))


def _role_word(token: Token) -> bool:
    words = role_words()
    word = words.canonical(token.lower_)
    return word in words.modifiers or word in words.ranks or word in words.heads


def role_of(words_span: Span, head: Token, found: DocumentMentions) -> Nominal:
    """The role a phrase names: its role words, rank words, owner and whether it is current."""
    lexicon = role_words()
    tokens = [t for t in words_span if not found.is_name(t.i)]
    for prep in (c for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of"):
        tokens += [t for t in prep.subtree if not found.is_name(t.i)]  # "minister of defense"
    text = "".join(t.text_with_ws for t in sorted(tokens, key=lambda t: t.i)).replace(" - ", "-")
    role = {lexicon.canonical(w) for w in text.lower().split()} & (lexicon.heads | lexicon.modifiers | lexicon.ranks)
    role = {lexicon.canonical(w) for w in role}
    ranks = frozenset(role & lexicon.ranks)
    owner = None
    # Whose role: "South Korean", "Kyiv's", "of NATO"; not the posting in "the ambassador to Seoul".
    owning = [t for left in head.lefts for t in left.subtree]
    owning += [t for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    for token in owning:
        index = found.by_token.get(token.i)
        if index is not None and found.mentions[index].label in ("Country", "Organization"):
            owner = index
            break
    current = not any(t.lower_ in lexicon.not_current for t in head.subtree)
    return Nominal(frozenset(role - ranks - {"national"}), ranks, owner, current)


# --- agents ------------------------------------------------------------------------------------

AGENT_MODIFIERS = {"amod", "compound", "nmod", "poss", "npadvmod"}
ANCHOR_PREPS = {"of", "from", "in", "inside", "within"}  # "police of Ukraine", "protesters in Kyiv"
ANCHOR_LABELS = {"Country", "Organization", "Group"}
STANCE_PREFIXES = {"pro", "anti"}  # "pro-Russian separatists" do not act for Russia


def _add_agent_phrases(doc: Doc, found: DocumentMentions) -> None:
    """ "Ukrainian police", "North Korean troops", "UN peacekeepers", "the police of Ukraine",
    "protesters in Kyiv", "senior officials": a group noun of schema/agents.toml with the modifiers
    written before it, anchored to the country or organisation named in them or in an "of", "from"
    or "in" after it. Left to the rules before: a noun owned by a person or a pronoun ("his
    government", "their troops", "Putin's forces"), and one that modifies another ("police chief")."""
    lexicon = agent_words()
    # a noun none of whose forms is a word of the lexicon finds no sector below: skipped before its strings are read
    heads = {t.i for t in _tokens_whose(doc, LOWER, _agent_head_word)} | {t.i for t in _tokens_whose(doc, LEMMA, _agent_lemma)}
    for token in (token_at(doc, i) for i in sorted(_indices_tagged(doc, NOUN, PROPN) & heads)):
        if (token.i in found.by_token or token.pos_ not in ("NOUN", "PROPN") or token.ent_type_
                or token.dep_ in ("compound", "amod", "nmod")):
            continue
        before = token_at(doc, token.i - 1).lower_ if token.i > 0 else ""
        sector = lexicon.sector([before, token.lower_]) or lexicon.sector([token.lemma_.lower()])
        if sector is None:
            continue
        if sector in lexicon.anchor_sectors:
            sector = _body_sector(doc, token) or sector  # "Air Force officials": the air force's, not a government's
        if sector == "military" and _moved(token):
            continue  # "sent 200 troops", "withdrew peacekeepers": what is sent, not who
        if _one_member(token):
            continue  # "the second of the carmakers", "one of the protesters": one of them, not the group
        anchor = _agent_anchor(token, found)
        needs_anchor = token.lower_ in lexicon.anchored_only or token.lemma_.lower() in lexicon.anchored_only
        if anchor == -1 or anchor is None and needs_anchor and not _counted(token):
            continue
        start, end = _agent_span(doc, token, found, anchor)
        index = found.add(Mention(doc[start:end].text, start, end, "Agent"), "agent: group noun" + (
            " with its country or organisation" if anchor is not None else ", no country or organisation written"))
        found.agents[index] = AgentPhrase(sector, anchor)


def _agent_head_word(lower: str) -> bool:
    """Whether a lower-case word can end an agent phrase: a group noun or a phrase's last word (agents.toml)."""
    return lower in _agent_heads()


@cache
def _agent_heads() -> frozenset[str]:
    lexicon = agent_words()
    return frozenset(lexicon.nouns) | {last for _, last in lexicon.phrases}


def _agent_lemma(lemma: str) -> bool:
    return lemma.lower() in agent_words().nouns


ONE_OF = language()["one_of_a_group"]


def _one_member(noun: Token) -> bool:
    """ "the second of the big carmakers", "one of the protesters": a single member of the group."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    whole = noun.head.head
    return whole.lower_ in ONE_OF or whole.ent_type_ == "ORDINAL"


def _body_sector(doc: Doc, head: Token) -> str | None:
    """The sector of the body a government word belongs to when it is written just before it:
    "Air Force officials", "army leaders" speak for the military, not for a government."""
    before = doc[head.i - 1] if head.i > 0 else None
    if before is None or before.dep_ != "compound" or before.head.i != head.i:
        return None
    lexicon = agent_words()
    earlier = doc[head.i - 2].lower_ if head.i > 1 else ""
    sector = lexicon.sector([earlier, before.lower_]) or lexicon.sector([before.lemma_.lower()])
    return sector if sector not in lexicon.anchor_sectors else None


QUANTIFIERS = {"several", "many", "some", "dozens", "hundreds", "thousands", "millions", "scores", "tens", "numerous"}


def _counted(noun: Token) -> bool:
    """ "18 people", "dozens of people", "several people": a counted group, not people in general."""
    if any(c.dep_ == "nummod" or c.lower_ in QUANTIFIERS for c in children_of(noun)):
        return True
    prep = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return prep is not None and (prep.head.like_num or prep.head.lower_ in QUANTIFIERS)


def _moved(noun: Token) -> bool:
    """Troops that are the object of a verb that sends, deploys or withdraws something: the theme."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _bought_nouns():
        return True  # "the purchase of ten Embraer jets": what is bought
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _moving_verbs()


@cache
def _moving_verbs() -> frozenset[str]:
    """The verbs of the relation types whose direct object is what is moved or given (schema/relations.toml),
    and their converses ("bought twenty Airbus jets": the jets are what is bought, not a military)."""
    return frozenset(verb.split()[0] for r in vocabulary().relations.values()
                     if r.object_role in ("recipient", "theme") for verb in (*r.verbs, *r.converse_verbs))


@cache
def _bought_nouns() -> frozenset[str]:
    return frozenset(n for r in vocabulary().relations.values() for n in r.converse_nouns)


def _agent_anchor(head: Token, found: DocumentMentions) -> int | None:
    """The mention of the country or organisation an agent noun belongs to; -1 when a person or a
    pronoun owns it (the rules for people decide those) or a weapon names it."""
    if any(found.mentions[found.by_token[t.i]].label == "Weapon" for c in head.lefts for t in c.subtree
           if t.i in found.by_token):
        return -1  # "Shahed drones", "F-16 jets" are equipment, not an agent
    owners = []
    for child in children_of(head):
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            owners += [t for t in child.subtree if not _after_stance_prefix(t)]
        elif child.dep_ == "prep" and child.lower_ in ANCHOR_PREPS:
            owners += [g for g in children_of(child) if g.dep_ == "pobj"]
    for token in owners:
        if token.lower_ in PRONOUNS | {"its", "their", "our", "my", "your"} and token.dep_ == "poss":
            return -1
        index = found.by_token.get(token.i)
        if index is None:
            continue
        mention = found.mentions[index]
        if mention.label in ("Person", "Pronoun"):
            return -1
        if mention.label in ANCHOR_LABELS and found.is_named(index) or mention.key and gazetteer()[mention.key].type == "Country":
            return index
    return None


def _after_stance_prefix(token: Token) -> bool:
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in STANCE_PREFIXES


def _agent_span(doc: Doc, head: Token, found: DocumentMentions, anchor: int | None) -> tuple[int, int]:
    """The agent's words: its modifiers before it ("the Ukrainian riot police" -> "Ukrainian riot
    police") and the "of"/"in" phrase of its anchor after it ("police of Ukraine")."""
    lefts = [c for c in head.lefts if c.dep_ in AGENT_MODIFIERS]
    start = min((c.left_edge.i for c in lefts), default=head.i)
    for i in range(start, head.i):  # never another actor's words ("Putin's" was left to the people rules)
        if found.by_token.get(i) not in (None, anchor):
            start = i + 1
    while start < head.i and (doc[start].dep_ in ("det", "predet", "case") or doc[start].is_punct):
        start += 1
    end = head.i + 1
    if anchor is not None and found.mentions[anchor].start > head.i:
        tail = found.mentions[anchor].end
        if all(found.by_token.get(i) in (None, anchor) for i in range(end, tail)):
            end = tail
    return start, end
