// Overview
// What the graph holds: how many nodes of each label and relationships of each type,
// largest first. See recent-documents for the latest articles.
// One count a label and a type of the vocabulary (schema/*.toml; tests/test_queries.py checks the
// list is complete), each read from the store's counts (a count with no other column: Neo4j's count store), not by scanning.
CALL {
  MATCH (n:Document) WITH count(n) AS count RETURN 'nodes' AS kind, 'Document' AS name, count
  UNION ALL
  MATCH (n:Entity) WITH count(n) AS count RETURN 'nodes' AS kind, 'Entity' AS name, count
  UNION ALL
  MATCH (n:Event) WITH count(n) AS count RETURN 'nodes' AS kind, 'Event' AS name, count
  UNION ALL
  MATCH (n:Agent) WITH count(n) AS count RETURN 'nodes' AS kind, 'Agent' AS name, count
  UNION ALL
  MATCH (n:Coalition) WITH count(n) AS count RETURN 'nodes' AS kind, 'Coalition' AS name, count
  UNION ALL
  MATCH (n:Country) WITH count(n) AS count RETURN 'nodes' AS kind, 'Country' AS name, count
  UNION ALL
  MATCH (n:Group) WITH count(n) AS count RETURN 'nodes' AS kind, 'Group' AS name, count
  UNION ALL
  MATCH (n:Organization) WITH count(n) AS count RETURN 'nodes' AS kind, 'Organization' AS name, count
  UNION ALL
  MATCH (n:Person) WITH count(n) AS count RETURN 'nodes' AS kind, 'Person' AS name, count
  UNION ALL
  MATCH (n:Place) WITH count(n) AS count RETURN 'nodes' AS kind, 'Place' AS name, count
  UNION ALL
  MATCH (n:Weapon) WITH count(n) AS count RETURN 'nodes' AS kind, 'Weapon' AS name, count
  UNION ALL
  MATCH ()-[r:ACTS_FOR]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'ACTS_FOR' AS name, count
  UNION ALL
  MATCH ()-[r:AGREED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'AGREED' AS name, count
  UNION ALL
  MATCH ()-[r:ALLIED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'ALLIED' AS name, count
  UNION ALL
  MATCH ()-[r:ATTACKED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'ATTACKED' AS name, count
  UNION ALL
  MATCH ()-[r:COERCED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'COERCED' AS name, count
  UNION ALL
  MATCH ()-[r:COMMENTED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'COMMENTED' AS name, count
  UNION ALL
  MATCH ()-[r:CONCEDED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'CONCEDED' AS name, count
  UNION ALL
  MATCH ()-[r:CONDEMNED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'CONDEMNED' AS name, count
  UNION ALL
  MATCH ()-[r:COOPERATED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'COOPERATED' AS name, count
  UNION ALL
  MATCH ()-[r:DENIED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'DENIED' AS name, count
  UNION ALL
  MATCH ()-[r:DEPLOYED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'DEPLOYED' AS name, count
  UNION ALL
  MATCH ()-[r:HOLDS_ROLE]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'HOLDS_ROLE' AS name, count
  UNION ALL
  MATCH ()-[r:INVESTIGATED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'INVESTIGATED' AS name, count
  UNION ALL
  MATCH ()-[r:MANUFACTURED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'MANUFACTURED' AS name, count
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'MEMBER_OF' AS name, count
  UNION ALL
  MATCH ()-[r:MENTIONS]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'MENTIONS' AS name, count
  UNION ALL
  MATCH ()-[r:MET]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'MET' AS name, count
  UNION ALL
  MATCH ()-[r:PROTESTED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'PROTESTED' AS name, count
  UNION ALL
  MATCH ()-[r:REPORTS]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'REPORTS' AS name, count
  UNION ALL
  MATCH ()-[r:REQUESTED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'REQUESTED' AS name, count
  UNION ALL
  MATCH ()-[r:RETREATED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'RETREATED' AS name, count
  UNION ALL
  MATCH ()-[r:SANCTIONED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'SANCTIONED' AS name, count
  UNION ALL
  MATCH ()-[r:SOURCE_OF]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'SOURCE_OF' AS name, count
  UNION ALL
  MATCH ()-[r:SUPPLIED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'SUPPLIED' AS name, count
  UNION ALL
  MATCH ()-[r:SUPPORTED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'SUPPORTED' AS name, count
  UNION ALL
  MATCH ()-[r:TARGETS]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'TARGETS' AS name, count
  UNION ALL
  MATCH ()-[r:WARNED]->() WITH count(r) AS count RETURN 'relationships' AS kind, 'WARNED' AS name, count
}
WITH kind, name, count
WHERE count > 0
RETURN kind, name, count
ORDER BY kind, count DESC, name;
