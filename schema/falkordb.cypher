// Indexes for the embedded FalkorDB store. FalkorDB runs one write query at a time,
// so MERGE alone keeps ids unique there; these indexes make the lookups fast.
CREATE INDEX FOR (e:Entity) ON (e.id);
CREATE INDEX FOR (d:Document) ON (d.id);
CREATE INDEX FOR (e:Entity) ON (e.name);
CREATE INDEX FOR (d:Document) ON (d.content_hash);
