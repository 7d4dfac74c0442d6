"""Stage 4: turn mentions into actors (one id per real-world actor) and raw relations into Relations.

Rules, in order; each mention keeps the rule that decided it (entity `mentions` in `newsgraph extract`):
1. A gazetteer match is that entry, except a capital named as a location ("Yoon is in Washington")
   and a contextual name ("the North") in an article that never names the actor plainly.
   A place that acts (subject, object or owner: "Ostrava beat Brno") in an article that names one
   organisation beginning with it ("the Ostrava Hawks") is that organisation.
2. A full person name is that person, by name: the same name gives the same id in every article.
3. A short name ("Kim", "Defense Minister Kim") is the full name in the same article that contains
   it: the one before it, else the first one after. Where several people named before share it,
   the one whose title it carries, else the only one named in this or the previous sentence, else
   nobody, unless the pronouns say which: the one of them the article never calls otherwise than
   it calls the short name ("Brask ... her" where only Ellen Brask is "she"). Two people sharing a
   surname stay apart. A name nobody completes is its own actor, kept
   to its article when a known person shares it ("Kim" is not merged with the Kims of other articles).
4. A short organisation name ("Assembly", "ICC") is the longer one in the article that contains its
   words or initials (a name that begins the longer one only when the rest is corporate words:
   "Ford Motor Company", not "Boeing Commercial Airplanes"); "the ministry" is the last ministry named before it; a generic body
   ("Defense Ministry") is told apart by its country ("Defense Ministry (Ukraine)"), and kept to
   its article when no country is written.
5. A role phrase ("the envoy", "the South Korean defense minister", and in apposition without an
   article: "Ann Berg, chief executive of X,") is the person in apposition to
   it, else the last person named before it whose title agrees (words, rank, country, current),
   else the country it belongs to; an organisation's ("Velmora's chief executive") is a person of
   its own, kept to its article, who HOLDS_ROLE there; never a person named only later.
6. "he"/"she"/"his" is the most recent person before it, within a few sentences; the subject of a
   clause ("he said", "his aide said") is the subject of the sentence before (antecedents.py), and
   a pronoun inside a quotation is never its speaker (nobody, where the speaker is the last named),
   nor the "he" of "..., he said" anyone named in what it reports.
7. A person's country ("his country", "Yoon's government") is the country of the role phrase the
   person is named by, else the country the person's titles name; else, for a name ("Yoon's
   government"), the person; for a pronoun, unknown. "the country" (and an "it" asked to act: "called
   on it to") is the only country named before it in its sentence, else in the previous one, else unknown.
8. An agent ("Ukrainian police", "protesters in Kyiv", schema/agents.toml) is one actor per
   anchor and sector: "agent:ukraine:police" ("Ukraine · police"), which ACTS_FOR its anchor;
   "agent:protesters" when no country or organisation is written. A government ("the Turkish
   government", "Turkish officials") is its anchor itself, as a state acts through its government.
   Agents are never merged with a named person, nor a person with an agent.
9. Anything else is its own actor, keyed by type and name; never merged across types.
A role phrase in apposition to a name ("Ann Berg, president and chief executive of Velmora,") is
   also kept whole among the person's mentions: how the article calls her.
10. Organisations named together as one party ("Velmora and Ostra Motors") are also a Coalition,
   one id per set of members ("coalition:ostra-motors-and-velmora"); the members keep theirs and
   are MEMBER_OF it. Opponents side by side are none: a relation between members, an opposing verb
   ("Labour and the Conservatives clashed", schema/language.toml) or "between" ("the race between").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc

from newsgraph.ingest import roles
from newsgraph.ingest.antecedents import NOBODY, previous_subject, quoted_speakers, reported_names, root_subject_person
from newsgraph.ingest.extract.actors import described_between
from newsgraph.ingest.codes import event_codes
from newsgraph.ingest.dates import resolve_date
from newsgraph.ingest.doctext import doc_text
from newsgraph.ingest.headline import in_headline
from newsgraph.ingest.extract import RawRelation
from newsgraph.ingest.doctree import children_of, in_subtree, sentence_start
from newsgraph.ingest.mentions import DocumentMentions, Nominal, tokens_written
from newsgraph.ingest.records import Article, Entity, ExtractedDocument, Mention, Relation
from newsgraph.schema import agent_words, entity_id, gazetteer, language, name_words, role_words, slug, vocabulary

PLACE_VISITS = set(language()["place_visits"])  # "visited Leeds": a one-sided visit, no meeting with a place

LOCATIVE_PREPS = {"in", "at", "to", "from", "near", "into", "outside", "across", "around", "toward", "towards"}
VISIT_VERBS = {"visit", "tour", "reach", "enter", "leave", "land"}  # "visited Seoul": the city
PRONOUN_WINDOW = 3  # sentences a pronoun may look back
NAME_GLUE = {"of", "the", "for", "and", "&"}
WITH_COUNTRY = "generic body named with its country"


@dataclass
class Resolution:
    """The actor id of every mention, and the rule that gave it."""

    ids: list[str | None]
    rules: list[str]
    doc_id: str = ""
    titles: list[roles.Title] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # id -> display name, where not the text
    agents: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # agent id -> (sector, anchor id)
    written: dict[int, str] = field(default_factory=dict)  # mention -> how it is written with its country

    def set(self, index: int, key: str | None, rule: str) -> None:
        self.ids[index], self.rules[index] = key, rule


def resolve(article: Article, doc: Doc, mentions: DocumentMentions, raw: list[RawRelation]) -> ExtractedDocument:
    resolution = resolve_mentions(doc, mentions, article.id)
    ids = resolution.ids
    entities = _entities(mentions, resolution, _role_phrase_texts(doc, mentions) | resolution.written)
    related = {frozenset((ids[r.source.index], ids[r.target.index])) for r in raw if r.target}
    coalitions = _coordinations(doc, mentions, resolution, entities, related)
    entities |= {key: entity for key, (entity, _, _) in coalitions.items()}
    for key, text in _role_appositions(doc, mentions, resolution):
        entity = entities[key]
        written = {"text": text, "rule": "role phrase written beside a name"}
        if written not in entity.mentions:
            entities[key] = replace(entity, mentions=entity.mentions + (written,))

    relations: list[Relation] = []
    seen: set[tuple] = set()
    # triggers with an actor on the other side: a place beside it adds no one-sided event
    acted_on = {(r.trigger_token, r.type) for r in raw
                if r.target and ids[r.target.index] is not None and entities[ids[r.target.index]].type != "Place"}
    for item in raw:
        source = ids[item.source.index]
        target = ids[item.target.index] if item.target else None
        if source is None or (item.target and target is None) or source == target:
            continue
        if entities[source].type == "Place":
            continue
        target_mention = _mention_span(doc, mentions, item.target.index) if item.target else _span(doc, item.patient)
        visit = item.type == "MET" and item.trigger in PLACE_VISITS  # one visits a place, meets an actor
        if target and entities[target].type == "Place" and (item.type not in ("MET", "DEPLOYED", "RETREATED") or visit):
            if "Place" not in vocabulary().relation(item.type).target and (
                    not vocabulary().relation(item.type).is_event or (item.trigger_token, item.type) in acted_on):
                continue
            # "shelled Kharkiv", "visited Leeds", "suspended aid to Gaza": the place is no actor but
            # where the act was aimed; a one-sided event
            target = None
        speaker = ids[item.attributed_to.index] if item.attributed_to else None
        if speaker in resolution.agents and resolution.agents[speaker][1] is None:
            speaker = None  # "officials said": nobody in particular
        plover, cameo = event_codes(item.type, item.polarity, item.modality, item.trigger)
        cameo = item.cameo or cameo  # the object decided it ("rejected accusations": 016)
        key = (source, target, item.type, item.polarity, item.modality, item.sentence_index)
        if key in seen:
            continue
        seen.add(key)
        relations.append(
            Relation(
                source=source, target=target, type=item.type, plover=plover, cameo=cameo,
                polarity=item.polarity, modality=item.modality,
                attributed_to=speaker,
                theme=item.theme, sentence=item.sentence,
                date=resolve_date(item.date_text, article.published), confidence=item.confidence,
                source_mention=_mention_span(doc, mentions, item.source.index), target_mention=target_mention,
                trigger=_token_span(doc, item.trigger_token),
            )
        )
    relations += roles.holds_role(resolution.titles, ids, article.published)
    relations += _acts_for(doc, mentions, resolution, article.published)
    relations += _members_of(doc, coalitions, article.published)
    return ExtractedDocument(article, sorted(entities.values(), key=lambda e: e.id), relations)


def _mention_span(doc: Doc, mentions: DocumentMentions, index: int) -> dict:
    """A mention as {"text", "start", "end"}: character offsets into the parsed text (Article.text)."""
    mention = mentions.mentions[index]
    return _span(doc, (mention.start, mention.end))


def _token_span(doc: Doc, token_index: int | None) -> dict | None:
    return _span(doc, (token_index, token_index + 1)) if token_index is not None else None


def _span(doc: Doc, tokens: tuple[int, int] | None) -> dict | None:
    """A token span (start, end) as {"text", "start", "end"} character offsets, or None."""
    if tokens is None:
        return None
    start, end = tokens
    if not 0 <= start < end <= len(doc):
        span = doc[start:end]
        return {"text": span.text, "start": span.start_char, "end": span.end_char}
    # What doc[start:end] gives, from the tokens' offsets into the text (kept once a document)
    # instead of a Span joining its tokens' texts for each mention.
    last = doc[end - 1]
    start_char, end_char = doc[start].idx, last.idx + len(last.text)
    return {"text": doc_text(doc)[start_char:end_char], "start": start_char, "end": end_char}


def _role_phrase_texts(doc: Doc, mentions: DocumentMentions) -> dict[int, str]:
    """A role phrase as written with whose role it is: "Vice Chairman of Velmora", "the Velmora chief
    executive" (the mention itself is only the role words; the owner is a mention of its own)."""
    texts = {}
    for index in mentions.nominals:
        text = _role_phrase_text(doc, mentions, index)
        if text:
            texts[index] = text
    return texts


