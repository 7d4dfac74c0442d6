// Entity network
// An actor's neighbourhood: the actor, its relations and the actors at their other end, then the
// one-sided events it took part in (no actor on the other side), each drawn as its Event node.
// Returns nodes and relationships, so --format html draws them (newsgraph view NAME does this).
// param name: string, example "South Korea" - the actor's name or one of its aliases
// param limit: integer = 200, example 50 - relations at most
MATCH (e:Entity)
WHERE toLower($name) IN e.lookup
MATCH (e)-[r]-(other:Entity)
WITH e, r, other
ORDER BY type(r), other.name
LIMIT $limit  // the page first, then the lookups for its rows only (each finds one node at most)
WITH e, r, other, r.doc_id AS doc_id, r.attributed_to AS speaker_id
OPTIONAL MATCH (d:Document {id: doc_id})
OPTIONAL MATCH (speaker:Entity {id: speaker_id})
RETURN e AS entity, r AS relation, other, r.polarity AS polarity, r.modality AS modality,
       d.outlet AS outlet, speaker.name AS said_by, r.sentence AS sentence
ORDER BY type(r), other.name
LIMIT $limit
UNION ALL
MATCH (e:Entity)
WHERE toLower($name) IN e.lookup
MATCH (e)-[r:SOURCE_OF]->(other:Event)
WHERE NOT (other)-[:TARGETS]->()  // events target actors only: no label to check
OPTIONAL MATCH (d:Document)-[:REPORTS]->(other)
OPTIONAL MATCH (speaker:Entity {id: other.attributed_to})
RETURN e AS entity, r AS relation, other, other.polarity AS polarity, other.modality AS modality,
       d.outlet AS outlet, speaker.name AS said_by, other.sentence AS sentence
ORDER BY other.type, other.id
LIMIT $limit;
