// Statements by an actor
// Everything a person or organisation is reported as saying: the events and facts attributed to
// them ("X said that ..."), newest first, one-sided events with an empty target. Found through
// the documents that mention the speaker.
// param name: string, example "Rustem Umerov" - the speaker's name or one of its aliases
// param limit: integer = 50, example 20 - rows at most
MATCH (speaker:Entity)
WHERE toLower($name) IN speaker.lookup
MATCH (d:Document)-[:MENTIONS]->(speaker)
MATCH (d)-[:REPORTS]->(ev:Event)
WHERE ev.attributed_to = speaker.id
MATCH (s:Entity)-[:SOURCE_OF]->(ev)
OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity)
RETURN speaker.name AS speaker, s.name AS source, ev.type AS relation, t.name AS target, ev.theme AS what,
       ev.polarity AS polarity, ev.modality AS modality, d.outlet AS outlet,
       coalesce(ev.date, d.published) AS date, ev.sentence AS sentence
ORDER BY date DESC, relation, source, target
LIMIT $limit
UNION ALL
MATCH (speaker:Entity)
WHERE toLower($name) IN speaker.lookup
MATCH (d:Document)-[:MENTIONS]->(speaker)
MATCH (d)-[:MENTIONS]->(s:Entity)-[r]->(t:Entity)
WHERE r.doc_id = d.id AND r.attributed_to = speaker.id AND r.plover IS NULL
RETURN speaker.name AS speaker, s.name AS source, type(r) AS relation, t.name AS target, r.theme AS what,
       r.polarity AS polarity, r.modality AS modality, d.outlet AS outlet,
       coalesce(r.date, d.published) AS date, r.sentence AS sentence
ORDER BY date DESC, relation, source, target
LIMIT $limit;