def _role_phrase_text(doc: Doc, mentions: DocumentMentions, index: int) -> str | None:
    nominal = mentions.nominals[index]
    if nominal.owner is None:
        return None
    mention, owner = mentions.mentions[index], mentions.mentions[nominal.owner]
    start, end = min(mention.start, owner.start), max(mention.end, owner.end)
    between = [t for t in doc[min(mention.end, owner.end):max(mention.start, owner.start)]]
    if len(between) <= 2 and all(t.lower_ in ("of", "the", "'s", "’s") for t in between):
        return doc[start:end].text
    return None


def _entities(mentions: DocumentMentions, resolution: Resolution, texts: dict[int, str] | None = None) -> dict[str, Entity]:
    """One Entity per id: the gazetteer's name or the longest name written, aliases, and why."""
    names: dict[str, list[str]] = {}
    why: dict[str, dict[tuple, None]] = {}
    for index, (mention, key) in enumerate(zip(mentions.mentions, resolution.ids)):
        if key is None:
            continue
        # "he", "the envoy", "his country" and "the Turkish government" (for Turkey) are no aliases
        named = mentions.is_named(index) and not (index in mentions.agents and key not in resolution.agents)
        names.setdefault(key, []).extend([mention.text] if named else [])
        why.setdefault(key, {})[((texts or {}).get(index, mention.text), resolution.rules[index])] = None
    for title in resolution.titles:  # "Velmora chief executive Ann Berg": how the article calls her too
        key = resolution.ids[title.person]
        if key in why and title.nominal is None and title.written and title.text:
            why[key][(title.text, "title written before the name")] = None
    known = gazetteer()
    entities = {}
    for key, texts in names.items():
        entry = known.get(key)
        entity_type = entry.type if entry else key.split(":", 1)[0].capitalize()
        written = [_name_key(t) for t in texts] if entity_type == "Organization" else texts  # no "(AMD" in a name
        name = entry.name if entry else resolution.names.get(key) or max(written, key=len, default=key.split(":", 1)[1])
        aliases = tuple(sorted({t for t in texts if t != name}))
        explained = tuple({"text": text, "rule": rule} for text, rule in why[key])
        sector, anchor = resolution.agents.get(key, (None, None))
        entities[key] = Entity(key, name, entity_type, aliases, explained, sector, anchor)
    return entities


COORDINATORS = {"and", "&"}
APPOSITION_LIMIT = 15  # tokens: a longer apposition is a clause, not a title


def _role_appositions(doc: Doc, mentions: DocumentMentions, resolution: Resolution) -> list[tuple[str, str]]:
    """ "Ann Berg, president and chief executive officer of Velmora," : the whole role phrase in
    apposition to a person's name as written, with whose role it is, for the person's mentions
    (HOLDS_ROLE reads the title itself; this is how the article calls her)."""
    words = role_words()
    out = []
    for index, mention in enumerate(mentions.mentions):
        key = resolution.ids[index]
        if not key or not key.startswith("person:") or not mentions.is_named(index) or mention.end > len(doc):
            continue
        root = doc[mention.start:mention.end].root
        for head in (c for c in children_of(root) if c.dep_ == "appos"):
            start, end = head.left_edge.i, head.right_edge.i + 1
            if end < len(doc) and doc[end].text == ")" and "(" in [t.text for t in doc[start:end]]:
                end += 1  # "head of the State Assets Agency (SAA)"
            phrase = doc[start:end]
            if (len(phrase) > APPOSITION_LIMIT or start < mention.end
                    or not any(words.canonical(t.lower_) in words.heads for t in phrase)
                    or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") or t.lower_ in ("who", "which", "whose") for t in phrase)
                    or any(found is not None and found != index and mentions.mentions[found].label == "Person"
                           and mentions.is_named(found) for found in (mentions.by_token.get(t.i) for t in phrase))):
                continue
            out.append((key, phrase.text))
    return out


