// Alliances and cooperation
// Alliances, cooperation and agreements between actors. These relations are symmetric, so each
// pair is listed once, with how often and where it was reported.
// Each relation is read once (from its source) and counted under its pair of names in order; the
// documents are looked up (by index) for the rows shown only.
// param limit: integer = 50, example 20 - rows at most
MATCH (x:Entity)-[r:ALLIED|COOPERATED|AGREED]->(y)  // relations join actors only: no label read a relation
WITH x.name AS a, y.name AS b, r  // each name read once a relation
WHERE a <> b
WITH CASE WHEN a < b THEN a ELSE b END AS actor, CASE WHEN a < b THEN b ELSE a END AS partner, r
WITH actor, partner, type(r) AS relation, r.polarity AS polarity, count(r) AS reports  // counts only: a list of relations per pair is most of the time
ORDER BY reports DESC, actor, partner
LIMIT $limit  // the rows first, then what they list, from their own relations only (looked up by the names, each once)
MATCH (x:Entity {name: actor})-[r:ALLIED|COOPERATED|AGREED]-(y:Entity {name: partner})
WHERE type(r) = relation AND (r.polarity = polarity OR (r.polarity IS NULL AND polarity IS NULL))
WITH actor, partner, relation, polarity, reports, r, r.doc_id AS doc_id
OPTIONAL MATCH (d:Document {id: doc_id})
WITH actor, partner, relation, polarity, reports, collect(DISTINCT r.modality) AS modalities,
     collect(DISTINCT r.theme) AS on_what, collect(DISTINCT d.outlet) AS outlets, min(r.sentence) AS example
RETURN actor, partner, relation, polarity, modalities, on_what, reports, outlets, example
ORDER BY reports DESC, actor, partner
LIMIT $limit;
