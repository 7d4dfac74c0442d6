// The nodes the identity pass re-points to ({label} is an entity type from schema/relations.toml).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type
SET e:{label}
