"""Stage 3: find the actors mentioned in a parsed article and the relations between them.

Relations come from the dependency parse: a trigger word from the vocabulary (a verb such as
"warn" or a noun such as "request"), its agent and its target found through the grammar (subject,
passive agent, object, prepositional object, control verbs), then the polarity, modality,
speaker, theme and date read off the words around it. Nothing here knows any particular article.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from newsgraph.ingest.mentions import PRONOUNS, DocumentMentions
from newsgraph.schema import RelationType, vocabulary

SUBJECT_DEPS = {"nsubj", "csubj"}
OBJECT_DEPS = {"dobj", "dative", "attr", "oprd"}
SPEECH_VERBS = {
    "say", "tell", "add", "report", "announce", "state", "claim", "note", "stress", "insist",
    "write", "believe", "argue", "allege", "explain", "confirm", "reveal", "declare", "assert",
    "quote", "cite", "disclose", "indicate", "suggest", "think", "describe", "emphasize", "emphasise",
}
# Verbs whose embedded act has not happened: the act is the verb's content, so its modality changes.
EMBEDDING_MODALITY = {
    **dict.fromkeys(["plan", "intend", "aim", "pledge", "promise", "vow", "agree", "decide", "prepare",
                     "expect", "commit", "schedule", "set", "offer", "go"], "future"),
    **dict.fromkeys(["consider", "mull", "weigh", "contemplate", "explore", "discuss", "reconsider",
                     "study", "review", "seek", "try", "attempt", "may", "able"], "possible"),
    **dict.fromkeys(["want", "wish", "hope", "ask", "urge", "request", "implore", "call", "persuade",
                     "demand", "press", "appeal", "need", "push", "encourage", "invite", "beg", "plead",
                     "warn", "threaten", "propose", "suggest"], "hypothetical"),
}
NEGATING_VERBS = {"deny", "refuse", "decline", "fail", "reject", "avoid", "stop", "cease", "halt"}
MODAL_AUX = {"will": "future", "shall": "future", "'ll": "future", "would": "hypothetical",
             "could": "possible", "might": "possible", "may": "possible", "can": "possible",
             "should": "hypothetical", "must": "hypothetical"}
POSSIBILITY_WORDS = {"possibly", "potentially", "perhaps", "maybe", "option", "possibility", "idea",
                     "prospect", "proposal", "plan", "whether", "likely", "reportedly"}
NEGATION_WORDS = {"not", "n't", "never", "no", "neither", "nor", "without"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}


@dataclass(frozen=True)
class RawRelation:
    """A relation between two mentions, before mentions are resolved to actors."""

    source: "MentionRef"
    target: "MentionRef"
    type: str
    polarity: str
    modality: str
    attributed_to: "MentionRef | None"
    theme: str | None
    sentence: str
    sentence_index: int
    date_text: str | None
    confidence: float


@dataclass(frozen=True)
class MentionRef:
    """A mention by its token span; `index` points into DocumentMentions.mentions."""

    index: int


@dataclass(frozen=True)
class Trigger:
    relation: RelationType
    particle: str | None  # "on" in "call on": must be a child of the verb


@cache
def trigger_index() -> tuple[dict[str, list[Trigger]], dict[str, list[Trigger]]]:
    """Verb and noun lemma -> the relation types they can trigger, from schema/relations.toml."""
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for relation in vocabulary().relations.values():
        for phrase in relation.verbs:
            lemma, _, particle = phrase.partition(" ")
            verbs.setdefault(lemma, []).append(Trigger(relation, particle or None))
        for noun in relation.nouns:
            nouns.setdefault(noun, []).append(Trigger(relation, None))
    # Phrasal entries first, so "rule out" wins over a plain "rule" where both could match.
    for table in (verbs, nouns):
        for triggers in table.values():
            triggers.sort(key=lambda trigger: trigger.particle is None)
    return verbs, nouns


# --- relations -------------------------------------------------------------------------------


def find_relations(doc: Doc, mentions: DocumentMentions) -> list[RawRelation]:
    verbs, nouns = trigger_index()
    relations: list[RawRelation] = []
    for sent_index, sent in enumerate(doc.sents):
        for token in sent:
            if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.tag_.startswith("VB")):
                candidates = verbs.get(token.lemma_.lower(), [])
                reader = _verb_roles
            elif token.pos_ in ("NOUN", "PROPN"):
                candidates = nouns.get(token.lemma_.lower(), []) or nouns.get(token.lower_, [])
                reader = _noun_roles
            else:
                continue
            for trigger in candidates:
                if trigger.particle and not _has_particle(token, trigger.particle):
                    continue
                relations.extend(_relations_at(token, trigger, reader, mentions, sent, sent_index))
                break
    return relations


def _has_particle(token: Token, particle: str) -> bool:
    return any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == particle for c in token.children)


@dataclass
class Roles:
    sources: list[int]
    targets: list[int]
    theme: str | None
    direct: bool  # both ends found by the grammar, not guessed from context


def _relations_at(token, trigger, reader, mentions, sent, sent_index) -> list[RawRelation]:
    relation = trigger.relation
    roles = reader(token, relation, trigger.particle, mentions)
    if roles is None:
        return []
    polarity = "negative" if _negated(token) else "positive"
    modality = _modality(token)
    speaker = _speaker(token, mentions)
    date_text = _date_near(token)
    confidence = 0.8 if roles.direct else 0.6
    out = []
    for source in roles.sources:
        for target in roles.targets:
            if source == target or _same_text(mentions, source, target):
                continue
            out.append(
                RawRelation(
                    MentionRef(source), MentionRef(target), relation.name, polarity, modality,
                    MentionRef(speaker) if speaker is not None and speaker != source else None,
                    roles.theme, sent.text.strip(), sent_index, date_text, confidence,
                )
            )
    return out


def _same_text(mentions: DocumentMentions, a: int, b: int) -> bool:
    ma, mb = mentions.mentions[a], mentions.mentions[b]
    return (ma.key and ma.key == mb.key) or ma.text == mb.text


# --- who did it, to whom, about what ---------------------------------------------------------------


def _actors(token: Token | None, mentions: DocumentMentions) -> list[int]:
    """The mentions a noun phrase stands for, following coordination ("Yoon and Kishida").

    A phrase that is not itself a name stands for the actor it belongs to: "Kyiv's ambassador",
    "the Ukrainian delegation", "the delegation from Ukraine", "South Korea's Defense Ministry".
    """
    if token is None:
        return []
    found = []
    for head in [token, *_conjuncts(token)]:
        index = mentions.by_token.get(head.i)
        if index is None:
            index = _owner(head, mentions)
        if index is not None and index not in found:
            found.append(index)
    return found


def _conjuncts(token: Token) -> list[Token]:
    return [t for t in token.conjuncts if t.i > token.i]


def _owner(token: Token, mentions: DocumentMentions) -> int | None:
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    ranked = sorted(token.children, key=lambda c: ["poss", "compound", "amod", "nmod", "prep"].index(c.dep_)
                    if c.dep_ in ("poss", "compound", "amod", "nmod", "prep") else 9)
    for child in ranked:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in mentions.by_token:
            return mentions.by_token[child.i]
        if child.dep_ == "prep" and child.lower_ in ("from", "of"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.i in mentions.by_token:
                    return mentions.by_token[grandchild.i]
    return None


def _subject(verb: Token) -> Token | None:
    """The doer of a verb: its subject, the agent of a passive, or the controller of a clause."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if _is_passive(verb):
        return None
    if verb.dep_ == "xcomp":
        # Object control: "urged South Korea to provide" -> South Korea provides.
        controller = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), None)
        return controller or _subject(verb.head)
    if verb.dep_ in ("conj", "advcl", "pcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head
    return None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN"
    )


