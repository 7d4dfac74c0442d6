// Overview
// What the graph holds: how many nodes of each label and relationships of each type,
// largest first. See recent-documents for the latest articles.
// One count a label and a type of the vocabulary (schema/*.toml; tests/test_queries.py checks the
// list is complete), each read from the store's counts, not by scanning the graph.
CALL {
  MATCH (n:Document) RETURN 'nodes' AS kind, 'Document' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Entity) RETURN 'nodes' AS kind, 'Entity' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Event) RETURN 'nodes' AS kind, 'Event' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Agent) RETURN 'nodes' AS kind, 'Agent' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Country) RETURN 'nodes' AS kind, 'Country' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Group) RETURN 'nodes' AS kind, 'Group' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Organization) RETURN 'nodes' AS kind, 'Organization' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Person) RETURN 'nodes' AS kind, 'Person' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Place) RETURN 'nodes' AS kind, 'Place' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Weapon) RETURN 'nodes' AS kind, 'Weapon' AS name, count(n) AS count
  UNION ALL
  MATCH ()-[r:ACTS_FOR]->() RETURN 'relationships' AS kind, 'ACTS_FOR' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:AGREED]->() RETURN 'relationships' AS kind, 'AGREED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:ALLIED]->() RETURN 'relationships' AS kind, 'ALLIED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:ATTACKED]->() RETURN 'relationships' AS kind, 'ATTACKED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:COERCED]->() RETURN 'relationships' AS kind, 'COERCED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:COMMENTED]->() RETURN 'relationships' AS kind, 'COMMENTED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:CONCEDED]->() RETURN 'relationships' AS kind, 'CONCEDED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:CONDEMNED]->() RETURN 'relationships' AS kind, 'CONDEMNED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:COOPERATED]->() RETURN 'relationships' AS kind, 'COOPERATED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:DENIED]->() RETURN 'relationships' AS kind, 'DENIED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:DEPLOYED]->() RETURN 'relationships' AS kind, 'DEPLOYED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:HOLDS_ROLE]->() RETURN 'relationships' AS kind, 'HOLDS_ROLE' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:INVESTIGATED]->() RETURN 'relationships' AS kind, 'INVESTIGATED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:MANUFACTURED]->() RETURN 'relationships' AS kind, 'MANUFACTURED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() RETURN 'relationships' AS kind, 'MEMBER_OF' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:MENTIONS]->() RETURN 'relationships' AS kind, 'MENTIONS' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:MET]->() RETURN 'relationships' AS kind, 'MET' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:PROTESTED]->() RETURN 'relationships' AS kind, 'PROTESTED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:REPORTS]->() RETURN 'relationships' AS kind, 'REPORTS' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:REQUESTED]->() RETURN 'relationships' AS kind, 'REQUESTED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:RETREATED]->() RETURN 'relationships' AS kind, 'RETREATED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:SANCTIONED]->() RETURN 'relationships' AS kind, 'SANCTIONED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:SOURCE_OF]->() RETURN 'relationships' AS kind, 'SOURCE_OF' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:SUPPLIED]->() RETURN 'relationships' AS kind, 'SUPPLIED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:SUPPORTED]->() RETURN 'relationships' AS kind, 'SUPPORTED' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:TARGETS]->() RETURN 'relationships' AS kind, 'TARGETS' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:WARNED]->() RETURN 'relationships' AS kind, 'WARNED' AS name, count(r) AS count
}
WITH kind, name, count
WHERE count > 0
RETURN kind, name, count
ORDER BY kind, count DESC, name;
