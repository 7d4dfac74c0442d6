// What one actor said about another
// The events and facts a speaker is reported as asserting in which the subject is the source or
// the target (one-sided events of the subject with an empty target).
// param speaker: string, example "Ukraine" - who said it (name or alias)
// param subject: string, example "North Korea" - whom it is about (name or alias)
MATCH (speaker:Entity)
WHERE toLower($speaker) IN speaker.lookup
MATCH (subject:Entity)
WHERE toLower($subject) IN subject.lookup
MATCH (subject)-[:SOURCE_OF|TARGETS]-(ev:Event)
WHERE ev.attributed_to = speaker.id
WITH DISTINCT speaker, ev
MATCH (s:Entity)-[:SOURCE_OF]->(ev)
OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
RETURN speaker.name AS speaker, s.name AS source, ev.type AS relation, t.name AS target,
       ev.theme AS what, ev.polarity AS polarity, ev.modality AS modality, d.outlet AS outlet, ev.sentence AS sentence
ORDER BY relation, source, target
UNION ALL
MATCH (speaker:Entity)
WHERE toLower($speaker) IN speaker.lookup
MATCH (subject:Entity)
WHERE toLower($subject) IN subject.lookup
MATCH (subject)-[r:HOLDS_ROLE|MEMBER_OF|ACTS_FOR|MANUFACTURED]-(:Entity)  // the relation types that are not events, not every link
WHERE r.attributed_to = speaker.id AND coalesce(r.plover, r.cameo) IS NULL
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN speaker.name AS speaker, startNode(r).name AS source, type(r) AS relation, endNode(r).name AS target,
       r.theme AS what, r.polarity AS polarity, r.modality AS modality, d.outlet AS outlet, r.sentence AS sentence
ORDER BY relation, source, target;