def _verb_roles(verb: Token, relation: RelationType, particle: str | None, mentions) -> Roles | None:
    sources = _actors(_subject(verb), mentions)
    targets: list[int] = []
    theme: str | None = None
    direct = True
    patients = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if _is_passive(verb):
        passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ == "acl" and passive_subject is None:
            passive_subject = verb.head  # "the system manufactured by LIG Nex1"
        patients.insert(0, passive_subject) if passive_subject is not None else None
    for patient in patients:
        found = _actors(patient, mentions)
        if found and not targets and _accepts(relation.target, mentions, found):
            targets = found
        elif theme is None:
            theme = _phrase(patient)
    for prep in (c for c in verb.children if c.dep_ in ("prep", "prt", "advmod")):
        objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
        for obj in objects:
            found = _actors(obj, mentions)
            is_target_prep = prep.lower_ == particle or prep.lower_ in relation.target_preps
            if found and not targets and is_target_prep:
                targets = found
            elif prep.lower_ in relation.theme_preps and theme is None:
                theme = _phrase(obj)
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
    if clause is not None:
        # "requested that South Korea provide weapons": the clause's subject is the target
        # and its object the theme.
        if not targets:
            clause_subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            found = _actors(clause_subject, mentions)
            if found and clause_subject is not None and clause_subject.lower_ not in PRONOUNS:
                targets = found
        if theme is None:
            clause_object = next((c for c in clause.children if c.dep_ in ("dobj", "attr")), None)
            theme = _phrase(clause_object) if clause_object is not None else clause.lemma_
    if not sources or not targets:
        return None
    if not _accepts(relation.source, mentions, sources):
        return None
    return Roles(sources, targets, theme, direct)


