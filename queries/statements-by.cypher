// Statements by an actor
// Everything a person or organisation is reported as saying: the events and facts attributed to
// them ("X said that ..."), newest first, one-sided events with an empty target, each from a
// document that mentions the speaker. Found from the speaker's attributions (an index on
// Event.attributed_to and one on each kind of fact), not by reading every document that mentions them.
// param name: string, example "Rustem Umerov" - the speaker's name or one of its aliases
// param limit: integer = 50, example 20 - events at most, and as many other facts
MATCH (speaker:Entity)
WHERE toLower($name) IN speaker.lookup
WITH speaker, speaker.id AS speaker_id  // looked up by index
MATCH (ev:Event {attributed_to: speaker_id})
MATCH (d:Document)-[:REPORTS]->(ev)
WHERE (d)-[:MENTIONS]->(speaker)
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
WITH speaker, speaker.id AS speaker_id
CALL {
  WITH speaker_id
  MATCH (s)-[r:HOLDS_ROLE]->(t) WHERE r.attributed_to = speaker_id RETURN s, r, t
  UNION ALL
  WITH speaker_id
  MATCH (s)-[r:MEMBER_OF]->(t) WHERE r.attributed_to = speaker_id RETURN s, r, t
  UNION ALL
  WITH speaker_id
  MATCH (s)-[r:ACTS_FOR]->(t) WHERE r.attributed_to = speaker_id RETURN s, r, t
  UNION ALL
  WITH speaker_id
  MATCH (s)-[r:MANUFACTURED]->(t) WHERE r.attributed_to = speaker_id RETURN s, r, t
}
WITH speaker, s, r, t, r.doc_id AS doc_id
WHERE s:Entity AND t:Entity
MATCH (d:Document {id: doc_id})
WHERE (d)-[:MENTIONS]->(speaker) AND (d)-[:MENTIONS]->(s) AND coalesce(r.plover, r.cameo) IS NULL
RETURN speaker.name AS speaker, s.name AS source, type(r) AS relation, t.name AS target, r.theme AS what,
       r.polarity AS polarity, r.modality AS modality, d.outlet AS outlet,
       coalesce(r.date, d.published) AS date, r.sentence AS sentence
ORDER BY date DESC, relation, source, target
LIMIT $limit;
