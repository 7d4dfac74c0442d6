"""Stage 4b: one id per actor across documents.

resolve.py decides who each mention is inside one article; some of its ids can only be right across
articles: "Lohan" in an article that never writes "Lindsay Lohan", "AMD" in one that never spells it
out, "Colts" tagged an organisation in one article and a group in another. `unify` takes a set of
extracted documents and re-points those ids, by rules that look only at the set of names (never at
the order the documents come in), so the same corpus gives the same ids whatever its order:

1. A single person name ("Lohan") is the one person named in full in the set whose first or last
   name it is; where two are ("Laci Peterson", "Scott Peterson"), it joins the one whose documents
   name the same other actors as its own (at least two, twice as many as the other's), else it stays
   apart. A full name without middle names, initials or "Jr" ("Raj Chohan") is the one longer name
   with its words ("Raj K. Chohan"). A one-word "person" no one is named in full is the organisation
   more documents name so; a one-word "group" that is one person's surname (never a first word) is that person.
   A given name's short form ("Bob Walsh", schema/gazetteer.toml [names.given_name_forms]) is the one
   person named with the full given name and the same other words ("Robert Walsh"); two such stay apart.
2. An acronym ("AMD") is the one organisation in the set whose initials or written short form it is.
3. Organisation names that differ only by corporate words or spaces ("Ford", "Ford Motors", "Ford
   Motor Company"; "Sea Micro", "SeaMicro") are one, under the one most documents name; "Boeing
   Commercial Airplanes" is not Boeing.
4. One name has one type: where the set writes the same name as an organisation, a group, a person
   or a place (a name of two words or more; one word only between organisation, group and, where most
   documents say organisation, place), the type most documents give it wins (ties: Organization,
   Group, Person, Place); a "person" named by a place and a plural ("Indianapolis Colts") counts as
   an organisation, and so does a "place" named so where the set also writes the plural alone as
   a body ("Ostrava Hawks" beside "the Hawks"; "Colorado Springs" with no "Springs" stays a place).
5. A one-word organisation or group name ("Colts") is the one organisation in the set whose name
   ends in it ("Indianapolis Colts"); words that name no body on their own ("Party") never are.
6. A coalition of organisations named together (resolve.py) follows its members: re-pointing a
   member re-points the coalition to the one of the members' final ids.
Gazetteer actors and agents are never re-pointed; each re-pointing is recorded in the entity's
mentions with the rule that made it (`newsgraph actors` shows it).

`moves` is the one function that decides, over a set of names. `unify` applies it to documents in hand
(`newsgraph extract`, `newsgraph actors`); `graph_statements` applies it to the graph after every
`ingest`: each MENTIONS edge keeps the entity as its document wrote it (written_id, written_name, ...),
the rules run over all of them, and what the documents said of an old node moves to the node its name
now stands for. The graph is so a function of the documents in it, whatever order, batch or shard
they came in, and a changed document re-decides (a short form goes back apart when its full name goes).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from functools import cache

from newsgraph.ingest.records import Entity, ExtractedDocument, Relation
from newsgraph.schema import gazetteer, name_words, role_words, slug

TYPE_ORDER = ["organization", "group", "person", "place"]
NAME_GLUE = {"of", "the", "for", "and", "&"}


def unify(documents: list[ExtractedDocument]) -> list[ExtractedDocument]:
    """The documents with their cross-document ids made one per actor (rules in the module docstring)."""
    entities = names_of(e for d in documents for e in d.entities)
    found = moves(entities, [{e.id for e in d.entities} for d in documents])
    if not found:
        return documents
    names = {key: entity.name for key, entity in entities.items()}
    return [_moved(document, found, names) for document in documents]


def names_of(entities) -> dict[str, Entity]:
    """One Entity per id: its longest name and every alias any of them gives, whatever the order."""
    out: dict[str, Entity] = {}
    for entity in entities:
        old = out.get(entity.id)
        if old is None:
            out[entity.id] = entity
            continue
        best = entity if (len(entity.name), entity.name) > (len(old.name), old.name) else old
        out[entity.id] = replace(best, aliases=tuple(sorted(set(old.aliases) | set(entity.aliases))))
    return dict(sorted(out.items()))


def moves(entities: dict[str, Entity], contexts: list[set[str]]) -> dict[str, tuple[str, str]]:
    """Every id the rules re-point, to its final id and the rule that says why: the one function
    both `unify` (documents in hand) and `graph_statements` (names stored in the graph) use.
    `entities`: one per id (names_of); `contexts`: the ids each document names, one set a document."""
    documents = Counter(key for context in contexts for key in context)
    found = _type_moves(entities, documents)
    found |= {key: target for key, target in _name_moves(entities, found, documents, contexts).items()
              if key not in found}
    for key, (target, rule) in list(found.items()):  # "group:hawks" -> "organization:hawks" -> "organization:ostrava-hawks"
        seen = {key}
        while target in found and target not in seen:
            seen.add(target)
            target = found[target][0]
        found[key] = (target, rule)
    found |= _coalition_moves(entities, found)
    return found


def _coalition_moves(entities: dict[str, Entity], found: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Rule 6: a coalition ("coalition:chrysler-and-gm", resolve.py) is its set of members, so it
    follows them: where a member is re-pointed ("gm" -> "general-motors"), the coalition is the one
    of the members' final ids."""
    out = {}
    for key in entities:
        if not key.startswith("coalition:"):
            continue
        members = _members(key.split(":", 1)[1], entities)
        if not members:
            continue
        final = sorted({found.get(m, (m,))[0] for m in members})
        if len(final) < 2 or not all(m.startswith("organization:") for m in final):
            continue
        target = "coalition:" + "-and-".join(m.split(":", 1)[1] for m in final)
        if target != key:
            out[key] = (target, "across documents: its members are " + ", ".join(final))
    return out


