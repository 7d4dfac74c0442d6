"""Stage 3: the relations a parsed article states, from the dependency parse.

Nothing here knows any particular article. Each question has its own module, with its rules in the
order a reader meets them; their word lists are in schema/language.toml, the trigger words in
schema/relations.toml:
- triggers.py      which words are events: verbs and nouns of the vocabulary; light verbs ("made a
                   request") that only carry the event noun they take.
- actors.py        who a noun phrase stands for ("Kyiv's ambassador", "his counterpart X") and who does a
                   verb (subject, passive agent, controller of an infinitive: "urged X to", "accused X of").
- participants.py  the source, target and theme of one trigger: object, target prepositions, the subject
                   of a requested clause, the one reacting to an event noun ("Hungary rejected Ukraine's request").
- polarity.py      negation on the trigger or above it ("did not request that", "refused to", "ruled out").
- modality.py      modal auxiliaries, "whether"/"if", and the words that embed the act ("plans to").
- attribution.py   who says so: the speech verb above the trigger, or "according to X".
- dates.py         the date expression the act is dated by.
- grammar.py       walking the parse: clause heads above a word, prepositions, passives, infinitives.
This module runs them over each sentence and builds the raw relations.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from newsgraph.ingest.mentions import DocumentMentions
from newsgraph.schema import RelationType, language, vocabulary
from newsgraph.ingest.extract.actors import _coordinated_gerund, actors_of, subject_of
from newsgraph.ingest.extract.attribution import demand_speaker, quote_speakers, speaker_of
from newsgraph.ingest.extract.coding import accord_cameo, considered_cameo, decided_cameo, demanded, refusal_cameo, rules as coding_rules
from newsgraph.ingest.extract.dates import date_near
from newsgraph.ingest.extract.modality import modality_of
from newsgraph.ingest.extract.participants import converse_roles, noun_roles, phrase_text, verb_roles
from newsgraph.ingest.extract.polarity import negated
from newsgraph.ingest.extract.triggers import has_particle, lemma_forms, lookup, possible_triggers, triggers_at


CONTENT_EMBEDDERS = language()["content_embedders"]
MATERIAL_TYPES = language()["material_types"]
NOT_MATERIAL = language()["not_material"]
FIGURATIVE_THEMES = language()["figurative_themes"]  # type -> {word: ...}: the objects that make it figurative
PHRASAL_NOT_TRIGGERS = set(language()["phrasal_not_triggers"])
NEEDS_OTHER_SIDE = language()["needs_other_side"]  # word -> the type it gives only with a target
VERBAL_OBJECTS = set(language()["verbal_objects"])
ATTEMPT_VERBS = set(language()["attempt_verbs"])
CAMEO_BY_OBJECT = language()["cameo_by_object"]
ACCUSATION_CONTENT = language()["accusation_content"]
QUESTION_WORDS = language()["question_words"]
QUESTION_VERBS = language()["question_verbs"]
POSSIBLE_MARKS = language()["possible_marks"]
HAPPENINGS = language()["happenings"]
DIRECTIVE_WITH_INFINITIVE = language()["directive_with_infinitive"]
MEDIA_WORDS = language()["media_words"]
PLACE_VISITS = language()["place_visits"]
NOT_MET_SECTORS = set(language()["not_met_sectors"])
TALKING_VERBS = language()["talking_verbs"]


@dataclass(frozen=True)
class RawRelation:
    """A relation between two mentions, before mentions are resolved to actors."""

    source: "MentionRef"
    target: "MentionRef | None"  # None: a one-sided event (`patient` may say what it was done to)
    type: str
    polarity: str
    modality: str
    attributed_to: "MentionRef | None"
    theme: str | None
    sentence: str
    sentence_index: int
    date_text: str | None
    confidence: float
    trigger: str | None = None  # the vocabulary entry that matched: "call on", "invasion"
    trigger_token: int | None = None  # the token index of the trigger word in the doc
    patient: tuple[int, int] | None = None  # token span of the other side when it is no actor ("the city")
    cameo: str | None = None  # a CAMEO code the object decides ("rejected accusations": 016), else by type


@dataclass(frozen=True)
class MentionRef:
    """A mention by its token span; `index` points into DocumentMentions.mentions."""

    index: int


def find_relations(doc: Doc, mentions: DocumentMentions) -> list[RawRelation]:
    relations: list[RawRelation] = []
    quotes = quote_speakers(doc, mentions)
    possible = possible_triggers(doc)  # most words are no trigger word at all
    for sent_index, sent in enumerate(doc.sents):
        if _is_question(sent):
            continue  # "Did China send weapons to Russia?" asserts nothing
        for token in sent:
            relations.extend(_demands(token, mentions, sent, sent_index))
            if token.i not in possible or _content_of_an_act(token):
                continue
            for trigger in triggers_at(token, mentions):
                if trigger.particle and not has_particle(token, trigger.particle):
                    continue
                found = _relations_at(token, trigger, mentions, sent, sent_index, quotes)
                relations.extend(found)
                if found:
                    break  # an ambiguous word ("call", "strike") is the first type whose roles fit
    return relations


def _content_of_an_act(token: Token) -> bool:
    """"threatened to shell the town": what is threatened is the threat's content, not an act of
    its own; the embedding verb decides the type (schema/language.toml content_embedders). So is what
    one is accused of ("accused X of making promises", "of lying and then attacking Y"): the
    accusation is the event, what it says is not reported as done (accusation_content)."""
    if token.dep_ == "xcomp" and lookup(CONTENT_EMBEDDERS, token.head):
        return True
    if _in_a_question_asked(token):
        return True  # "asked why the government was agreeing to ...": asked about, not reported
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.tag_ == "VBG":
        token = token.head  # "of making uncosted promises": the gerund's object
    gerund = token
    if token.dep_ == "conj" and token.tag_ == "VBG" and token.head.tag_ == "VBG":
        gerund = token.head  # "of telling lies and then attacking ...": as the first gerund
    elif _coordinated_gerund(token) is not None:
        gerund = _coordinated_gerund(token)
    preposition = gerund.head
    return (gerund.dep_ == "pcomp" and preposition.lower_ in ("of", "for")
            and bool(lookup(ACCUSATION_CONTENT, preposition.head)))


def _is_question(sent) -> bool:
    words = [t for t in sent if not t.is_space and not t.is_quote]
    return bool(words) and words[-1].text == "?"


def _relations_at(token, trigger, mentions, sent, sent_index, quotes) -> list[RawRelation]:
    reader = noun_roles if trigger.noun else converse_roles if trigger.converse else verb_roles
    roles = reader(token, trigger.relation, trigger.particle, mentions)
    if roles is None:
        return []
    relation_type = _retyped(trigger.relation, roles.theme)
    objects = [roles.theme, roles.patient, *(c for c in token.children if c.dep_ == "dobj")]
    if relation_type == "ATTACKED" and any(t is not None and lookup(VERBAL_OBJECTS, t) for t in objects):
        relation_type = "CONDEMNED"  # "attack his words": a verbal attack
    if relation_type == "REQUESTED" and lookup(ATTEMPT_VERBS, token) and any(c.dep_ == "xcomp" for c in token.children):
        return []  # "sought to disturb the increase": an attempt, no request
    if trigger.phrase in DIRECTIVE_WITH_INFINITIVE and (relation_type == "REQUESTED") != any(
            c.dep_ == "xcomp" for c in token.children):
        return []  # "told X to resign" asks it; "told X that ..." says it
    if trigger.phrase in DIRECTIVE_WITH_INFINITIVE:
        roles = _addressees_only(roles, token, mentions)
        if not roles.targets:
            return []  # "..., he told BBC 1": told nobody an event is about
    if relation_type == "REQUESTED" and _asks_a_question(token):
        return []  # "asked why the government ...", "asked whether": a question, no request
    roles = _without_happenings(roles, mentions, token.doc)
    # the parser may take the second object of "give X a Y" for an adverbial noun
    given = [roles.theme, *(c for c in token.children if c.dep_ in ("dobj", "dative", "oprd", "attr")
                            or c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN"))]
    if relation_type in MATERIAL_TYPES and any(t is not None and lookup(NOT_MATERIAL, t) for t in given):
        return []  # "sent a condolence message to X", "gave the team a cheer": no supply
    if relation_type in MATERIAL_TYPES and not trigger.noun and any(c.dep_ == "ccomp" for c in token.children) and not any(
            c.dep_ in ("dobj", "dative") for c in token.children):
        return []  # "providing the MPs would support him": a condition, nothing given
    figurative = FIGURATIVE_THEMES.get(relation_type)
    if figurative and any(t is not None and lookup(figurative, t) for t in objects):
        return []  # "fight terror", "shoot the fox": a figure of speech, no act against anyone
    if lookup(PLACE_VISITS, token) and relation_type == "MET" and roles.targets:
        # "visits Manchester, Leeds and Dorset", "will visit Auschwitz": places toured, not partners met
        kept = [t for t in roles.targets if mentions.mentions[t].label in ("Person", "Country")]
        roles = replace(roles, targets=kept) if len(kept) < len(roles.targets) else roles
    if relation_type == "MET" and lookup(TALKING_VERBS, token) and roles.targets:
        # "telephoning people", "speaking to the BBC's Westminster Hour": no side met
        kept = [t for t in roles.targets if not (t in mentions.agents and mentions.agents[t].sector in NOT_MET_SECTORS)
                and not any(w.lower_ in MEDIA_WORDS for w in token.doc[mentions.mentions[t].start:mentions.mentions[t].end])
                and not _named_on_a_medium(token.doc, mentions.mentions[t])]
        roles = replace(roles, targets=kept) if len(kept) < len(roles.targets) else roles
    if not roles.targets and lookup(NEEDS_OTHER_SIDE, token) == relation_type:
        return []  # "Speaking on Radio 4, X said ...", "would not discuss reports": no meeting
    if trigger.phrase in trigger.relation.object_verbs and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in token.children):
        return []  # "returned home", "returned to Lima": a journey, not a handing back
    if trigger.phrase in trigger.relation.object_verbs and any(c.dep_ == "oprd" for c in token.children):
        return []  # "called Peru's president a liar": naming, no phone call
    if not trigger.particle and _phrasal(token):
        return []  # "gave up the fight": another verb than "give"
    cameo = _cameo_by_object(relation_type, token, roles.theme)
    if relation_type == "AGREED":
        cameo = accord_cameo(token, trigger.phrase, mentions) or cameo
    cameo = considered_cameo(relation_type, token) or cameo
    if relation_type == trigger.relation.name:
        cameo = cameo or decided_cameo(trigger.relation, trigger.phrase, token)
    polarity = "negative" if negated(token) else "positive"
    refusal = refusal_cameo(relation_type, token) if polarity == "negative" else None
    modality = modality_of(token)
    speaker = speaker_of(token, mentions, quotes)
    date_text = date_near(token)
    confidence = round((0.8 if roles.direct else 0.6) * trigger.weight, 2)
    theme = phrase_text(roles.theme) if roles.theme is not None else None
    patient = _noun_phrase(roles.patient) if roles.patient is not None and not roles.targets else None
    out = []
    sentence = sent.text.strip() if roles.sources else ""  # once, not per source and target
    for source in roles.sources:
        for target in roles.targets or [None]:
            if target is not None and (source == target or _same_text(mentions, source, target)):
                continue
            out.append(
                RawRelation(
                    MentionRef(source), MentionRef(target) if target is not None else None, relation_type,
                    polarity, modality, MentionRef(speaker) if speaker is not None else None,
                    theme, sentence, sent_index, date_text, confidence, trigger.phrase, token.i, patient,
                    cameo,
                )
            )
            if refusal:
                # "refused to lift the ban on X": a rejection of what is not done (schema/coding.toml)
                refused_as = coding_rules()["refusal_type"].get(relation_type, "DENIED")
                out.append(replace(out[-1], type=refused_as, polarity="positive", cameo=refusal,
                                   modality="asserted" if modality == "future" else modality))
    return out


def _in_a_question_asked(token: Token) -> bool:
    """Whether the word is in the clause of "asked why/how ..." (not "whether", which keeps it possible)."""
    clause = token
    for _ in range(4):
        if clause.dep_ == "ccomp" and lookup(QUESTION_VERBS, clause.head):
            # "asked whether NATO would send troops" keeps the act, as a possibility (modality.py)
            return _a_question(clause, clause.head) and clause.left_edge.lower_ not in POSSIBLE_MARKS
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _asks_a_question(verb: Token) -> bool:
    """"asked why ...", "asked X whether ...": the clause asked is a question (question_words)."""
    return any(_a_question(clause, verb) for clause in verb.children if clause.dep_ == "ccomp")


def _a_question(clause: Token, verb: Token) -> bool:
    """Whether the clause after the verb opens with a question word (question_words)."""
    first = clause.left_edge
    return first.lower_ in QUESTION_WORDS and first.i > verb.i


def _addressees_only(roles, verb: Token, mentions: DocumentMentions):
    """"told Labour members the Tories ...", "told BBC Radio Wales": whom one tells is the object
    itself, not the subject of what is told, nor the country a programme is named after; and never a
    news medium, which a statement goes through, not to ("told Reuters", "told reporters")."""
    kept = []
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
        if any(t.lower_ in MEDIA_WORDS for t in obj.subtree):
            continue
        for target in actors_of(obj, mentions):
            if target in mentions.agents and mentions.agents[target].sector == "media":
                continue
            mention = mentions.mentions[target]
            named_here = mentions.by_token.get(obj.i) == target and not any(
                c.dep_ == "compound" and not mention.start <= c.i < mention.end for c in obj.children)
            if target in roles.targets and (named_here or mention.label not in ("Country", "Place")):
                kept.append(target)
    return replace(roles, targets=kept)


def _named_on_a_medium(doc: Doc, mention) -> bool:
    """"the BBC's Westminster Hour": a name owned by, or compounded with, a news medium."""
    head = doc[mention.end - 1]
    return any(c.dep_ in ("poss", "compound") and c.lower_ in MEDIA_WORDS for c in head.children)


def _without_happenings(roles, mentions: DocumentMentions, doc: Doc):
    """"an inquiry into the death of X", "investigating X's murder": what is investigated is what
    happened to X, not X: X is no target (schema/language.toml happenings)."""
    kept = []
    for target in roles.targets:
        head = doc[mentions.mentions[target].end - 1]
        owner = head.head if head.dep_ == "poss" else head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if owner is None or not lookup(HAPPENINGS, owner):
            kept.append(target)
    return roles if len(kept) == len(roles.targets) else replace(roles, targets=kept)


def _demands(verb: Token, mentions: DocumentMentions, sent, sent_index: int) -> list[RawRelation]:
    """"Russia said Israel must end the strikes": Russia demands it of Israel (schema/coding.toml)."""
    found = demanded(verb)
    if found is None:
        return []
    verb, subject, mark = found
    sources = actors_of(subject_of(verb), mentions, agent=True)
    generic = set(coding_rules()["generic_addressees"])
    targets = [t for t in actors_of(subject, mentions)
               if t not in mentions.agents or mentions.agents[t].sector not in generic]
    if not sources or not targets:
        return []  # "reforms should build on ...": an opinion about a policy, no demand of anyone
    polarity = "negative" if negated(verb) else "positive"
    return [
        RawRelation(MentionRef(source), MentionRef(target) if target is not None else None, "REQUESTED",
                    polarity, "asserted", MentionRef(demand_speaker(verb, source, mentions)), None, sent.text.strip(),
                    sent_index, date_near(verb), 0.6,
                    "demand", mark.i, None, coding_rules()["demand_cameo"])
        for source in sources for target in targets if source != target and not _same_text(mentions, source, target)
    ]


def _phrasal(verb: Token) -> bool:
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt" or c.dep_ in ("advmod", "prep") and c.i == verb.i + 1]
    return any(f"{form} {particle}" in PHRASAL_NOT_TRIGGERS for form in lemma_forms(verb) for particle in particles)


def _noun_phrase(head: Token) -> tuple[int, int]:
    """The token span of a noun and the words before it that modify it: "the final rebel-held city"."""
    return head.left_edge.i if head.left_edge.i <= head.i else head.i, head.i + 1


def _retyped(relation: RelationType, theme: Token | None) -> str:
    """"sent 12,000 troops to Russia" is a deployment, not a supply: the theme decides (theme_nouns)."""
    if theme is not None:
        for other in vocabulary().relations.values():
            if relation.name in other.takes_over and lookup(set(other.theme_nouns), theme):
                return other.name
    return relation.name


def _cameo_by_object(relation_type: str, trigger: Token, theme: Token | None) -> str | None:
    """The CAMEO code the trigger's object or theme gives (schema/language.toml cameo_by_object)."""
    table = CAMEO_BY_OBJECT.get(relation_type)
    objects = ([theme] if theme is not None else []) + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    for obj in objects if table else []:
        code = lookup(table, obj)
        if code:
            return code
    return None


def _same_text(mentions: DocumentMentions, a: int, b: int) -> bool:
    ma, mb = mentions.mentions[a], mentions.mentions[b]
    return (ma.key and ma.key == mb.key) or ma.text == mb.text
