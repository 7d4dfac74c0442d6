// The name and aliases of each node the pass joined names into, computed from every mention of it.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.aliases = row.aliases, e.lookup = row.lookup
