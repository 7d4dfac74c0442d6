// Timeline of an actor
// Every relation an actor is part of, in date order: the date the event happened when the text
// gives one, else the publication date of the article.
// param name: string, example "South Korea" - the actor's name or one of its aliases
// param limit: integer = 100, example 20 - rows at most
MATCH (e:Entity)
WHERE toLower($name) IN e.lookup
MATCH (e)-[r]-(:Entity)
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN coalesce(r.date, d.published) AS date, startNode(r).name AS source, type(r) AS relation,
       endNode(r).name AS target, r.theme AS what, r.polarity AS polarity, r.modality AS modality,
       d.outlet AS outlet, r.sentence AS sentence
ORDER BY date, relation, source, target
LIMIT $limit;
