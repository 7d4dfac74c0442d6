// Disputed claims
// The same (source, relation, target) reported as happening in one document and negated or denied
// in another, with both sentences and both outlets.
// The writer marks both sides of every such contradiction `disputed` as it writes them
// (ingest/cypher/mark-disputed-facts.cypher), so this starts from those and joins only them.
// param limit: integer = 50, example 20 - rows at most
MATCH (s:Entity)-[denied]->(t:Entity)
WHERE denied.disputed = true AND denied.polarity = 'negative'
MATCH (s)-[said]->(t)
WHERE said.disputed = true AND type(said) = type(denied) AND said.polarity = 'positive' AND said.doc_id <> denied.doc_id
WITH s, t, said, denied, said.doc_id AS reported_id, denied.doc_id AS disputed_id  // so both stores look them up by index
MATCH (reported:Document {id: reported_id})
MATCH (disputed:Document {id: disputed_id})
RETURN s.name AS source, type(said) AS relation, t.name AS target,
       reported.outlet AS reported_by, said.sentence AS reported,
       disputed.outlet AS disputed_by, denied.sentence AS disputed
ORDER BY source, relation, target
LIMIT $limit;