def _members(rest: str, entities: dict[str, Entity]) -> list[str] | None:
    """The organisation ids a coalition id joins ("chrysler-and-general-motors"), read back from the
    names the set knows; None when they cannot be told."""
    if f"organization:{rest}" in entities:
        return [f"organization:{rest}"]
    parts = rest.split("-and-")
    for cut in range(1, len(parts)):
        head = "-and-".join(parts[:cut])
        if f"organization:{head}" in entities:
            tail = _members("-and-".join(parts[cut:]), entities)
            if tail:
                return [f"organization:{head}", *tail]
    return None


def _free(key: str) -> bool:
    """Ids a rule may re-point: names resolve.py made, not gazetteer actors or agents."""
    return key not in gazetteer() and key.split(":", 1)[0] in TYPE_ORDER


def _type_moves(entities: dict[str, Entity], documents: Counter) -> dict[str, tuple[str, str]]:
    """Rule 4: the same name under several types goes to the type most documents give it; a
    "person" named by a place and a plural no other person is called ("Indianapolis Colts") is an
    organisation."""
    votes: dict[str, Counter] = defaultdict(Counter)
    places = {key.split(":", 1)[1] for key, e in entities.items() if e.type == "Place"}
    places |= {slug(m) for e in gazetteer().values() for m in e.metonyms}
    surnames: dict[str, set[str]] = defaultdict(set)  # "cheeks" -> the people named in full with it
    for key in entities:
        if key.startswith("person:") and "-" in key:
            surnames[key.rsplit("-", 1)[1]].add(key)
    for key in sorted(entities):
        kind, name = key.split(":", 1)
        if not _free(key):
            continue
        last = name.rsplit("-", 1)[-1]
        if (kind == "person" and "-" in name and last.endswith("s") and name.rsplit("-", 1)[0] in places
                and surnames[last] == {key}):  # "Mo Cheeks" beside "Maurice Cheeks" is a person
            votes[name]["person"] += 0  # a place and a plural: a candidate to move away from ...
            kind = "organization"  # ... that votes for an organisation
        elif (kind == "place" and "-" in name and last.endswith("s") and name.rsplit("-", 1)[0] in places
              and ({f"organization:{last}", f"group:{last}"} & entities.keys())
              and not surnames[last] - {f"person:{name}"}):  # "Mo Cheeks" beside "Maurice Cheeks": a person
            votes[name]["place"] += 0  # "Ostrava Hawks" beside "the Hawks": a team, not a place
            kind = "organization"
        votes[name][kind] += documents[key]
    found = {}
    for name, kinds in votes.items():
        if len(kinds) < 2:
            continue
        allowed = TYPE_ORDER if "-" in name else ["organization", "group", "place"]
        candidates = [k for k in kinds if k in allowed]
        if len(candidates) < 2:
            continue
        best = max(candidates, key=lambda k: (kinds[k], -TYPE_ORDER.index(k)))
        if "-" not in name and "place" in candidates and (best == "place" or kinds[best] <= kinds["place"]):
            candidates.remove("place")  # one word: a place is an organisation only where most documents say so
            if len(candidates) < 2:
                continue
            best = max(candidates, key=lambda k: (kinds[k], -TYPE_ORDER.index(k)))
        for kind in candidates:
            if kind != best:
                found[f"{kind}:{name}"] = (f"{best}:{name}", f"across documents: '{name}' is written as {best} in most of them")
    return found


