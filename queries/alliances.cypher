// Alliances and cooperation
// Alliances, cooperation and agreements between actors. These relations are symmetric, so each
// pair is listed once, with how often and where it was reported.
// param limit: integer = 50, example 20 - rows at most
MATCH (a:Entity)-[r:ALLIED|COOPERATED|AGREED]-(b:Entity)
WHERE a.name < b.name
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN a.name AS actor, b.name AS partner, type(r) AS relation, r.polarity AS polarity,
       collect(DISTINCT r.modality) AS modalities, collect(DISTINCT r.theme) AS on_what,
       count(DISTINCT r) AS reports, collect(DISTINCT d.outlet) AS outlets, min(r.sentence) AS example
ORDER BY reports DESC, actor, partner
LIMIT $limit;
