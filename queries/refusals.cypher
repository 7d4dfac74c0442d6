// Refusals and denials
// What was refused, rejected or denied (DENIED events), and every act reported as not having
// happened (negative polarity), with the sentence and the outlet; one-sided events have an empty
// target. Negated facts that are not events (roles, memberships) follow.
// Read in the order shown (relation, then source): the actors are taken by name, relation type by
// relation type, until `limit` rows are found; only the actors up to the last one found are read in full.
// param limit: integer = 50, example 20 - events at most, and as many other facts
MATCH (s:Entity) WHERE s.name IS NOT NULL  // every actor has a name: the name index, in order
WITH s
ORDER BY s.name
WITH collect(s) AS by_name  // the actors by name, read in order below: a sort with a LIMIT after it would keep only `limit` actors
UNWIND ['AGREED', 'ALLIED', 'ATTACKED', 'COERCED', 'COMMENTED', 'CONCEDED', 'CONDEMNED', 'COOPERATED', 'DENIED',
        'DEPLOYED', 'INVESTIGATED', 'MET', 'PROTESTED', 'REQUESTED', 'RETREATED', 'SANCTIONED', 'SUPPLIED',
        'SUPPORTED', 'WARNED'] AS relation  // every event type of schema/relations.toml, in order
UNWIND by_name AS s
MATCH (s)-[:SOURCE_OF]->(ev)  // no label: from the actor, never an index scan of every event of the type
WHERE ev.type = relation AND (ev.type = 'DENIED' OR ev.polarity = 'negative')
WITH relation, s
LIMIT $limit
WITH collect(DISTINCT [relation, s]) AS seen  // every (relation, actor) the rows shown can come from, but for name ties
WITH seen, reduce(last = [seen[0][0], seen[0][1].name], row IN seen |
                  CASE WHEN row[0] > last[0] OR (row[0] = last[0] AND row[1].name > last[1]) THEN [row[0], row[1].name]
                       ELSE last END) AS last  // the last (relation, source) of the first `limit` events
OPTIONAL MATCH (tied:Entity {name: last[1]})  // the actors of that name that the walk stopped before
WITH seen, last, collect(tied) AS tied
WITH seen + [tie IN tied | [last[0], tie]] AS pairs
UNWIND pairs AS pair
WITH DISTINCT pair[0] AS relation, pair[1] AS s  // only these actors are read in full, not every actor again
MATCH (s)-[:SOURCE_OF]->(ev)  // no label: from the actor, never an index scan of every event of the type
WHERE ev.type = relation AND (ev.type = 'DENIED' OR ev.polarity = 'negative')
OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity)
WITH s, ev, t
ORDER BY ev.type, s.name, t.name
LIMIT $limit
WITH s, ev, t, ev.attributed_to AS speaker_id
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
OPTIONAL MATCH (speaker:Entity {id: speaker_id})
RETURN s.name AS source, ev.type AS relation, ev.polarity AS polarity, t.name AS target, ev.theme AS what,
       speaker.name AS said_by, d.outlet AS outlet, coalesce(ev.date, d.published) AS date, ev.sentence AS sentence
ORDER BY relation, source, target
LIMIT $limit
UNION ALL
MATCH (s:Entity) WHERE s.name IS NOT NULL
WITH s
ORDER BY s.name
WITH collect(s) AS by_name  // the actors by name, read in order below: a sort with a LIMIT after it would keep only `limit` actors
UNWIND ['ACTS_FOR', 'HOLDS_ROLE', 'MANUFACTURED', 'MEMBER_OF'] AS relation  // the relation types that are not events
UNWIND by_name AS s
MATCH (s)-[r:HOLDS_ROLE|MEMBER_OF|ACTS_FOR|MANUFACTURED]->(:Entity)
WHERE type(r) = relation AND r.polarity = 'negative'
WITH relation, s
LIMIT $limit
WITH collect(DISTINCT [relation, s]) AS seen
WITH seen, reduce(last = [seen[0][0], seen[0][1].name], row IN seen |
                  CASE WHEN row[0] > last[0] OR (row[0] = last[0] AND row[1].name > last[1]) THEN [row[0], row[1].name]
                       ELSE last END) AS last
OPTIONAL MATCH (tied:Entity {name: last[1]})
WITH seen, last, collect(tied) AS tied
WITH seen + [tie IN tied | [last[0], tie]] AS pairs
UNWIND pairs AS pair
WITH DISTINCT pair[0] AS relation, pair[1] AS s
MATCH (s)-[r:HOLDS_ROLE|MEMBER_OF|ACTS_FOR|MANUFACTURED]->(t:Entity)
WHERE type(r) = relation AND coalesce(r.plover, r.cameo) IS NULL AND r.polarity = 'negative'
WITH s, r, t
ORDER BY type(r), s.name, t.name
LIMIT $limit
WITH s, r, t, r.doc_id AS doc_id, r.attributed_to AS speaker_id
OPTIONAL MATCH (d:Document {id: doc_id})
OPTIONAL MATCH (speaker:Entity {id: speaker_id})
RETURN s.name AS source, type(r) AS relation, r.polarity AS polarity, t.name AS target, r.theme AS what,
       speaker.name AS said_by, d.outlet AS outlet, coalesce(r.date, d.published) AS date, r.sentence AS sentence
ORDER BY relation, source, target
LIMIT $limit;
