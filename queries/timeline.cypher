// Timeline of an actor
// Every event an actor is part of, as source or target, one-sided events included, in date
// order: the date the event happened when the text gives one, else the publication date of the
// article. With `other`, only the events between the two. `newsgraph plot timeline` draws it.
// param name: string, example "South Korea" - the actor's name or one of its aliases
// param other: string = "", example "Ukraine" - only events with this actor on the other side; empty for all
// param limit: integer = 100, example 20 - rows at most
MATCH (e:Entity)
WHERE toLower($name) IN e.lookup
MATCH (e)-[:SOURCE_OF|TARGETS]-(ev:Event)
WITH DISTINCT ev
MATCH (s:Entity)-[:SOURCE_OF]->(ev)
OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity)
WITH ev, s, t
WHERE $other = '' OR toLower($other) IN s.lookup OR toLower($other) IN coalesce(t.lookup, [])
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
RETURN coalesce(ev.date, d.published) AS date, s.name AS source, ev.type AS relation,
       t.name AS target, ev.plover AS plover, ev.cameo AS cameo, ev.theme AS what, ev.polarity AS polarity,
       ev.modality AS modality, d.outlet AS outlet, ev.sentence AS sentence
ORDER BY date, relation, source, target
LIMIT $limit;
