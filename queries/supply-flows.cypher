// Supply flows
// Who supplies whom with what (aid, weapons, equipment), with the modality: asserted deliveries
// apart from those only considered or promised; aid with no receiver named has an empty receiver.
// Weapon systems in the graph named in the theme or the sentence are listed in the weapons column.
// param limit: integer = 50, example 20 - rows at most
MATCH (supplier:Entity)-[:SOURCE_OF]->(ev:Event {type: 'SUPPLIED'})
OPTIONAL MATCH (ev)-[:TARGETS]->(receiver:Entity)
OPTIONAL MATCH (w:Weapon)
WHERE toLower(ev.sentence) CONTAINS toLower(w.name)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
RETURN supplier.name AS supplier, receiver.name AS receiver, ev.theme AS what,
       collect(DISTINCT w.name) AS weapons, ev.polarity AS polarity, ev.modality AS modality,
       d.outlet AS outlet, coalesce(ev.date, d.published) AS date, ev.sentence AS sentence
ORDER BY size(weapons) DESC, supplier, receiver
LIMIT $limit;