def _name_moves(entities: dict[str, Entity], moves: dict[str, tuple[str, str]],
                documents: Counter, contexts: list[set[str]]) -> dict[str, tuple[str, str]]:
    """Rules 1-3, on the names after rule 4 (`documents`: how many documents name each id)."""
    found: dict[str, tuple[str, str]] = {}

    def final(key: str) -> str:
        while key in moves or key in found:
            key = (moves.get(key) or found[key])[0]
        return key

    # Rule 3: organisation names that differ only by corporate words are one ("Ford", "Ford Motor Company").
    by_core: dict[str, set[str]] = defaultdict(set)
    for key, entity in entities.items():
        if _free(key) and key.startswith("organization:") and key not in moves:
            core = [w for w in _words(entity.name) if w not in name_words().corporate_words]
            if core and not (len(core) == 1 and core[0] in _generic_words()):
                by_core["".join(core)].add(key)  # "Sea Micro" and "SeaMicro" are one name
    for core, keys in by_core.items():
        if len(keys) > 1:
            best = max(keys, key=lambda k: (documents[k], len(entities[k].name), k))
            for key in keys - {best}:
                found[key] = (best, f"across documents: '{entities[key].name}' and '{entities[best].name}' differ only by corporate words")

    # Rule 1b: a full name with fewer middle names or initials ("Raj Chohan", "Raj K. Chohan") or no
    # generational suffix is the one longer name with its first and last names and every word of it.
    by_ends: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key in entities:
        words = _person_words(key, entities)
        if words and len(words) > 1:
            by_ends[(words[0], words[-1])].add(key)
    for key in entities:
        words = _person_words(key, entities)
        if not words or len(words) < 2 or key in moves or key in found or not _free(key):
            continue
        longer = {other for other in by_ends[(words[0], words[-1])] - {key}
                  if len(_words(entities[other].name)) > len(_words(entities[key].name))
                  and _subsequence(words, _person_words(other, entities))}
        if len(longer) == 1:
            target = next(iter(longer))
            found[key] = (target, f"across documents: the one person named in full as '{entities[target].name}' "
                                  f"that '{entities[key].name}' shortens")

    # Rule 1d: a full name written with a short form of the given name ("Bob Walsh") is the one person
    # named in full with that given name and the same other words ("Robert Walsh").
    forms = name_words().given_name_forms
    by_rest: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for key in entities:
        words = _person_words(key, entities)
        if words and len(words) > 1:
            by_rest[tuple(words[1:])].add(key)
    for key in entities:
        words = _person_words(key, entities)
        if not words or len(words) < 2 or words[0] not in forms or key in moves or key in found or not _free(key):
            continue
        longer = {other for other in by_rest[tuple(words[1:])] - {key}
                  if _person_words(other, entities)[0] in forms[words[0]]}
        if len(longer) == 1:
            target = next(iter(longer))
            found[key] = (target, f"across documents: '{words[0].capitalize()}' is written for the given name of "
                                  f"'{entities[target].name}', the one person named so")

    people: dict[str, set[str]] = defaultdict(set)  # a first or last name -> the full names it is part of
    surnames: dict[str, set[str]] = defaultdict(set)  # a last name -> the full names it ends
    initials: dict[str, set[str]] = defaultdict(set)  # "AMD" -> organisations with those initials
    written: dict[str, set[str]] = defaultdict(set)  # "AMD" -> organisations written with that short form
    last_words: dict[str, set[str]] = defaultdict(set)  # "saints" -> organisations whose name ends in it
    for key, entity in entities.items():
        target, words = final(key), _words(entity.name)
        if target.startswith("person:") and len(words) > 1 and "(in document" not in entity.name:
            if words[0] not in role_words().peerage_titles:  # "Lady Ayre": no "Lady" is her
                people[words[0]].add(target)
            people[words[-1]].add(target)
            surnames[words[-1]].add(target)
        if target.startswith("organization:") and len(words) > 1:
            initials["".join(w[0] for w in words if w not in NAME_GLUE).upper()].add(target)
            for alias in entity.aliases:
                if _acronym(alias):
                    written[alias.replace(".", "")].add(target)
            if not _generic_word(words[-1]):
                last_words[words[-1]].add(target)
    for entry in gazetteer().values():  # a known person shares the name: "Kim" stays apart
        if entry.type == "Person":
            for name in (entry.name, *entry.aliases):
                words = _words(name)
                if len(words) > 1:
                    people[words[0]].add(entry.id)
                    people[words[-1]].add(entry.id)
                    surnames[words[-1]].add(entry.id)

    for key, entity in entities.items():
        if not _free(key) or key in moves or key in found:
            continue
        name = entity.name.split(" (in document")[0]
        words = _words(name)
        if key.startswith("person:") and len(words) == 1 and len(people[words[0]]) == 1:
            target = next(iter(people[words[0]]))
            found[key] = (target, f"across documents: the one person named in full whose name '{name}' is part of")
        elif key.startswith("person:") and len(words) == 1 and len(people[words[0]]) > 1:
            target = _by_company(key, people[words[0]], contexts, final)
            if target:
                found[key] = (target, f"across documents: of the people named in full whose name '{name}' is part of, "
                                      f"the one named beside the same actors")
        elif key.startswith("organization:") and _acronym(name):
            letters = name.replace(".", "")
            candidates = initials[letters] - {key} if len(initials[letters] - {key}) == 1 else written[letters] - {key}
            if len(candidates) == 1:
                found[key] = (next(iter(candidates)), f"across documents: the one organisation '{name}' is the initials or short form of")
        elif key.startswith(("organization:", "group:")) and len(words) == 1 and len(last_words[words[0]] - {key}) == 1:
            target = next(iter(last_words[words[0]] - {key}))
            found[key] = (target, f"across documents: the one organisation whose name ends in '{name}'")
        elif (key.startswith("person:") and len(words) == 1 and not people[words[0]]
              and documents[organisation := "organization:" + key.split(":", 1)[1]] > documents[key]):
            found[key] = (organisation, f"across documents: no person is named '{name}' in full, and more documents "
                                        f"name it as an organisation")
        elif key.startswith("group:") and len(words) == 1 and len(surnames[words[0]]) == 1 and _free(next(iter(surnames[words[0]]))):
            # only a surname ("the Clintons" typed a group): a body's name at the front of a
            # mis-tagged span ("Tories Ken Clarke") must not pull every "Tories" into one person
            target = next(iter(surnames[words[0]]))
            found[key] = (target, f"across documents: the one person named in full whose surname '{name}' is")
    return {k: (final(k), rule) for k, (_, rule) in found.items() if final(k) != k}


