// Supply flows
// Who supplies whom with what (aid, weapons, equipment), with the modality: asserted deliveries
// apart from those only considered or promised. Weapon systems in the graph named in the
// theme or the sentence are listed in the weapons column.
// param limit: integer = 50, example 20 - rows at most
MATCH (supplier:Entity)-[r:SUPPLIED]->(receiver:Entity)
OPTIONAL MATCH (w:Weapon)
WHERE toLower(r.sentence) CONTAINS toLower(w.name)
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN supplier.name AS supplier, receiver.name AS receiver, r.theme AS what,
       collect(DISTINCT w.name) AS weapons, r.polarity AS polarity, r.modality AS modality,
       d.outlet AS outlet, coalesce(r.date, d.published) AS date, r.sentence AS sentence
ORDER BY size(weapons) DESC, supplier, receiver
LIMIT $limit;
