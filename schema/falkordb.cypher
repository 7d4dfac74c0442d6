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
// Who said it: statements-by starts from the speaker's attributions (events, then the facts that are
// not events, one relationship index a type), never from every document that mentions the speaker.
CREATE INDEX FOR (ev:Event) ON (ev.attributed_to);
CREATE INDEX FOR ()-[r:HOLDS_ROLE]-() ON (r.attributed_to);
CREATE INDEX FOR ()-[r:MEMBER_OF]-() ON (r.attributed_to);
CREATE INDEX FOR ()-[r:ACTS_FOR]-() ON (r.attributed_to);
CREATE INDEX FOR ()-[r:MANUFACTURED]-() ON (r.attributed_to);
// hypotheticals and refusals pick events by modality and polarity.
CREATE INDEX FOR (ev:Event) ON (ev.modality);
CREATE INDEX FOR (ev:Event) ON (ev.polarity);