def _by_company(key: str, candidates: set[str], contexts: list[set[str]], final) -> str | None:
    """Rule 1c: of the namesakes a short name can stand for ("Bush": two people named in full), the
    one whose documents name the actors its own documents name: at least two shared, and at least
    twice as many as any other namesake shares (else it stays apart)."""
    def company(name: str) -> set[str]:
        return {final(other) for context in contexts if name in context for other in context}

    around = company(key) - {key} - candidates
    shared = sorted(((len(around & (company(c) - candidates)), c) for c in candidates), reverse=True)
    (best, target), (second, _) = shared[0], shared[1]
    return target if best >= 2 and best >= 2 * second else None


def _person_words(key: str, entities: dict[str, Entity]) -> list[str] | None:
    """The words of a person's name without a generational suffix ("Jr"); None for anything else."""
    if not key.startswith("person:") or "(in document" in entities[key].name:
        return None
    words = _words(entities[key].name)
    while len(words) > 2 and words[-1] in name_words().generational_suffixes:
        words = words[:-1]
    return words


def _subsequence(short: list[str], long: list[str]) -> bool:
    rest = iter(long)
    return all(word in rest for word in short)


def _generic_word(word: str) -> bool:
    return word in _generic_words() or word in name_words().corporate_words


@cache
def _generic_words() -> frozenset[str]:
    """Words that name no organisation on their own ("General", "National"): no core of a name."""
    words = role_words()
    return words.heads | words.modifiers | words.ranks | words.institution_heads


