// Find an actor
// Actors whose name or an alias contains the text, ignoring case, most mentioned first:
// the way to find the exact name the other queries take.
// param text: string, example "kim" - part of a name
MATCH (e:Entity)
WHERE toLower(e.name) CONTAINS toLower($text) OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS toLower($text))
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, e.id AS id,
       COUNT { (e)<-[:MENTIONS]-() } AS documents  // only documents mention: the degree, not a walk of a hub's mentions
ORDER BY documents DESC, name;