def _coordinations(doc: Doc, mentions: DocumentMentions, resolution: Resolution,
                   entities: dict[str, Entity], related: set[frozenset]) -> dict[str, tuple[Entity, list[str], str]]:
    """Rule 10: organisations named together as one party ("Velmora and Ostra Motors", "Velmora,
    Ostra and Kessel") are also one collective actor, a Coalition whose identity is its members: the
    same set of organisations gives the same id in every article, however it is written. Its
    members keep their own ids and relations, and each is MEMBER_OF it. Organisations the article
    has act on one another ("Labour and the Conservatives clashed": a relation between them) are
    opponents side by side, no coalition. Words describing the list ("US carmakers Velmora and Ostra")
    are one more way it is written."""
    spans = sorted((m.start, m.end, resolution.ids[i]) for i, m in enumerate(mentions.mentions)
                   if resolution.ids[i] and entities.get(resolution.ids[i])
                   and entities[resolution.ids[i]].type == "Organization" and mentions.is_named(i))
    found: dict[str, tuple[Entity, list[str], str]] = {}  # id -> (coalition, members, sentence)
    chain: list[tuple[int, int, str]] = []

    def close() -> None:
        while len(chain) > 1 and not chain_joined[-1]:  # "Velmora and Ostra Steel, Ostra taking ...": ends at its "and"
            chain.pop()
            chain_joined.pop()
        members = sorted({key for _, _, key in chain})
        if not all(_conjoined(doc, chain[:k], chain[k]) for k in range(1, len(chain))):
            return  # "the Commission for Elections and Referenda": an "and" inside one name
        if (len(members) >= 2 and len(members) == len(chain) and chain_joined[-1]
                and not any(frozenset((a, b)) in related for a in members for b in members if a < b)
                and not _not_one_party(doc, chain[0][0], chain[-1][1])):
            text = _span(doc, (chain[0][0], chain[-1][1]))["text"]
            described = _described_list(doc, chain[0][0], chain[-1][1])
            key = "coalition:" + "-and-".join(k.split(":", 1)[1] for k in members)
            rule = "organisations named together: one collective actor, its members " + ", ".join(
                entities[k].name for k in members)
            old = found[key][0] if key in found else entities.get(key)
            mentions_ = (old.mentions if old else ()) + ({"text": text, "rule": rule},)
            if described:
                mentions_ += ({"text": described, "rule": rule + "; words describing the list"},)
            name = " and ".join(entities[k].name for k in members)
            coalition = Entity(key, name, "Coalition", tuple(sorted({*(old.aliases if old else ()), text} - {name})),
                               tuple({(m["text"], m["rule"]): m for m in mentions_}.values()))
            found[key] = (coalition, members, found[key][2] if key in found else doc[chain[0][0]].sent.text.strip())

    chain_joined: list[bool] = []
    for start, end, key in spans:
        if chain and key == chain[-1][2] and start == chain[-1][1] + 1 and doc[chain[-1][1]].text == "(":
            close_at = end + 1 if end < len(doc) and doc[end].text == ")" else end
            chain[-1] = (chain[-1][0], close_at, key)  # "Velmora Motors (VM) and Ostra": its short form
            continue
        if chain and chain_joined[-1] and _describes(doc, chain[-1], start, end):
            chain[-1] = (chain[-1][0], end, key)  # "Velmora and Ostra parent Kessel": Kessel is the member
            continue
        if chain:
            gap, between = chain[-1][1], None
            if start >= gap:
                if (start - gap > 3 and doc[gap].text == "(" and doc[gap + 2].text == ")"
                        and doc[gap + 1].is_upper):
                    chain[-1] = (chain[-1][0], chain[-1][1] + 3, chain[-1][2])  # "Velmora Motors (VM) and"
                    gap += 3
                # only "and" or a comma, or both, join a list: a longer gap is never read word by word
                between = [doc[i] for i in range(gap, start)] if start - gap <= 2 else None
            words = [t.lower_ for t in between] if between is not None else None
            if (words and all(w in COORDINATORS or w == "," for w in words) and words.count(",") <= 1
                    and sum(w in COORDINATORS for w in words) <= 1
                    and all(t.sent.start == doc[chain[0][0]].sent.start for t in between)):
                chain.append((start, end, key))
                chain_joined.append(any(w in COORDINATORS for w in words))
                continue
            close()
        chain, chain_joined = [(start, end, key)], [False]
    if chain:
        close()
    return found


def _describes(doc: Doc, member: tuple[int, int, str], start: int, end: int) -> bool:
    """ "Ostra parent Kessel": a name and common nouns that are compounds of the name right after
    them describe that name; the list's member is the later one."""
    nouns = doc[member[1]:start]
    return (0 < len(nouns) <= 2 and all(t.pos_ == "NOUN" and t.dep_ == "compound" for t in nouns)
            and all(start <= t.head.i < end or t.head.i in range(member[1], start) for t in nouns))


OPPOSING_VERBS = language()["opposing_verbs"]


def _list_head(doc: Doc, start: int, end: int):
    """The token that heads a list written from start to end (its first name's head word)."""
    first = doc[start]
    while first.head.i != first.i and start <= first.head.i < end:
        first = first.head
    return first


def _not_one_party(doc: Doc, start: int, end: int) -> bool:
    """ "Labour and the Conservatives clashed", "the row between Velmora and Ostra": a list whose
    names act on one another; and "Velmora and Ostra jets": a list that only says what kind a thing is."""
    head = _list_head(doc, start, end)
    return (head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in OPPOSING_VERBS
            or head.dep_ == "pobj" and head.head.lower_ == "between"
            or any(t.dep_ in ("compound", "nmod", "amod") and t.head.i >= end for t in (head, doc[end - 1])))  # a kind


def _conjoined(doc: Doc, before: list[tuple[int, int, str]], name: tuple[int, int, str]) -> bool:
    """A one-word name after the "and" of a name with "of" or "for" in it ends that name ("the
    Commission for Elections and Referenda"), it is not a second name of a list."""
    previous = doc[before[-1][0]:before[-1][1]]
    return not (name[1] - name[0] == 1 and any(t.lower_ in ("of", "for", "on") for t in previous))


LIST_OPENERS = {"-", "--", "–", "—", ":"}
QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _described_list(doc: Doc, start: int, end: int) -> str | None:
    """ "US carmakers Velmora and Ostra": the list with the common nouns before it that describe it
    (compounds of its first name, no other name among them); None when nothing describes it."""
    head = _list_head(doc, start, end)
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < start:
        head = head.head  # "US carmakers Velmora and Ostra": the list stands beside the noun describing it
    left = min([head.left_edge.i, start])
    words = [t for t in doc[left:start] if t.pos_ != "DET"]
    while words and words[-1].text in LIST_OPENERS:
        words.pop()  # "three carriers - Velmora, Ostra and Kessel": a dash or colon opens the list
    if (not words or any(t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in QUOTES for t in words)
            or not any(t.pos_ == "NOUN" for t in words)):
        return None
    return _span(doc, (left, end))["text"]


def _members_of(doc: Doc, coalitions: dict[str, tuple[Entity, list[str], str]], published: str | None) -> list[Relation]:
    """MEMBER_OF from each organisation of a coalition to it: the coalition's members, in the graph."""
    return [Relation(source=member, target=key, type="MEMBER_OF", plover=None, cameo=None,
                     sentence=sentence, date=published, confidence=0.8)
            for key, (_, members, sentence) in sorted(coalitions.items()) for member in members]


def _acts_for(doc: Doc, mentions: DocumentMentions, resolution: Resolution, published: str | None) -> list[Relation]:
    """ACTS_FOR from each anchored agent to its country or organisation, once per document."""
    relations = {}
    for index in mentions.agents:
        key = resolution.ids[index]
        sector, anchor = resolution.agents.get(key, (None, None))
        if anchor and key not in relations:
            relations[key] = Relation(
                source=key, target=anchor, type="ACTS_FOR", plover=None, cameo=None, theme=sector,
                sentence=doc[mentions.mentions[index].start].sent.text.strip(), date=published, confidence=0.9,
            )
    return list(relations.values())