def _words(name: str) -> list[str]:
    """The words of a name, without a bracketed short form: "Advanced Micro Devices (AMD)"."""
    return [w for w in slug(name.split(" (")[0]).split("-") if w]


def _acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _moved(document: ExtractedDocument, moves: dict[str, tuple[str, str]], names: dict[str, str]) -> ExtractedDocument:
    """One document with re-pointed ids: entities that become one are merged under the name the set
    gives the target, their mentions say why."""
    merged: dict[str, Entity] = {}
    for entity in document.entities:
        target, rule = moves.get(entity.id, (entity.id, ""))
        if target != entity.id:
            kind = target.split(":", 1)[0].capitalize()
            explained = tuple(dict(m, rule=f"{m['rule']}; {rule}") for m in entity.mentions)
            name = names.get(target, entity.name)
            aliases = tuple(sorted((set(entity.aliases) | {entity.name.split(" (in document")[0]}) - {name}))
            entity = Entity(target, name, kind, aliases, explained, entity.sector, entity.anchor)
        old = merged.get(target)
        if old is not None:
            aliases = tuple(sorted((set(old.aliases) | set(entity.aliases) | {entity.name}) - {old.name}))
            entity = replace(old, aliases=aliases, mentions=old.mentions + entity.mentions)
        merged[target] = entity
    relations: list[Relation] = []
    for relation in document.relations:
        source = moves.get(relation.source, (relation.source,))[0]
        target = moves.get(relation.target, (relation.target,))[0] if relation.target else relation.target
        speaker = moves.get(relation.attributed_to, (relation.attributed_to,))[0] if relation.attributed_to else None
        if source == target:
            continue
        relations.append(replace(relation, source=source, target=target, attributed_to=speaker))
    entities = sorted(merged.values(), key=lambda e: e.id)
    return ExtractedDocument(document.article, entities, relations)


# --- the same rules over the graph -----------------------------------------------------------------

