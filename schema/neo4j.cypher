// Constraints and indexes for Neo4j 5. `newsgraph schema apply` runs each statement once.
// Uniqueness constraints come first: MERGE relies on them so that concurrent writers never
// create two nodes for one actor or one document (each is also the index for its id).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX document_hash IF NOT EXISTS FOR (d:Document) ON (d.content_hash);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published);
// Fuzzy search and alias lookup (lists of strings are indexed word by word):
// CALL db.index.fulltext.queryNodes('entity_names_aliases', 'Zelen*').
CREATE FULLTEXT INDEX entity_names_aliases IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];
// Events: every PLOVER-coded relation is also an (:Event) node, one-sided events included.
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (ev:Event) REQUIRE ev.id IS UNIQUE;
CREATE INDEX event_type IF NOT EXISTS FOR (ev:Event) ON (ev.type);
CREATE INDEX event_date IF NOT EXISTS FOR (ev:Event) ON (ev.date);
CREATE INDEX event_doc IF NOT EXISTS FOR (ev:Event) ON (ev.doc_id);
// Who said it: statements-by starts from the speaker's attributions (events, then the facts that are
// not events, one relationship index a type), never from every document that mentions the speaker.
CREATE INDEX event_attributed IF NOT EXISTS FOR (ev:Event) ON (ev.attributed_to);
CREATE INDEX acts_for_attributed IF NOT EXISTS FOR ()-[r:ACTS_FOR]-() ON (r.attributed_to);
CREATE INDEX holds_role_attributed IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.attributed_to);
CREATE INDEX manufactured_attributed IF NOT EXISTS FOR ()-[r:MANUFACTURED]-() ON (r.attributed_to);
CREATE INDEX member_of_attributed IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.attributed_to);
// hypotheticals and refusals pick events by modality and polarity.
CREATE INDEX event_modality IF NOT EXISTS FOR (ev:Event) ON (ev.modality);
CREATE INDEX event_polarity IF NOT EXISTS FOR (ev:Event) ON (ev.polarity);
// disputed-claims starts from the marked contradictions: one relationship index a relation type.
CREATE INDEX acts_for_disputed IF NOT EXISTS FOR ()-[r:ACTS_FOR]-() ON (r.disputed);
CREATE INDEX agreed_disputed IF NOT EXISTS FOR ()-[r:AGREED]-() ON (r.disputed);
CREATE INDEX allied_disputed IF NOT EXISTS FOR ()-[r:ALLIED]-() ON (r.disputed);
CREATE INDEX attacked_disputed IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.disputed);
CREATE INDEX coerced_disputed IF NOT EXISTS FOR ()-[r:COERCED]-() ON (r.disputed);
CREATE INDEX commented_disputed IF NOT EXISTS FOR ()-[r:COMMENTED]-() ON (r.disputed);
CREATE INDEX conceded_disputed IF NOT EXISTS FOR ()-[r:CONCEDED]-() ON (r.disputed);
CREATE INDEX condemned_disputed IF NOT EXISTS FOR ()-[r:CONDEMNED]-() ON (r.disputed);
CREATE INDEX cooperated_disputed IF NOT EXISTS FOR ()-[r:COOPERATED]-() ON (r.disputed);
CREATE INDEX denied_disputed IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.disputed);
CREATE INDEX deployed_disputed IF NOT EXISTS FOR ()-[r:DEPLOYED]-() ON (r.disputed);
CREATE INDEX holds_role_disputed IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.disputed);
CREATE INDEX investigated_disputed IF NOT EXISTS FOR ()-[r:INVESTIGATED]-() ON (r.disputed);
CREATE INDEX manufactured_disputed IF NOT EXISTS FOR ()-[r:MANUFACTURED]-() ON (r.disputed);
CREATE INDEX member_of_disputed IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.disputed);
CREATE INDEX met_disputed IF NOT EXISTS FOR ()-[r:MET]-() ON (r.disputed);
CREATE INDEX protested_disputed IF NOT EXISTS FOR ()-[r:PROTESTED]-() ON (r.disputed);
CREATE INDEX requested_disputed IF NOT EXISTS FOR ()-[r:REQUESTED]-() ON (r.disputed);
CREATE INDEX retreated_disputed IF NOT EXISTS FOR ()-[r:RETREATED]-() ON (r.disputed);
CREATE INDEX sanctioned_disputed IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.disputed);
CREATE INDEX supplied_disputed IF NOT EXISTS FOR ()-[r:SUPPLIED]-() ON (r.disputed);
CREATE INDEX supported_disputed IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.disputed);
CREATE INDEX warned_disputed IF NOT EXISTS FOR ()-[r:WARNED]-() ON (r.disputed);
// most-connected and co-mentioned sort the actors by the counts the writer keeps on them
// (ingest/cypher/count-entities.cypher): Neo4j reads them in index order.
CREATE INDEX entity_relations IF NOT EXISTS FOR (e:Entity) ON (e.relations);
CREATE INDEX entity_documents IF NOT EXISTS FOR (e:Entity) ON (e.documents);