# --- mentions -> actors -----------------------------------------------------------------------


def resolve_mentions(doc: Doc, mentions: DocumentMentions, doc_id: str = "") -> Resolution:
    """Rules 1-7 of the module docstring, in order."""
    count = len(mentions.mentions)
    resolution = Resolution([None] * count, [""] * count, doc_id=doc_id)
    named = [i for i in range(count) if mentions.is_named(i) and i not in mentions.agents]
    resolution.titles = roles.find_titles(doc, mentions)
    for index in named:
        _resolve_name(doc, mentions, index, resolution)
    for index in sorted(named, key=lambda i: mentions.mentions[i].start):
        if resolution.ids[index] is None and mentions.mentions[index].label == "Person" and not resolution.rules[index]:
            _resolve_short_name(doc, mentions, index, resolution)
    for index in named:
        if mentions.mentions[index].label == "Organization" and not mentions.mentions[index].key:
            _resolve_organization(doc, mentions, index, resolution)
    for index in named:
        if mentions.mentions[index].label == "Place" and not mentions.mentions[index].key:
            _place_for_its_team(doc, mentions, index, resolution)
    for index in mentions.agents:
        _resolve_agent(mentions, index, resolution)
    for index in sorted(mentions.nominals):
        _resolve_role_phrase(doc, mentions, index, resolution)
    resolution.titles = _titles_with_owners(mentions, resolution)
    for index, mention in enumerate(mentions.mentions):
        if index in mentions.quoted_self:
            key = resolution.ids[mentions.quoted_self[index]]
            key = key if key and key.startswith("person:") else None  # an "I" is a person, never the body quoted
            resolution.set(index, key, "first person in a quotation: its speaker" if key else "first person of no known person")
        elif index in mentions.quoted_group:
            key = _spoken_for_by(mentions, mentions.quoted_group[index], resolution)
            resolution.set(index, key, "we in a quotation: the body its speaker speaks for" if key else "we of no one body")
        elif mention.label == "Pronoun":
            key = _antecedent(doc, mention, mentions, resolution.ids)
            resolution.set(index, key, "pronoun: the last person named before it" if key else "pronoun without antecedent")
    _namesakes_by_pronoun(mentions, resolution)
    for index, person in mentions.country_of.items():
        if person is None:
            resolution.set(index, *_the_country(doc, mentions, index, resolution.ids))
        else:
            resolution.set(index, *_country_of(doc, mentions, person, resolution))
    return resolution


def _resolve_name(doc: Doc, mentions: DocumentMentions, index: int, resolution: Resolution) -> None:
    mention = mentions.mentions[index]
    if mention.key and mention.label == "Person" and len(mention.text.split()) == 1 and _longer_names(mentions, index):
        return  # "Trump" beside "Ivanka Trump": a short name like any other (rule 3)
    if mention.key:
        entry = gazetteer()[mention.key]
        if mention.text in entry.metonyms and _is_location(doc, mention):
            resolution.set(index, entity_id("Place", mention.text), "capital named as a location -> Place")
        elif _is_contextual(entry, mention.text) and not _named_plainly(mentions, mention.key):
            resolution.set(index, None, f"'{mention.text}' means {entry.name} only where it is named plainly")
        elif mention.text in entry.metonyms:
            resolution.set(index, mention.key, "capital or seat acting for its government")
        elif mention.text in entry.demonyms:
            resolution.set(index, mention.key, "gazetteer demonym")
        else:
            resolution.set(index, mention.key, "gazetteer name" if mention.text == entry.name else "gazetteer alias")
    elif mention.label == "Person" and len(mention.text.split()) > 1 and not _longer_names(mentions, index):
        resolution.set(index, entity_id("Person", mention.text), "full person name")
    elif mention.label != "Person":
        resolution.set(index, entity_id(mention.label, _name_key(mention.text)), f"{mention.label} name")


ACTING = {"nsubj", "nsubjpass", "dobj", "poss", "conj"}


def _place_for_its_team(doc: Doc, mentions: DocumentMentions, index: int, resolution: Resolution) -> None:
    """Rule 1b: a place that acts ("Ostrava beat Brno", "Ostrava's coach"), never one after "in" or
    "at", is the one organisation the article names with the place's name first ("the Ostrava
    Hawks", also where spaCy typed that a person or place: a place and a plural is a team); a place
    written only as a location, or beside two such organisations, stays a place."""
    mention = mentions.mentions[index]
    head = doc[mention.start:mention.end].root
    if head.dep_ not in ACTING or head.dep_ == "conj" and head.head.dep_ not in ACTING:
        return
    teams = {resolution.ids[i] for i, m in enumerate(mentions.mentions)
             if resolution.ids[i] and mentions.is_named(i) and m.text.startswith(mention.text + " ")
             and (m.label == "Organization" or m.label in ("Person", "Place", "Group") and m.text.endswith("s"))}
    if len(teams) == 1:
        resolution.set(index, teams.pop(), "a place that acts: the one organisation named with it first")


def _name_key(text: str) -> str:
    """The part of a name its id is made of: without a bracketed short form ("ATI Technologies (ATI)")
    and a trailing legal form ("Intel Corp.", "Advanced Micro Devices, Inc.")."""
    words = text.split(" (")[0].replace(",", " ").split()
    while len(words) > 1 and words[-1].lower() in name_words().legal_forms:  # "Intel Corp." is Intel
        words.pop()
    return " ".join(words) or text


def _named_plainly(mentions: DocumentMentions, key: str) -> bool:
    entry = gazetteer()[key]
    return any(m.key == key and not _is_contextual(entry, m.text) for m in mentions.mentions)


def _is_contextual(entry, text: str) -> bool:
    return text in entry.contextual or text[:1].lower() + text[1:] in entry.contextual


def _is_location(doc: Doc, mention: Mention) -> bool:
    """ "in Washington", "to Seoul and Tokyo": the place itself, not its government."""
    head = doc[mention.start:mention.end].root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "to" and _recipient_verb(head.head):
        return False  # "sent missiles to Moscow", "appealed to Kyiv": the government receives
    return (head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS
            or head.dep_ == "dobj" and head.head.lemma_.lower() in VISIT_VERBS)


def _recipient_verb(prep) -> bool:
    """Whether "to" hangs on a verb (or on its object) whose "to" names an actor, never a place."""
    verb = prep.head.head if prep.head.dep_ in ("dobj", "nsubjpass") else prep.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _recipient_verbs()


@cache
def _recipient_verbs() -> frozenset[str]:
    """Verbs of the relation types whose "to" is a recipient or target that is never a place."""
    return frozenset(phrase.split()[0] for r in vocabulary().relations.values()
                     if "to" in r.target_preps and "Place" not in r.target for phrase in r.verbs)


# --- agents ------------------------------------------------------------------------------------


