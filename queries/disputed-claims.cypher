// Disputed claims
// The same (source, relation, target) reported as happening in one document and negated or denied
// in another, with both sentences and both outlets.
// The writer marks both sides of every such contradiction `disputed` as it writes them
// (ingest/cypher/mark-disputed-facts.cypher), so this starts from the marked denials (a relationship index
// on `disputed` for each relation type: one branch a type), and joins only the first `limit` of them,
// along the denial's relation type only (FalkorDB's text in queries/embedded/ cannot import variables
// into a subquery; it joins along every link, a cheap lookup between two nodes there).
// param limit: integer = 50, example 20 - rows at most
CALL () {  // every relation type of schema/relations.toml
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
WITH s, denied, t, type(denied) AS relation
CALL (s, t, relation) {  // the reports along the denial's type only (hubs have thousands of links between them)
  MATCH (s)-[said:ACTS_FOR]->(t) WHERE relation = 'ACTS_FOR' RETURN said
  UNION ALL
  MATCH (s)-[said:AGREED]->(t) WHERE relation = 'AGREED' RETURN said
  UNION ALL
  MATCH (s)-[said:ALLIED]->(t) WHERE relation = 'ALLIED' RETURN said
  UNION ALL
  MATCH (s)-[said:ATTACKED]->(t) WHERE relation = 'ATTACKED' RETURN said
  UNION ALL
  MATCH (s)-[said:COERCED]->(t) WHERE relation = 'COERCED' RETURN said
  UNION ALL
  MATCH (s)-[said:COMMENTED]->(t) WHERE relation = 'COMMENTED' RETURN said
  UNION ALL
  MATCH (s)-[said:CONCEDED]->(t) WHERE relation = 'CONCEDED' RETURN said
  UNION ALL
  MATCH (s)-[said:CONDEMNED]->(t) WHERE relation = 'CONDEMNED' RETURN said
  UNION ALL
  MATCH (s)-[said:COOPERATED]->(t) WHERE relation = 'COOPERATED' RETURN said
  UNION ALL
  MATCH (s)-[said:DENIED]->(t) WHERE relation = 'DENIED' RETURN said
  UNION ALL
  MATCH (s)-[said:DEPLOYED]->(t) WHERE relation = 'DEPLOYED' RETURN said
  UNION ALL
  MATCH (s)-[said:HOLDS_ROLE]->(t) WHERE relation = 'HOLDS_ROLE' RETURN said
  UNION ALL
  MATCH (s)-[said:INVESTIGATED]->(t) WHERE relation = 'INVESTIGATED' RETURN said
  UNION ALL
  MATCH (s)-[said:MANUFACTURED]->(t) WHERE relation = 'MANUFACTURED' RETURN said
  UNION ALL
  MATCH (s)-[said:MEMBER_OF]->(t) WHERE relation = 'MEMBER_OF' RETURN said
  UNION ALL
  MATCH (s)-[said:MET]->(t) WHERE relation = 'MET' RETURN said
  UNION ALL
  MATCH (s)-[said:PROTESTED]->(t) WHERE relation = 'PROTESTED' RETURN said
  UNION ALL
  MATCH (s)-[said:REQUESTED]->(t) WHERE relation = 'REQUESTED' RETURN said
  UNION ALL
  MATCH (s)-[said:RETREATED]->(t) WHERE relation = 'RETREATED' RETURN said
  UNION ALL
  MATCH (s)-[said:SANCTIONED]->(t) WHERE relation = 'SANCTIONED' RETURN said
  UNION ALL
  MATCH (s)-[said:SUPPLIED]->(t) WHERE relation = 'SUPPLIED' RETURN said
  UNION ALL
  MATCH (s)-[said:SUPPORTED]->(t) WHERE relation = 'SUPPORTED' RETURN said
  UNION ALL
  MATCH (s)-[said:WARNED]->(t) WHERE relation = 'WARNED' RETURN said
}
WITH s, denied, t, said
WHERE said.disputed = true AND said.polarity = 'positive' AND said.doc_id <> denied.doc_id
WITH s, t, said, denied, said.doc_id AS reported_id, denied.doc_id AS disputed_id  // so both stores look them up by index
MATCH (reported:Document {id: reported_id})
MATCH (disputed:Document {id: disputed_id})
RETURN s.name AS source, type(said) AS relation, t.name AS target,
       reported.outlet AS reported_by, said.sentence AS reported,
       disputed.outlet AS disputed_by, denied.sentence AS disputed
ORDER BY source, relation, target
LIMIT $limit;
