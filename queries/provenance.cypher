// Provenance
// The sentences and documents behind every relation between two actors, in either direction.
// Returns the nodes and relationships, so --format html draws them.
// param a: string, example "Ukraine" - one actor (name or alias)
// param b: string, example "South Korea" - the other actor (name or alias)
MATCH (x:Entity)
WHERE toLower($a) IN x.lookup
MATCH (y:Entity)
WHERE toLower($b) IN y.lookup
MATCH (x)-[r]-(y)
OPTIONAL MATCH (d:Document {id: r.doc_id})
OPTIONAL MATCH (speaker:Entity {id: r.attributed_to})
RETURN startNode(r) AS source, r AS relation, endNode(r) AS target, r.polarity AS polarity,
       r.modality AS modality, speaker.name AS said_by, d.outlet AS outlet, d.title AS title, d.published AS published,
       r.sentence AS sentence
ORDER BY type(r), published;