def _resolve_agent(mentions: DocumentMentions, index: int, resolution: Resolution) -> None:
    """Rule 8: one actor per anchor and sector; a government is its anchor."""
    phrase = mentions.agents[index]
    anchor = _anchor_id(mentions, phrase.anchor, resolution) if phrase.anchor is not None else None
    if anchor and phrase.sector in agent_words().anchor_sectors:
        resolution.set(index, anchor, f"agent: {phrase.sector} of a country or organisation -> itself")
        return
    if anchor:
        key = f"agent:{anchor.split(':', 1)[1]}:{slug(phrase.sector)}"
        name = f"{_display_name(anchor, mentions, resolution)} · {phrase.sector}"
        rule = f"agent: {phrase.sector} of {name.split(' · ')[0]}"
    else:
        key, name, rule = f"agent:{slug(phrase.sector)}", phrase.sector, f"agent: {phrase.sector}, nobody's written"
    resolution.set(index, key, rule)
    resolution.names[key] = name
    resolution.agents[key] = (phrase.sector, anchor)


def _anchor_id(mentions: DocumentMentions, anchor: int, resolution: Resolution) -> str | None:
    """The actor an agent belongs to; a capital named as a place ("protesters in Kyiv") is its country."""
    mention, key = mentions.mentions[anchor], resolution.ids[anchor]
    if key and mention.key and gazetteer()[mention.key].type == "Country":
        return mention.key
    return key if key and key.split(":", 1)[0] in ("country", "organization", "group") else None


def _display_name(key: str, mentions: DocumentMentions, resolution: Resolution) -> str:
    if key in gazetteer():
        return gazetteer()[key].name
    if key in resolution.names:
        return resolution.names[key]
    texts = [m.text for m, k in zip(mentions.mentions, resolution.ids) if k == key]
    return max(texts, key=len, default=key.split(":", 1)[1])


# --- people ------------------------------------------------------------------------------------


def _longer_names(mentions: DocumentMentions, index: int) -> list[int]:
    """Other person names in the article that contain this one's words in order: "Von der Leyen"
    in "Ursula von der Leyen", "Kim" in "Kim Yong-hyun"."""
    words = _name_words(mentions.mentions[index].text)
    return [i for i, m in enumerate(mentions.mentions)
            if m.label == "Person" and i != index and i not in mentions.nominals
            and len(_name_words(m.text)) > len(words) and _contains(_name_words(m.text), words)]


def _resolve_short_name(doc: Doc, mentions: DocumentMentions, index: int, resolution: Resolution) -> None:
    mention = mentions.mentions[index]
    if _joined_to_a_group(doc, mentions, mention):
        resolution.set(index, None, "single word joined to a group word: a group, no surname")
        return
    longer = _longer_names(mentions, index)
    if _after_honorific(doc, mention):
        # "Mr Howard" is a surname: never "Howard Flight", whose first name it is
        longer = [i for i in longer if _name_words(mentions.mentions[i].text)[-1:] == _name_words(mention.text)[-1:]]
    if _territorial_peer(doc, mention):
        # "Lord Roberts of Conwy": a peer called by title and place, not the "Sion Roberts" named elsewhere
        peerage = role_words().peerage_titles
        longer = [i for i in longer if mentions.mentions[i].start > 0
                  and doc[mentions.mentions[i].start - 1].lower_ in peerage]
    sex = _title_sex(doc, mention)
    if sex and longer and not (longer := [i for i in longer if _full_name_sex(doc, mentions, i) in (None, sex)]):
        # "Michael Howard ... Mr Howard ... Mrs Howard": the wife, not the man the article calls "Mr"
        name = f"{doc[mention.start - 1].text.rstrip('.')} {mention.text}"
        _keep_to_article(Mention(name, mention.start, mention.end, mention.label), index, resolution,
                         "surname after a title of the other sex than the full name's")
        return
    candidates = [(mentions.mentions[i].start, resolution.ids[i]) for i in longer if resolution.ids[i]]
    before = {key for start, key in candidates if start < mention.start}
    if len(before) > 1:
        chosen, rule = _disambiguate(doc, mentions, index, before, resolution)
        if chosen:
            resolution.set(index, chosen, rule)
        else:
            _keep_to_article(mention, index, resolution, SHARED_NAME)
    elif before:
        resolution.set(index, before.pop(), "short name: the full name before it that contains it")
    elif candidates:
        resolution.set(index, min(candidates)[1], "short name: the first full name after it that contains it")
    elif mention.text.lower() in _known_name_words():
        _keep_to_article(mention, index, resolution, "single name shared with known people, no full name in the article")
    elif peer := _peerage_title(doc, mention):
        # "Baroness Ayre": called by title and surname, so a full name with that surname elsewhere is a namesake
        name = f"{peer} {mention.text}"
        resolution.set(index, entity_id("Person", name), "surname after a peerage title: title and surname")
        resolution.names[entity_id("Person", name)] = name
    else:
        resolution.set(index, entity_id("Person", mention.text), "single name no full name in the article contains")


def _joined_to_a_group(doc: Doc, mentions: DocumentMentions, mention: Mention) -> bool:
    """"Muslim and Christian can work together": a bare word coordinated with a group word is one
    too, not the surname of a "Louise Christian" named elsewhere."""
    if mention.end - mention.start != 1 or _after_honorific(doc, mention):
        return False
    others = (mentions.by_token.get(t.i) for t in doc[mention.start].conjuncts)
    return any(i is not None and mentions.mentions[i].label == "Group" for i in others)


def _peerage_title(doc: Doc, mention: Mention) -> str | None:
    """The title ("Baroness", "Lord") the article writes before this one-word name, if any."""
    peerage = role_words().peerage_titles
    for i in tokens_written(doc, mention.text):  # the name's uses, not a loop over every word per name
        if i > 0 and doc[i - 1].lower_ in peerage:
            return doc[i - 1].text.capitalize()
    return None


SURNAME_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr"}  # "Sir", "Lord", "Dame" go with first names too


def _after_honorific(doc: Doc, mention: Mention) -> bool:
    before = doc[mention.start - 1] if mention.start > 0 else None
    return before is not None and before.lower_.rstrip(".") in SURNAME_HONORIFICS


def _territorial_peer(doc: Doc, mention: Mention) -> bool:
    """ "Lord Roberts of Conwy": a peerage title, the name, "of" and a capitalised place."""
    return (mention.start > 0 and doc[mention.start - 1].lower_ in role_words().peerage_titles
            and mention.end + 1 < len(doc) and doc[mention.end].lower_ == "of" and doc[mention.end + 1].is_title)


def _title_sex(doc: Doc, mention: Mention) -> str | None:
    """ "male" after "Mr", "Lord", "Sir"; "female" after "Mrs", "Ms", "Lady"; else None."""
    if mention.start == 0:
        return None
    before = doc[mention.start - 1].lower_.rstrip(".")
    words = role_words()
    return "male" if before in words.male_titles else "female" if before in words.female_titles else None


def _full_name_sex(doc: Doc, mentions: DocumentMentions, index: int) -> str | None:
    """The sex of the title a full name is written after ("Mrs Ann Lee"), else of the titles its
    surname is written after ("Ann Lee ... Ms Lee"); "unknown" where the article writes the surname
    after titles of both ("Michael Howard's wife ... Mrs Howard ... Mr Howard"): which one the full
    name is, its titles do not say."""
    full = mentions.mentions[index]
    sex = _title_sex(doc, full)
    if sex:
        return sex
    surname = _name_words(full.text)[-1:]
    written = {_title_sex(doc, other) for other in mentions.mentions
               if other.label == "Person" and _name_words(other.text) == surname} - {None}
    return written.pop() if len(written) == 1 else "unknown" if written else None


