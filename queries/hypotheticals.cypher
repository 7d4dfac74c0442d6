// Hypotheticals
// What is only being considered, planned, threatened, pledged or asked for: every event whose
// modality is not 'asserted', i.e. it has not (yet) happened (one-sided events with an empty
// target), then the other facts (roles, memberships) of that kind.
// Read in the order shown (modality, then source): the actors are taken by name, modality by
// modality, until `limit` events are found; only the actors up to the last one found are read in full.
// param limit: integer = 50, example 20 - events at most, and as many other facts
MATCH (s:Entity) WHERE s.name IS NOT NULL  // every actor has a name: the name index, in order
WITH s
ORDER BY s.name
WITH collect(s) AS by_name  // the actors by name, read in order below: a sort with a LIMIT after it would keep only `limit` actors
UNWIND ['future', 'hypothetical', 'possible'] AS modality  // the modalities that are not 'asserted', in order
UNWIND by_name AS s
MATCH (s)-[:SOURCE_OF]->(ev)  // no label: from the actor, never an index scan of every event of the type
WHERE ev.modality = modality
WITH modality, s
LIMIT $limit
WITH collect(DISTINCT [modality, s]) AS seen  // every (modality, actor) the rows shown can come from, but for name ties
WITH seen, reduce(last = [seen[0][0], seen[0][1].name], row IN seen |
                  CASE WHEN row[0] > last[0] OR (row[0] = last[0] AND row[1].name > last[1]) THEN [row[0], row[1].name]
                       ELSE last END) AS last  // the last (modality, source) of the first `limit` events
OPTIONAL MATCH (tied:Entity {name: last[1]})  // the actors of that name that the walk stopped before
WITH seen, last, collect(tied) AS tied
WITH seen + [tie IN tied | [last[0], tie]] AS pairs
UNWIND pairs AS pair
WITH DISTINCT pair[0] AS modality, pair[1] AS s  // only these actors are read in full, not every actor again
MATCH (s)-[:SOURCE_OF]->(ev)  // no label: from the actor, never an index scan of every event of the type
WHERE ev.modality = modality
WITH s, ev
ORDER BY ev.modality, s.name, ev.type
LIMIT $limit
WITH s, ev, ev.attributed_to AS speaker_id
OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
OPTIONAL MATCH (speaker:Entity {id: speaker_id})
RETURN s.name AS source, ev.type AS relation, t.name AS target, ev.modality AS modality, ev.theme AS what,
       ev.polarity AS polarity, speaker.name AS said_by, d.outlet AS outlet, ev.sentence AS sentence
ORDER BY modality, source, relation
LIMIT $limit
UNION ALL
MATCH (s:Entity) WHERE s.name IS NOT NULL
WITH s
ORDER BY s.name
WITH collect(s) AS by_name  // the actors by name, read in order below: a sort with a LIMIT after it would keep only `limit` actors
UNWIND ['future', 'hypothetical', 'possible'] AS modality
UNWIND by_name AS s
MATCH (s)-[r:HOLDS_ROLE|MEMBER_OF|ACTS_FOR|MANUFACTURED]->(:Entity)  // the relation types that are not events
WHERE r.modality = modality
WITH modality, s
LIMIT $limit
WITH collect(DISTINCT [modality, s]) AS seen
WITH seen, reduce(last = [seen[0][0], seen[0][1].name], row IN seen |
                  CASE WHEN row[0] > last[0] OR (row[0] = last[0] AND row[1].name > last[1]) THEN [row[0], row[1].name]
                       ELSE last END) AS last
OPTIONAL MATCH (tied:Entity {name: last[1]})
WITH seen, last, collect(tied) AS tied
WITH seen + [tie IN tied | [last[0], tie]] AS pairs
UNWIND pairs AS pair
WITH DISTINCT pair[0] AS modality, pair[1] AS s
MATCH (s)-[r:HOLDS_ROLE|MEMBER_OF|ACTS_FOR|MANUFACTURED]->(t:Entity)
WHERE r.modality = modality AND coalesce(r.plover, r.cameo) IS NULL
WITH s, r, t
ORDER BY r.modality, s.name, type(r)
LIMIT $limit
WITH s, r, t, r.doc_id AS doc_id, r.attributed_to AS speaker_id
OPTIONAL MATCH (d:Document {id: doc_id})
OPTIONAL MATCH (speaker:Entity {id: speaker_id})
RETURN s.name AS source, type(r) AS relation, t.name AS target, r.modality AS modality, r.theme AS what,
       r.polarity AS polarity, speaker.name AS said_by, d.outlet AS outlet, r.sentence AS sentence
ORDER BY modality, source, relation
LIMIT $limit;
