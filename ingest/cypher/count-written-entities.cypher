// The counts (count-entities.cypher) of the actors a write's documents mention, raised by what the
// write added (row.relations: relationships it wrote at either end, row.documents: its documents
// mentioning the actor, row.kinds: the types of those relationships): the forget statements have
// removed what the old versions said and count-forgotten-entities.cypher recounted those actors, so
// the sum is the count, without a count of the actor's links (which grow with the archive). A new
// actor starts at 0 (merge-entities.cypher); one of a graph written before the counts has none,
// keeps none (null + n) and is counted by count-missing-entities.cypher.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.relations = e.relations + row.relations, e.documents = e.documents + row.documents,
    e.kinds = CASE WHEN e.kinds IS NULL THEN null ELSE [kind IN {relation_types} WHERE kind IN e.kinds OR kind IN row.kinds] END
