// Actors in a document
// The actors a document mentions, most mentioned first. The document is given by its id or by
// part of its title.
// The documents come from the full-text index of titles when the text has a word of three letters or
// digits or more (no punctuation): those with a title word containing the longest such word, which
// every title containing the text has; the CONTAINS then keeps exactly the documents a scan of them
// all would (for titles written with spaces between words: the index splits CJK ideographs). A text
// without such a word scans them all. The embedded store scans (see embedded/).
// param document: string, example "did not ask for weapons" - a document id, or words from its title
WITH toLower($document) AS text
WITH text, reduce(longest = '', w IN split(text, ' ') | CASE WHEN size(w) > size(longest)
       AND none(c IN ["'", '"', '-', '.', ',', ':', ';', '!', '?', '(', ')', '[', ']', '{', '}', '/', '\\', '&', '@', '*', '%', '|', '~', '$', '#', '+', '=', '<', '>', '^', '_', '`', '’', '‘', '“', '”', '–', '—', '…', '\t', '\n'] WHERE w CONTAINS c) THEN w ELSE longest END) AS word
CALL (word) {  // the candidates: from the full-text index, or (no word it can look up) every document
  WITH word WHERE size(word) >= 3
  CALL db.index.fulltext.queryNodes('document_titles', '*' + word + '*') YIELD node
  RETURN collect(node) AS titled  // one row, an empty list when nothing is found
}
CALL (word, text) {
  WITH word, text WHERE size(word) < 3
  MATCH (d:Document)
  WHERE toLower(d.title) CONTAINS text
  RETURN collect(d) AS scanned
}
OPTIONAL MATCH (named:Document {id: $document})
WITH text, titled, scanned, collect(named) AS named
UNWIND titled + scanned + named AS d
WITH DISTINCT d, text
WHERE d.id = $document OR toLower(d.title) CONTAINS text
MATCH (d)-[m:MENTIONS]->(e:Entity)
RETURN d.title AS document, e.name AS actor, e.type AS type, m.count AS mentions
ORDER BY document, mentions DESC, actor;
