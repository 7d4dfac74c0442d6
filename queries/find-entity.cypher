// Find an actor
// Actors whose name or an alias contains the text, ignoring case, most mentioned first:
// the way to find the exact name the other queries take.
// The candidates come from the full-text index when the text has a word of three letters or digits or
// more (no punctuation): the actors with an indexed word that contains the longest such word, which
// every actor whose name or alias contains the text has; the CONTAINS then keeps exactly the actors a
// scan of them all would (for names written with spaces between words: the index splits CJK ideographs).
// A text without such a word scans them all. The embedded store scans (see embedded/).
// param text: string, example "kim" - part of a name
WITH toLower($text) AS text
WITH text, reduce(longest = '', w IN split(text, ' ') | CASE WHEN size(w) > size(longest)
       AND none(c IN ["'", '"', '-', '.', ',', ':', ';', '!', '?', '(', ')', '[', ']', '{', '}', '/', '\\', '&', '@', '*', '%', '|', '~', '$', '#', '+', '=', '<', '>', '^', '_', '`', '’', '‘', '“', '”', '–', '—', '…', '\t', '\n'] WHERE w CONTAINS c) THEN w ELSE longest END) AS word
WHERE size(word) >= 3  // the candidates from the full-text index
CALL db.index.fulltext.queryNodes('entity_names_aliases', '*' + word + '*') YIELD node
WITH node AS e, text
WHERE toLower(e.name) CONTAINS text OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS text)
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, e.id AS id,
       COUNT { (d:Document)-[:MENTIONS]->(e) } AS documents
ORDER BY documents DESC, name
UNION ALL
WITH toLower($text) AS text
WITH text, reduce(longest = '', w IN split(text, ' ') | CASE WHEN size(w) > size(longest)
       AND none(c IN ["'", '"', '-', '.', ',', ':', ';', '!', '?', '(', ')', '[', ']', '{', '}', '/', '\\', '&', '@', '*', '%', '|', '~', '$', '#', '+', '=', '<', '>', '^', '_', '`', '’', '‘', '“', '”', '–', '—', '…', '\t', '\n'] WHERE w CONTAINS c) THEN w ELSE longest END) AS word
WHERE size(word) < 3  // no word the index can look up: every actor is read
MATCH (e:Entity)
WHERE toLower(e.name) CONTAINS text OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS text)
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, e.id AS id,
       COUNT { (d:Document)-[:MENTIONS]->(e) } AS documents
ORDER BY documents DESC, name;