def _disambiguate(doc: Doc, mentions: DocumentMentions, index: int, people: set[str],
                  resolution: Resolution) -> tuple[str | None, str]:
    """Which of several people sharing a name "Kim" is: the one whose title it carries
    ("Defense Minister Kim"), else the only one named in this or the previous sentence."""
    ids = resolution.ids
    title = next((t.role for t in resolution.titles if t.person == index), None)
    if title is not None:
        titled = {ids[t.person] for t in resolution.titles if ids[t.person] in people
                  and t.role.words & title.words and t.role.ranks == title.ranks}
        if len(titled) == 1:
            return titled.pop(), "short name: the person sharing it whose title it carries"
    here = _sentence_number(doc, mentions.mentions[index].start)
    recent = {ids[i] for i, m in enumerate(mentions.mentions) if ids[i] in people
              and m.start < mentions.mentions[index].start and here - _sentence_number(doc, m.start) <= 1}
    if len(recent) == 1:
        return recent.pop(), "short name: the only person sharing it named in this or the previous sentence"
    return None, ""


MALE, FEMALE = {"he", "him", "his"}, {"she", "her"}
SHARED_NAME = "short name of several people in the article"


def _namesakes_by_pronoun(mentions: DocumentMentions, resolution: Resolution) -> None:
    """Rule 3b: a short name several people of the article share ("Brask" beside "Tom Brask" and
    "Ellen Brask") is the one of them the article calls by the same pronoun as it: "he" after
    "Brask" where "she" is said of Ellen Brask and never "he" (the others are all called otherwise).
    Where more than one of them may be called so, or the short name by both, it stays apart."""
    said: dict[str, set[str]] = {}
    for index, mention in enumerate(mentions.mentions):
        word = mention.text.lower()
        if mention.label == "Pronoun" and resolution.ids[index] and word in MALE | FEMALE:
            said.setdefault(resolution.ids[index], set()).add("m" if word in MALE else "f")
    for index, rule in enumerate(resolution.rules):
        key = resolution.ids[index]
        if rule != SHARED_NAME or len(said.get(key, ())) != 1:
            continue
        people = {resolution.ids[i] for i in _longer_names(mentions, index) if resolution.ids[i]}
        left = [p for p in people if not (said.get(p) and not said[p] & said[key])]  # not called otherwise
        if len(left) == 1 and len(people) > 1:
            same = left
            for i, k in enumerate(resolution.ids):
                if k == key:
                    resolution.set(i, same[0], f"{resolution.rules[i]}; the one of them called by the same pronoun")


def _keep_to_article(mention: Mention, index: int, resolution: Resolution, rule: str, entity_type: str = "Person") -> None:
    """Which actor a bare "Kim" or "Foreign Ministry" is cannot be known: it stays an actor of this
    article only, rather than merge with a namesake."""
    name = f"{mention.text} (in document {resolution.doc_id[:8]})"
    resolution.set(index, entity_id(entity_type, name), rule)
    resolution.names[entity_id(entity_type, name)] = name


@cache
def _known_name_words() -> frozenset[str]:
    """Every word of every gazetteer person's names: "kim", "jong", "un", "yoon", ..."""
    return frozenset(w for e in gazetteer().values() if e.type == "Person" for n in (e.name, *e.aliases) for w in _name_words(n))


def _name_words(text: str) -> list[str]:
    return text.lower().replace("-", " ").split()


def _resolve_role_phrase(doc: Doc, mentions: DocumentMentions, index: int, resolution: Resolution) -> None:
    nominal = mentions.nominals[index]
    appositive = next((t.person for t in resolution.titles if t.nominal == index), None)
    if appositive is not None and resolution.ids[appositive]:
        resolution.set(index, resolution.ids[appositive], "role phrase written beside a name")
        return
    start = mentions.mentions[index].start
    ids = resolution.ids
    known = _known_owners(resolution)
    holders = [t for t in resolution.titles if mentions.mentions[t.person].start < start
               and ids[t.person] and _same_role(nominal, t.role, known.get(ids[t.person], set()), ids)]
    if not holders and in_headline(doc[start]):
        # "Tory leader unveils plan" above "Tory leader Michael Howard ...": a headline tells ahead
        # of its article, so its role phrase is the first person the article names with that title
        later = [t for t in resolution.titles
                 if ids[t.person] and _same_role(nominal, t.role, known.get(ids[t.person], set()), ids)]
        holders = [min(later, key=lambda t: mentions.mentions[t.person].start)] if later else []
    if holders:
        wanted = ids[nominal.owner] if nominal.owner is not None else None
        confirmed = [t for t in holders if wanted in known.get(ids[t.person], set())]
        holder = max(confirmed or holders, key=lambda t: mentions.mentions[t.person].start)
        resolution.set(index, ids[holder.person], "role phrase: the last person named before it with that title")
        if nominal.owner is not None:  # "Minister of National Defense X" ... "the South Korean defense minister"
            resolution.titles.append(roles.from_role_phrase(doc, mentions, index, holder.person))
        return
    member = _member_named_before(doc, mentions, index, resolution) if nominal.words & MEMBER_WORDS else None
    if member is not None:
        resolution.set(index, member, "member for a seat: the person the sentence before is about")
        return
    if nominal.owner is not None and resolution.ids[nominal.owner] and not _is_country(resolution.ids[nominal.owner]):
        # "Velmora's chief executive" with nobody named so is a person of this article, not Velmora:
        # the company is whose role it is (HOLDS_ROLE), and a later "the chief executive" is that person.
        # A state's envoy or minister ("Kyiv's ambassador") stays the state it acts for (below).
        mention = mentions.mentions[index]
        written = _role_phrase_text(doc, mentions, index) or mention.text
        _keep_to_article(replace(mention, text=written), index, resolution,
                         "role phrase with no named holder before it: a person of its own, who holds that role")
        resolution.titles.append(roles.from_role_phrase(doc, mentions, index, index))
    elif nominal.owner is not None and resolution.ids[nominal.owner]:
        resolution.set(index, resolution.ids[nominal.owner], "role phrase with no named holder before it -> its country")
    else:
        resolution.set(index, None, "role phrase with no named holder before it")


MEMBER_WORDS = frozenset(language()["member_words"])


def _member_named_before(doc: Doc, mentions: DocumentMentions, index: int, resolution: Resolution) -> str | None:
    """ "Mr Lee was suspended. The Mid-Wessex MP had denied ...": a seat's member with no title
    naming anyone is the named person the sentence before (or the one before it) is about."""
    sentence = doc[mentions.mentions[index].start].sent
    people = [i for i, m in enumerate(mentions.mentions) if m.label == "Person" and mentions.is_named(i)
              and (resolution.ids[i] or "").startswith("person:")]
    for _ in range(2):
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
        subject = root_subject_person(doc, sentence, mentions, people)
        if subject is not None:
            return resolution.ids[subject]
    return None


def _same_role(phrase: Nominal, title: Nominal, owners: set[str], ids: list[str | None]) -> bool:
    """ "the defense minister" may be "Minister of National Defense X"; "the foreign minister" is not
    "Deputy Foreign Minister Y", nor "the Russian envoy" a Ukrainian one (`owners`: the countries and
    organisations the person's titles name so far)."""
    if not phrase.words <= title.words or phrase.ranks != title.ranks or phrase.current != title.current:
        return False
    if phrase.owner is not None and owners:
        return ids[phrase.owner] in owners
    return True


