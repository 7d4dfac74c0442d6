// {label} is an entity type from schema/relations.toml, never text from an article.
// Aliases are kept sorted, so the graph is the same whatever order documents arrive in;
// An Agent also gets its sector and anchor (null for every other entity, so never set);
// `lookup` holds the name and aliases in lower case: the indexed key for case-insensitive lookups.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.sector = row.sector, e.anchor = row.anchor,
              e.relations = 0, e.documents = 0, e.kinds = []  // counted up as it is written (count-written-entities.cypher)
SET e:{label}
WITH e, row
// The [null] keeps one row for an entity without aliases; collect() drops it.
UNWIND coalesce(e.aliases, []) + row.aliases + [null] AS alias
WITH e, alias
ORDER BY alias
WITH e, collect(DISTINCT alias) AS aliases
SET e.aliases = aliases, e.lookup = [n IN [e.name] + aliases | toLower(n)]
