// Supply flows
// Who supplies whom with what (aid, weapons, equipment), with the modality: asserted deliveries
// apart from those only considered or promised; aid with no receiver named has an empty receiver.
// Weapon systems in the graph named in the theme or the sentence are listed in the weapons column.
// param limit: integer = 50, example 20 - rows at most
OPTIONAL MATCH (w:Weapon)
OPTIONAL MATCH (w:Weapon)
WITH collect(DISTINCT w.name) AS weapon_names  // once, not one row per event and weapon
MATCH (supplier:Entity)
WITH weapon_names, supplier
ORDER BY supplier.name
WITH weapon_names, collect(supplier) AS ordered  // the actors by name, read in order below: a sort with a LIMIT after it would keep only `limit` actors
UNWIND ordered AS supplier
MATCH (supplier)-[:SOURCE_OF]->(ev {type: 'SUPPLIED'})  // no label: from the actor, never an index scan of every event of the type
WITH DISTINCT weapon_names, supplier.name AS name, ev.sentence AS sentence
LIMIT $limit
WITH weapon_names, collect(DISTINCT name) AS names  // the rows come from these suppliers' deliveries and from those that name a weapon (sorted first)
OPTIONAL MATCH (armed:Event {type: 'SUPPLIED'})
WHERE size(weapon_names) > 0 AND any(n IN weapon_names WHERE toLower(armed.sentence) CONTAINS toLower(n))
WITH weapon_names, names, collect(armed) AS armed
UNWIND names AS name
MATCH (:Entity {name: name})-[:SOURCE_OF]->(ev {type: 'SUPPLIED'})
WITH weapon_names, armed, collect(ev) AS listed
UNWIND armed + listed AS candidate
WITH DISTINCT weapon_names, candidate AS ev
MATCH (supplier:Entity)-[:SOURCE_OF]->(ev)
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