def _noun_roles(noun: Token, relation: RelationType, particle: str | None, mentions) -> Roles | None:
    """Nominal events: "Russia's warnings", "a request from Kyiv for air defence",
    "the alliance between Russia and North Korea", "South Korea's deal to export ..."."""
    sources: list[int] = []
    targets: list[int] = []
    theme: str | None = None
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and not sources:
            sources = _actors(child, mentions)
    preps = [c for c in noun.children if c.dep_ == "prep"]
    # "a coalition being formed between A and B": the prepositions may hang on a participle.
    for acl in (c for c in noun.children if c.dep_ == "acl"):
        preps += [c for c in acl.children if c.dep_ == "prep"]
    for prep in preps:
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            found = _actors(obj, mentions)
            if prep.lower_ == "between" and found:
                # "between A and B" names both sides of a joint act.
                sources, targets = found[:1], found[1:] or targets
            elif prep.lower_ in ("from", "by") and found and not sources:
                sources = found
            elif prep.lower_ in relation.target_preps and found and not targets:
                targets = found
            elif prep.lower_ in relation.theme_preps and theme is None:
                theme = _phrase(obj)
    direct = bool(sources)
    if not sources and noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in ("VERB", "AUX"):
        # "Ukraine made a request", "the minister dismissed ..." -> the verb's subject did it.
        sources = _actors(_subject(noun.head), mentions)
    if relation.symmetric and len(sources) > 1 and not targets:
        sources, targets = sources[:1], sources[1:]
    if not sources or not targets:
        return None
    return Roles(sources, targets, theme, direct)


def _accepts(allowed: tuple[str, ...], mentions: DocumentMentions, found: list[int]) -> bool:
    """Type check on an end of a relation; pronouns and unresolved groups are let through."""
    if not allowed:
        return True
    return any(mentions.mentions[i].label in allowed or mentions.mentions[i].label in ("Pronoun", "Place", "Group")
               for i in found)


def _phrase(token: Token) -> str | None:
    """The words of a noun phrase without its determiner: "the air defense systems" -> "air defense systems"."""
    words = [t for t in token.subtree if t.dep_ not in ("det", "punct", "relcl", "acl", "prep") or t.i < token.i]
    words = [t for t in words if not (t.dep_ == "det" and t.i < token.i)]
    # Stop at a relative or prepositional tail to keep the theme short.
    kept = [t for t in words if t.i <= token.i or t.head == token and t.dep_ in ("nummod", "compound", "amod")]
    text = " ".join(t.text for t in kept).strip()
    return text or None


# --- polarity, modality, speaker, date -------------------------------------------------------------


