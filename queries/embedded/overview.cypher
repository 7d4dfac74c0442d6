// FalkorDB keeps a count of the nodes of every label and the relationships of every type: db.meta.stats()
// reads them (nothing is scanned). A label or type whose last node or relationship went has count 0.
CALL db.meta.stats() YIELD labels, relTypes
UNWIND [name IN keys(labels) | ['nodes', name, labels[name]]] + [name IN keys(relTypes) | ['relationships', name, relTypes[name]]] AS entry
WITH entry[0] AS kind, entry[1] AS name, entry[2] AS count
WHERE count > 0
RETURN kind, name, count
ORDER BY kind, count DESC, name