def _known_owners(resolution: Resolution) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for title in resolution.titles:
        person = resolution.ids[title.person]
        if person and title.role.owner is not None and resolution.ids[title.role.owner]:
            owners.setdefault(person, set()).add(resolution.ids[title.role.owner])
    return owners


def _titles_with_owners(mentions: DocumentMentions, resolution: Resolution) -> list[roles.Title]:
    """A title without a country takes the one a title or role phrase of the same person and role
    gives it: "Minister of National Defense X" ... "the South Korean defense minister"."""
    owned = [t for t in resolution.titles if t.role.owner is not None and resolution.ids[t.person]]
    out = []
    for title in resolution.titles:
        if title.role.owner is None:
            donor = next((t for t in owned if resolution.ids[t.person] == resolution.ids[title.person]
                          and (t.role.words <= title.role.words or title.role.words <= t.role.words)), None)
            if donor is not None:
                title = replace(title, role=replace(title.role, owner=donor.role.owner))
        out.append(title)
    return out


def _spoken_for_by(mentions: DocumentMentions, speaker: int, resolution: Resolution) -> str | None:
    """Whom a speaker's "we" stands for: the speaker when a country or organisation speaks ("the party
    said: 'we ...'"); for a person, the one country or organisation their titles in the article name
    ("Tory leader X", "Lib Dem spokesman Y"); else nobody ("we" may be the speaker's family or the nation)."""
    ids = resolution.ids
    speaker_id = ids[speaker]
    if not speaker_id or speaker_id in resolution.agents:
        return None
    if not speaker_id.startswith("person:"):
        return speaker_id if speaker_id.startswith(("country:", "organization:")) else None
    owners = {ids[t.role.owner] for t in resolution.titles
              if ids[t.person] == speaker_id and t.role.owner is not None and ids[t.role.owner]}
    owners = {o for o in owners if o.startswith(("country:", "organization:")) and o not in resolution.agents}
    return owners.pop() if len(owners) == 1 else None


def _antecedent(doc: Doc, pronoun: Mention, mentions: DocumentMentions, ids: list[str | None]) -> str | None:
    best = _antecedent_index(doc, pronoun, mentions, ids)
    return ids[best] if best is not None else None


def _either_sex(doc: Doc, pronoun: Mention) -> bool:
    """"he/she", "his/her", "s/he": a pronoun joined by a slash to another stands for anyone."""
    i = pronoun.start
    return any(0 <= j < len(doc) and doc[j].text == "/" for j in (i - 1, i + 1)) or "/" in doc[i].text


def _antecedent_index(doc: Doc, pronoun: Mention, mentions: DocumentMentions, ids: list[str | None],
                      roles_too: bool = False) -> int | None:
    """The mention a pronoun points back to; with `roles_too`, a role phrase that stands for its country
    counts ("Kyiv's ambassador ... his country")."""
    if _either_sex(doc, pronoun):
        return None  # "nor does she/he kill": anyone of either sex, no one person
    reporter = _reporting_person(doc, pronoun, mentions, ids)
    if reporter is not None:
        return reporter
    other_sex = _titled_sexes(doc, mentions, ids, "female" if doc[pronoun.start].lower_ in MALE_PRONOUNS else "male")
    excluded = other_sex | reported_names(doc, pronoun, mentions, ids)  # "Lee will lose, he said": not Lee
    speakers = quoted_speakers(doc, pronoun, mentions, ids)  # "Ann Lee argued: "He has apologised"": not Lee
    start = sentence_start(doc, pronoun.start)
    if doc[pronoun.start].lower_ in MALE | FEMALE and described_between(doc, start, pronoun.start, mentions, ids):
        return None  # "a settlement with the former spy, which he ...": the one described, unnamed
    if not roles_too:
        subject = previous_subject(doc, pronoun, mentions, ids, excluded | speakers, PRONOUN_WINDOW)
        if subject is not None:
            return None if subject == NOBODY else subject
    window_start = max(0, _sentence_number(doc, pronoun.start) - PRONOUN_WINDOW)
    best = None
    clause_subjects = _clause_subjects(doc, pronoun)
    subject_ids = {ids[i] for i, m in enumerate(mentions.mentions)
                   if clause_subjects and any(t in clause_subjects for t in range(m.start, m.end))}
    for index, mention in enumerate(mentions.mentions):
        if ids[index] in subject_ids or ids[index] in excluded:
            continue  # "Cho thanked him": an object pronoun is not its own clause's subject; "Mrs Lee" is no "he"
        person = (ids[index] or "").startswith("person:") or roles_too and index in mentions.nominals and ids[index]
        if mention.label == "Person" and person and mention.start < pronoun.start:
            if _sentence_number(doc, mention.start) >= window_start or mention.start >= start:
                if best is None or mention.start > mentions.mentions[best].start:
                    best = index
    if best is not None and described_between(doc, mentions.mentions[best].end, pronoun.start, mentions, ids):
        return None  # "Ann Lee left. Later the former spy said he": a person described nearer than the name
    if best is not None and ids[best] in speakers:
        return None  # the last person named is the one quoted: whom else the quotation means is not clear
    return best


MALE_PRONOUNS = {"he", "him", "his"}


def _titled_sexes(doc: Doc, mentions: DocumentMentions, ids: list[str | None], sex: str) -> set[str]:
    """The people the article writes after a title of that sex ("Mrs", "Lord"), and never after one of the other."""
    words = role_words()
    titles = {"male": words.male_titles, "female": words.female_titles}
    written: dict[str, set[str]] = {}
    for index, mention in enumerate(mentions.mentions):
        if mention.label == "Person" and ids[index] and mention.start > 0:
            before = doc[mention.start - 1].lower_.rstrip(".")
            for kind, words_of_kind in titles.items():
                if before in words_of_kind:
                    written.setdefault(ids[index], set()).add(kind)
    return {key for key, kinds in written.items() if kinds == {sex}}


