// Indexes for the embedded FalkorDB store. FalkorDB runs one write query at a time,
// so MERGE alone keeps ids unique there; these indexes make the lookups fast.
CREATE INDEX FOR (e:Entity) ON (e.id);
CREATE INDEX FOR (d:Document) ON (d.id);
CREATE INDEX FOR (e:Entity) ON (e.name);
CREATE INDEX FOR (d:Document) ON (d.content_hash);
CREATE INDEX FOR (ev:Event) ON (ev.id);
CREATE INDEX FOR (ev:Event) ON (ev.type);
CREATE INDEX FOR (ev:Event) ON (ev.date);
CREATE INDEX FOR (ev:Event) ON (ev.doc_id);
// Array indexes: `$name IN e.aliases` and `toLower($name) IN e.lookup` (name and aliases in
// lower case, kept by the writer) are index scans, so finding an actor does not scan them all.
CREATE INDEX FOR (e:Entity) ON (e.aliases);
CREATE INDEX FOR (e:Entity) ON (e.lookup);
// Fuzzy search on names: CALL db.idx.fulltext.queryNodes('Entity', 'Zelen*').
CALL db.idx.fulltext.createNodeIndex('Entity', 'name');
