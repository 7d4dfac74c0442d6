// {label} is an entity type from schema/relations.toml, never text from an article.
// `lookup` holds the name and aliases in lower case: the indexed key for case-insensitive lookups.
// (FalkorDB sees properties set after a MERGE only past a WITH.)
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type
SET e:{label}, e.aliases = [a IN coalesce(e.aliases, []) WHERE NOT a IN row.aliases] + row.aliases
WITH e
SET e.lookup = [n IN [e.name] + e.aliases | toLower(n)]
