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
CREATE INDEX FOR ()-[r:ACTS_FOR]-() ON (r.attributed_to);
CREATE INDEX FOR ()-[r:HOLDS_ROLE]-() ON (r.attributed_to);
CREATE INDEX FOR ()-[r:MANUFACTURED]-() ON (r.attributed_to);
CREATE INDEX FOR ()-[r:MEMBER_OF]-() ON (r.attributed_to);
// hypotheticals and refusals pick events by modality and polarity.
CREATE INDEX FOR (ev:Event) ON (ev.modality);
CREATE INDEX FOR (ev:Event) ON (ev.polarity);
// disputed-claims starts from the marked contradictions: one relationship index a relation type.
CREATE INDEX FOR ()-[r:ACTS_FOR]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:AGREED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:ALLIED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:ATTACKED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:COERCED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:COMMENTED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:CONCEDED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:CONDEMNED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:COOPERATED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:DENIED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:DEPLOYED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:HOLDS_ROLE]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:INVESTIGATED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:MANUFACTURED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:MEMBER_OF]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:MET]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:PROTESTED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:REQUESTED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:RETREATED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:SANCTIONED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:SUPPLIED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:SUPPORTED]-() ON (r.disputed);
CREATE INDEX FOR ()-[r:WARNED]-() ON (r.disputed);
// most-connected reads the actors with at least the page's least count of relations the writer keeps
// (ingest/cypher/count-entities.cypher) by this index's range (FalkorDB reads no index in order).
CREATE INDEX FOR (e:Entity) ON (e.relations);
