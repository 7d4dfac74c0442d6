// Disputed claims
// The same (source, relation, target) reported as happening in one document and negated or denied
// in another, with both sentences and both outlets.
// param limit: integer = 50, example 20 - rows at most
MATCH (s:Entity)-[said]->(t:Entity)
WHERE said.polarity = 'positive'
MATCH (s)-[denied]->(t)
WHERE type(denied) = type(said) AND denied.polarity = 'negative' AND denied.doc_id <> said.doc_id
MATCH (reported:Document {id: said.doc_id})
MATCH (disputed:Document {id: denied.doc_id})
RETURN s.name AS source, type(said) AS relation, t.name AS target,
       reported.outlet AS reported_by, said.sentence AS reported,
       disputed.outlet AS disputed_by, denied.sentence AS disputed
ORDER BY source, relation, target
LIMIT $limit;
