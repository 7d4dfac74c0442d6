// Weapon systems
// Each weapon system, who makes it, how many documents mention it, and who has, requests, supplies
// or deploys it: relations in those documents whose sentence names the weapon (by name or alias).
// param name: string = "", example "Cheongung-II" - one weapon (name or alias); empty for all
MATCH (w:Weapon)
WHERE $name = '' OR toLower($name) IN w.lookup
OPTIONAL MATCH (maker:Entity)-[:MANUFACTURED]->(w)
WITH w, collect(DISTINCT maker.name) AS makers, size([(d:Document)-[:MENTIONS]->(w) | d]) AS documents
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(w), (d)-[:MENTIONS]->(s:Entity)-[r]->(t:Entity)
WHERE r.doc_id = d.id AND type(r) <> 'MANUFACTURED'
  AND any(n IN [w.name] + w.aliases WHERE toLower(r.sentence) CONTAINS toLower(n))
RETURN w.name AS weapon, makers, documents, s.name AS source, type(r) AS relation, t.name AS target,
       r.theme AS what, r.polarity AS polarity, r.modality AS modality, d.outlet AS outlet, r.sentence AS sentence
ORDER BY weapon, relation, source;