def _reporting_person(doc: Doc, pronoun: Mention, mentions: DocumentMentions, ids: list[str | None]) -> int | None:
    """"Ann Lee said she would ...": the subject "he"/"she" of a clause reported by a person is that
    person, whoever was named last before it."""
    token = doc[pronoun.start]
    if token.lower_ not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return None
    subject = next((c for c in children_of(clause.head) if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    for index, mention in enumerate(mentions.mentions):
        if mention.start <= subject.i < mention.end and (ids[index] or "").startswith("person:"):
            return index
    return None


def _country_of(doc: Doc, mentions: DocumentMentions, person: int | None,
                resolution: Resolution) -> tuple[str | None, str]:
    """Rule 7: the country of the person a mention ("his", "Yoon") stands for, and the rule that gave it."""
    ids = resolution.ids
    if person is None:
        return None, "a person's country: no person"
    if mentions.mentions[person].label == "Pronoun":
        person = _antecedent_index(doc, mentions.mentions[person], mentions, ids, roles_too=True)
        if person is None:
            return None, "a person's country: nobody named before the pronoun"
    nominal = mentions.nominals.get(person)
    if nominal is not None and nominal.owner is not None and _is_country(ids[nominal.owner]):
        return ids[nominal.owner], "a person's country: the country of the role phrase naming the person"
    if _is_country(ids[person]):
        return ids[person], "a person's country: the role phrase stands for its country"
    owners = [ids[t.role.owner] for t in resolution.titles
              if ids[t.person] == ids[person] and t.role.owner is not None and _is_country(ids[t.role.owner])]
    if ids[person] and owners:
        return owners[0], "a person's country: the country the person's title names"
    if mentions.is_named(person) and ids[person]:
        return ids[person], "a named person's government, country not written: the person"  # better than no actor
    return None, "a person's country: not written in the article"


def _the_country(doc: Doc, mentions: DocumentMentions, index: int, ids: list[str | None]) -> tuple[str | None, str]:
    """ "the country", "called on it to": the one country named earlier in its sentence, else in the
    one before; where two are, which one is meant is not known."""
    start = mentions.mentions[index].start
    here = _sentence_number(doc, start)
    subjects = _subjects_above(doc[start])
    for sentence in (here, here - 1):  # its own sentence first
        named = {ids[i] for i, m in enumerate(mentions.mentions) if m.start < start and _is_country(ids[i])
                 and mentions.is_named(i) and _sentence_number(doc, m.start) == sentence and m.start not in subjects}
        if len(named) == 1:
            return named.pop(), "'the country', 'it': the only country named before it in its sentence or the one before"
        if named:
            break
    return None, "'the country', 'it': no single country named just before it"


def _subjects_above(token) -> set[int]:
    """The tokens of the subjects of the clauses above a word: "Peru praised X but called on it to":
    "it" is not Peru, which would have said "itself"."""
    found, current = set(), token
    while current.head.i != current.i:
        current = current.head
        for child in children_of(current):
            if child.dep_ in ("nsubj", "nsubjpass") and not in_subtree(token, child):
                found |= {t.i for t in child.subtree}
    return found


def _is_country(key: str | None) -> bool:
    return bool(key) and key.startswith("country:")


def _clause_subjects(doc: Doc, pronoun: Mention) -> set[int]:
    token = doc[pronoun.start]
    if token.lower_ not in ("him", "her") or token.dep_ not in ("dobj", "pobj", "dative"):
        return set()
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return {t.i for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _sentence_number(doc: Doc, token_index: int) -> int:
    """The number of the sentence the token is in: the last sentence start at or before it."""
    return bisect_right(_sentence_starts(doc), token_index) - 1


def _sentence_starts(doc: Doc) -> list[int]:
    """Sentence start offsets, computed once per doc (long articles have many pronouns)."""
    if doc.user_data.get("sentence_starts") is None:
        doc.user_data["sentence_starts"] = [sent.start for sent in doc.sents]
    return doc.user_data["sentence_starts"]


# --- organisations -----------------------------------------------------------------------------


def _resolve_organization(doc: Doc, mentions: DocumentMentions, index: int, resolution: Resolution) -> None:
    mention = mentions.mentions[index]
    if index in mentions.back_references:
        word = mentions.back_references[index]
        named = [i for i, m in enumerate(mentions.mentions[:index]) if m.label == "Organization" and resolution.ids[i]
                 and i not in mentions.back_references and m.text.lower().split()[-1] == word
                 and m.start < mention.start]
        chosen = max(named, key=lambda i: mentions.mentions[i].start) if named else None
        resolution.set(index, resolution.ids[chosen] if chosen is not None else None,
                       f"'the {word}': the last {word} named before it" if named else f"'the {word}' with none named before it")
        return
    if _is_generic(mention.text):
        country = _country_before(mentions, mention, resolution)
        if country:
            country, country_start = country
            written = mention.text.title() if mention.text.islower() else mention.text  # "defense ministry"
            name = f"{written} ({gazetteer()[country].name})"
            resolution.set(index, entity_id("Organization", name), WITH_COUNTRY)
            resolution.names[entity_id("Organization", name)] = name
            resolution.written[index] = doc[country_start:mention.end].text  # "the United States Senate"
            return
        earlier = next((resolution.ids[i] for i, m in enumerate(mentions.mentions[:index])
                        if m.text == mention.text and resolution.rules[i] == WITH_COUNTRY), None)
        if earlier:
            resolution.set(index, earlier, "generic body: as named with its country earlier in the article")
            return
        if len(mention.text.split()) > 1:
            # "the Foreign Ministry" of which country is not written: kept to this article rather
            # than merged with every other country's foreign ministry.
            _keep_to_article(mention, index, resolution, "generic body with no country written", "Organization")
            return
    expanded = _expansion(mentions, index, resolution)
    if expanded:
        resolution.set(index, expanded, "acronym of an organisation named in full in the article")
        return
    words = _org_words(mention.text)
    longer = [i for i, m in enumerate(mentions.mentions) if m.label == "Organization" and i != index
              and resolution.ids[i] and len(_org_words(m.text)) > len(words) and _contains(_org_words(m.text), words)
              and _may_stand_for(words, _org_words(m.text))]
    if longer:
        chosen = min(longer, key=lambda i: abs(mentions.mentions[i].start - mention.start))
        resolution.set(index, resolution.ids[chosen], "short organisation name: a longer one in the article contains it")


def _expansion(mentions: DocumentMentions, index: int, resolution: Resolution) -> str | None:
    """ "ICC" after "International Criminal Court": the organisation whose initials it is."""
    acronym = mentions.mentions[index].text.replace(".", "")
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return None
    for i, other in enumerate(mentions.mentions):
        initials = "".join(w[0] for w in _org_words(other.text)).upper()
        if other.label == "Organization" and i != index and initials == acronym and resolution.ids[i]:
            return resolution.ids[i]
    return None


def _may_stand_for(short: list[str], long: list[str]) -> bool:
    """ "Assembly" may be the "National Assembly" and "Ford" the "Ford Motor Company", but "Boeing"
    is not "Boeing Commercial Airplanes": a name that begins a longer one stands for it only when the
    rest is corporate words."""
    if long[:len(short)] != short or short[-1] in role_words().institution_heads:
        return True
    return all(w in name_words().corporate_words or w in name_words().legal_forms for w in long[len(short):])


def _org_words(text: str) -> list[str]:
    return [w for w in text.lower().replace("(", " ").replace(")", " ").split() if w not in NAME_GLUE]


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """The short name's words appear in the long one in order: "Democratic Party" in "Democratic Party of Korea"."""
    position = 0
    for word in shorter:
        if word not in longer[position:]:
            return False
        position = longer.index(word, position) + 1
    return True


def _is_generic(text: str) -> bool:
    words = role_words()
    vocabulary_words = words.institution_heads | words.modifiers | NAME_GLUE
    tokens = text.lower().split()  # none for a mention of only white space
    return bool(tokens) and tokens[-1] in words.institution_heads and all(t in vocabulary_words for t in tokens)


def _country_before(mentions: DocumentMentions, mention: Mention, resolution: Resolution) -> tuple[str, int] | None:
    """The country written right before a generic body, and where it starts: "Ukrainian Defense
    Ministry", "South Korea's Defense Ministry"."""
    for i, other in enumerate(mentions.mentions):
        gap = mention.start - other.end
        if other.label == "Country" and resolution.ids[i] in gazetteer() and 0 <= gap <= 1:
            return resolution.ids[i], other.start
    return None
