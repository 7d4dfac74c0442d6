// Supply flows
// Who supplies whom with what (aid, weapons, equipment), with the modality: asserted deliveries
// apart from those only considered or promised; aid with no receiver named has an empty receiver.
// Weapon systems in the graph named in the theme or the sentence are listed in the weapons column.
// param limit: integer = 50, example 20 - rows at most
OPTIONAL MATCH (w:Weapon)
WITH collect(DISTINCT w.name) AS weapon_names  // once, not one row per event and weapon
MATCH (supplier:Entity)-[:SOURCE_OF]->(ev:Event {type: 'SUPPLIED'})
OPTIONAL MATCH (ev)-[:TARGETS]->(receiver:Entity)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
WITH supplier.name AS supplier, receiver.name AS receiver, ev.theme AS what, ev.polarity AS polarity,
     ev.modality AS modality, d.outlet AS outlet, coalesce(ev.date, d.published) AS date, ev.sentence AS sentence,
     collect([n IN weapon_names WHERE toLower(ev.sentence) CONTAINS toLower(n)]) AS named
RETURN supplier, receiver, what,
       reduce(weapons = [], names IN named | weapons + [n IN names WHERE NOT n IN weapons]) AS weapons,
       polarity, modality, outlet, date, sentence
ORDER BY size(weapons) DESC, supplier, receiver
LIMIT $limit;
