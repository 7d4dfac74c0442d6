// Event data table
// One row per event in the shape of the ICEWS, Phoenix and POLECAT tables: date, source and
// target (name, country, sector, type; target empty for one-sided events), the codes, polarity,
// modality, who said it and the document. `newsgraph events` writes it as CSV, JSON Lines or
// Parquet, a page at a time (by event id, after the cursor `after`), with the quad class added.
// With an actor, only that actor's events are read (from the actor, not from every event); the
// lookups of the last columns are made for the rows of the page only.
// param since: string = "", example "2024-11-01" - only events on or after this date (YYYY-MM-DD); empty for all
// param until: string = "", example "2024-12-31" - only events on or before this date; empty for all
// param actor: string = "", example "Ukraine" - only events with this actor as source or target; empty for all
// param after: string = "", example "0" - page cursor: only events whose id sorts after this one
// param limit: integer = 1000, example 100 - rows at most
WITH $actor AS actor
WHERE actor <> ''  // this part for an actor, the other without: one of them reads nothing
MATCH (a:Entity)
WHERE toLower(actor) IN a.lookup
WITH collect(a) AS actors  // from the actor's events, not along every event in id order
UNWIND actors AS a
MATCH (a)-[:SOURCE_OF|TARGETS]-(ev:Event)
WHERE ev.id > $after
WITH DISTINCT ev
MATCH (s:Entity)-[:SOURCE_OF]->(ev)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
WITH ev, s, d, coalesce(ev.date, d.published) AS date
WHERE ($since = '' OR date >= $since) AND ($until = '' OR date <= $until)
WITH ev, s, d, date
ORDER BY ev.id
LIMIT $limit  // the page first, then the targets and lookups for its rows only (more rows after a second
OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity)  // target only for a page's last event: the last LIMIT cuts them)
WITH ev, s, t, d, date, t.anchor AS target_anchor, s.anchor AS source_anchor_id, ev.attributed_to AS speaker_id  // looked up by index, not by label scan
OPTIONAL MATCH (speaker:Entity {id: speaker_id})
OPTIONAL MATCH (source_anchor:Entity {id: source_anchor_id})
WHERE source_anchor:Country
OPTIONAL MATCH (target_anchor_country:Entity {id: target_anchor})
WHERE target_anchor_country:Country
RETURN ev.id AS event_id, date, s.name AS source_name,
       CASE WHEN s:Country THEN s.name WHEN source_anchor IS NOT NULL THEN source_anchor.name
            ELSE head([(s)-[:HOLDS_ROLE]->(c:Country) | c.name]) END AS source_country,
       s.sector AS source_sector, s.type AS source_type,
       ev.type AS event_type, ev.plover AS plover_type, ev.cameo AS cameo_code,
       t.name AS target_name,
       CASE WHEN t:Country THEN t.name WHEN target_anchor_country IS NOT NULL THEN target_anchor_country.name
            WHEN t IS NULL THEN null ELSE head([(t)-[:HOLDS_ROLE]->(c:Country) | c.name]) END AS target_country,
       t.sector AS target_sector, t.type AS target_type,
       ev.polarity AS polarity, ev.modality AS modality, speaker.name AS attributed_to,
       d.id AS document_id, d.outlet AS outlet, d.url AS url, ev.sentence AS sentence, ev.confidence AS confidence
ORDER BY event_id
LIMIT $limit
UNION ALL
WITH count(*) AS one  // one row, checked before any event is read
WHERE $actor = ''
MATCH (ev:Event)
WHERE ev.id > $after
MATCH (s:Entity)-[:SOURCE_OF]->(ev)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
WITH ev, s, d, coalesce(ev.date, d.published) AS date
WHERE ($since = '' OR date >= $since) AND ($until = '' OR date <= $until)
WITH ev, s, d, date
ORDER BY ev.id
LIMIT $limit  // the page first, then the targets and lookups for its rows only (more rows after a second
OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity)  // target only for a page's last event: the last LIMIT cuts them)
WITH ev, s, t, d, date, t.anchor AS target_anchor, s.anchor AS source_anchor_id, ev.attributed_to AS speaker_id  // looked up by index, not by label scan
OPTIONAL MATCH (speaker:Entity {id: speaker_id})
OPTIONAL MATCH (source_anchor:Entity {id: source_anchor_id})
WHERE source_anchor:Country
OPTIONAL MATCH (target_anchor_country:Entity {id: target_anchor})
WHERE target_anchor_country:Country
RETURN ev.id AS event_id, date, s.name AS source_name,
       CASE WHEN s:Country THEN s.name WHEN source_anchor IS NOT NULL THEN source_anchor.name
            ELSE head([(s)-[:HOLDS_ROLE]->(c:Country) | c.name]) END AS source_country,
       s.sector AS source_sector, s.type AS source_type,
       ev.type AS event_type, ev.plover AS plover_type, ev.cameo AS cameo_code,
       t.name AS target_name,
       CASE WHEN t:Country THEN t.name WHEN target_anchor_country IS NOT NULL THEN target_anchor_country.name
            WHEN t IS NULL THEN null ELSE head([(t)-[:HOLDS_ROLE]->(c:Country) | c.name]) END AS target_country,
       t.sector AS target_sector, t.type AS target_type,
       ev.polarity AS polarity, ev.modality AS modality, speaker.name AS attributed_to,
       d.id AS document_id, d.outlet AS outlet, d.url AS url, ev.sentence AS sentence, ev.confidence AS confidence
ORDER BY event_id
LIMIT $limit;