def graph_statements(mentions: list[list], serial: bool = False) -> list[tuple[str, dict]]:
    """The statements (one transaction) that give the graph the ids `moves` decides over every name
    stored in it: `mentions` are the rows of ingest/cypher/identity-names.cypher (document, node the
    mention points to, and the entity as the document wrote it). Each mention must point to the final
    id of what its document wrote; the relationships, events, speakers and mentions those documents
    gave a node that is not it move to it, names and aliases of joined nodes are recomputed from their
    mentions, emptied nodes go. The graph is thus a function of the documents in it, whatever the order,
    batching or sharding they came in; a graph already right gives no statements. `serial`: FalkorDB's
    texts where the dialects differ (ingest/write.py)."""
    from newsgraph.ingest.write import entity_counts, statement
    from newsgraph.schema import vocabulary

    entities = _names_of_rows(mentions)
    contexts: dict[str, set[str]] = defaultdict(set)
    for doc_id, _, wid, *_ in mentions:
        contexts[doc_id].add(wid)
    found = moves(entities, [contexts[doc_id] for doc_id in sorted(contexts)])
    final = {wid: found.get(wid, (wid, None)) for wid in list(entities)}
    groups: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for doc_id, node, wid, *_ in mentions:
        if final[wid][0] != node:
            groups[(node, final[wid][0], wid)].add(doc_id)
    if not groups:
        return []
    rows = [{"source": old, "target": new, "written_id": wid, "docs": sorted(docs), "rule": final[wid][1]}
            for (old, new, wid), docs in sorted(groups.items())]
    targets = sorted({row["target"] for row in rows})
    olds = sorted({row["source"] for row in rows})
    for row in rows:  # a target no document names as such: a gazetteer actor, or a type no one wrote
        if row["target"] not in entities:
            known = gazetteer().get(row["target"])
            sources = [entities[r["written_id"]] for r in rows if r["target"] == row["target"]]
            named = max(sources, key=lambda e: (e.id.split(":", 1)[1] == row["target"].split(":", 1)[1], len(e.name), e.name))
            entities[row["target"]] = Entity(row["target"], known.name if known else named.name.split(" (in document")[0],
                                             known.type if known else row["target"].split(":", 1)[0].capitalize(),
                                             named.aliases, ())
    vocab = vocabulary()
    by_label: dict[str, list[dict]] = defaultdict(list)
    for key in targets:
        entity = entities[key]
        by_label[vocab.label(entity.type)].append({"id": key, "name": entity.name, "type": vocab.label(entity.type)})
    statements = [(statement("identity-ensure-entities").replace("{label}", label), {"rows": group})
                  for label, group in sorted(by_label.items())]
    for relation_type in sorted(vocab.relations):
        statements.append((statement("identity-move-outgoing").replace("{type}", relation_type), {"rows": rows}))
        statements.append((statement("identity-move-incoming").replace("{type}", relation_type), {"rows": rows}))
    for relation_type in sorted(name for name, kind in vocab.relations.items() if not kind.is_event):
        statements.append((statement("identity-move-typed-speakers").replace("{type}", relation_type), {"rows": rows}))
    for name in ("identity-move-sources", "identity-move-targets", "identity-move-speakers",
                 "identity-move-event-speakers", "identity-move-mentions"):
        statements.append((statement(name), {"rows": rows}))
    statements.append((statement("identity-drop-loop-events"), {"ids": targets}))
    statements.append((statement("identity-drop-loops"), {"ids": targets}))
    statements.append((statement("identity-name-entities"), {"rows": _joined_names(mentions, final, entities, targets)}))
    statements.append((statement("identity-delete-emptied"), {"ids": olds}))
    statements.append(entity_counts(serial, "entities", sorted(set(targets) | set(olds))))  # those left of the old
    return statements


def _names_of_rows(mentions: list[list]) -> dict[str, Entity]:
    """names_of over the entities the mention rows wrote, without an Entity made and replaced for every
    mention (the pass reads every mention of the graph): the same longest name (the first of equals,
    with its type) and, for an id written more than once, the sorted union of the aliases."""
    best: dict[str, tuple[str, str, tuple]] = {}
    aliases: dict[str, set[str]] = {}
    for _, _, wid, name, kind, written_aliases in mentions:
        old = best.get(wid)
        if old is None:
            best[wid] = (name, kind, tuple(written_aliases or ()))
            continue
        if wid not in aliases:
            aliases[wid] = set(old[2])
        aliases[wid].update(written_aliases or ())
        if (len(name), name) > (len(old[0]), old[0]):
            best[wid] = (name, kind, old[2])
    return {wid: Entity(wid, name, kind, tuple(sorted(aliases[wid])) if wid in aliases else written, ())
            for wid, (name, kind, written) in sorted(best.items())}


def _joined_names(mentions: list[list], final: dict, entities: dict[str, Entity], targets: list[str]) -> list[dict]:
    """Name, aliases and lookup of every node the pass re-points to or that holds a name written under
    another id: its own longest name, and every other name and alias its mentions give (as `_moved` does)."""
    aliases: dict[str, set[str]] = defaultdict(set)
    joined = set(targets)
    for _, _, wid, name, _, written_aliases in mentions:
        key = final[wid][0]
        aliases[key] |= set(written_aliases or ())
        if key != wid:
            joined.add(key)
            aliases[key].add(name.split(" (in document")[0])
    rows = []
    for key in sorted(joined):
        name = entities[key].name
        names = sorted(aliases[key] - {name})
        rows.append({"id": key, "name": name, "aliases": names, "lookup": [n.lower() for n in [name, *names]]})
    return rows