def _governors(token: Token):
    """The chain of clause heads above a token, stopping at the sentence root."""
    current = token
    while current.head.i != current.i:
        yield current.dep_, current.head
        current = current.head


def _negated(token: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "det", "advmod") for c in token.children):
        return True
    if token.pos_ == "NOUN" and token.head.pos_ in ("VERB", "AUX"):
        # "made no mention of", "did not receive any proposals": the governing verb is negated.
        if any(c.dep_ == "neg" for c in token.head.children):
            return True
    for dep, head in _governors(token):
        if dep not in ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep"):
            break
        lemma = head.lemma_.lower()
        if lemma in NEGATING_VERBS and dep in ("xcomp", "ccomp"):
            return True  # "denied that ...", "refused to ..."
        if lemma in SPEECH_VERBS:
            break
        if any(c.dep_ == "neg" for c in head.children):
            # "did not request that X provide": the request is negated, and so is what it asked for;
            # "will not rule out providing" is a possibility instead (see _modality).
            return not (lemma == "rule" and any(c.lower_ == "out" for c in head.children))
    return False


def _modality(token: Token) -> str:
    for child in token.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in MODAL_AUX:
            return MODAL_AUX[child.lower_]
        if child.dep_ == "advmod" and child.lower_ in POSSIBILITY_WORDS:
            return "possible"
        if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
            return "hypothetical"
    if token.dep_ == "advcl" and any(c.lower_ in CONDITIONAL_MARKS for c in token.children):
        return "hypothetical"
    for dep, head in _governors(token):
        lemma = head.lemma_.lower()
        if dep in ("ccomp", "xcomp", "pcomp", "pobj", "dobj", "prep", "acl", "advcl"):
            if lemma == "rule" and any(c.lower_ == "out" for c in head.children):
                return "possible"  # "will not rule out providing" is a possibility, not a refusal
            if head.lower_ in POSSIBILITY_WORDS:
                return "future" if lemma == "plan" else "possible"
            if lemma in EMBEDDING_MODALITY and dep in ("xcomp", "ccomp", "pcomp"):
                return EMBEDDING_MODALITY[lemma]
            if lemma in MODAL_AUX and dep in ("xcomp", "ccomp"):
                return MODAL_AUX[lemma]
        if lemma in SPEECH_VERBS or dep in ("ROOT", "conj", "relcl"):
            break
    return "asserted"


def _speaker(token: Token, mentions: DocumentMentions) -> int | None:
    """Who says so: the subject of a speech verb the trigger is reported under, or "according to X"."""
    sentence = token.sent
    for t in sentence:
        if t.lower_ == "according" and t.nbor(1).lower_ == "to" if t.i + 1 < len(t.doc) else False:
            obj = next((g for g in t.nbor(1).children if g.dep_ == "pobj"), None)
            found = _actors(obj, mentions)
            if found:
                return found[0]
    for dep, head in _governors(token):
        if head.lemma_.lower() in SPEECH_VERBS and dep in ("ccomp", "parataxis", "xcomp", "advcl", "dobj", "conj"):
            found = _actors(_subject(head), mentions)
            if found:
                return found[0]
    # A quotation with the speech verb after it: '"...," Kim said.' parses the quote under the verb.
    root = sentence.root
    if root.lemma_.lower() in SPEECH_VERBS and token.i != root.i:
        found = _actors(_subject(root), mentions)
        if found:
            return found[0]
    return None


def _date_near(token: Token) -> str | None:
    """The date expression that modifies the trigger or the clause that reports it."""
    for head in [token, *(h for _, h in _governors(token))]:
        for child in head.children:
            candidates = [child] + [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]
            for candidate in candidates:
                if candidate.ent_type_ == "DATE" and candidate.dep_ in ("npadvmod", "pobj", "tmod", "nmod", "advmod", "compound"):
                    span = next((e for e in token.doc.ents if e.start <= candidate.i < e.end), None)
                    return span.text if span is not None else candidate.text
        if head.dep_ == "ROOT":
            break
    return None
