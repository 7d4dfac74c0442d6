// FalkorDB 4.22 cannot import variables into a subquery (CALL (s, t) { }), so the reports are joined
// along every link between the two actors: a lookup between two nodes there, not a walk of their links.
CALL {  // every relation type of schema/relations.toml
  MATCH (s)-[denied:ACTS_FOR]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:AGREED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:ALLIED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:ATTACKED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:COERCED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:COMMENTED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:CONCEDED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:CONDEMNED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:COOPERATED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:DENIED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:DEPLOYED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:HOLDS_ROLE]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:INVESTIGATED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:MANUFACTURED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:MEMBER_OF]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:MET]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:PROTESTED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:REQUESTED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:RETREATED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:SANCTIONED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:SUPPLIED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:SUPPORTED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
  UNION ALL
  MATCH (s)-[denied:WARNED]->(t) WHERE denied.disputed = true AND denied.polarity = 'negative' RETURN s, denied, t
}
WITH s, denied, t
WHERE s:Entity AND t:Entity
WITH s, denied, t
ORDER BY s.name, type(denied), t.name
LIMIT $limit  // each denial is at least one row
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
