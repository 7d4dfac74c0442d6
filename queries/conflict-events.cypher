// Conflict events
// Attacks, deployments, sanctions and coercion: who did it to whom, when, and who reported it.
// An act with no actor on the other side ("X imposed a curfew on the city") has an empty target.
// The date index is read in order until `limit` sourced events give the page's last date; every row
// of the page falls on or before it, so only the events dated up to it, and the undated ones of the
// documents published up to it (an undated event sorts by its document's date), are read and sorted.
// param limit: integer = 50, example 20 - rows at most
MATCH (ev:Event)
USING INDEX ev:Event(date)  // the plans must not depend on the statistics: a scan of a type's events is O(data)
WHERE ev.date IS NOT NULL AND ev.type IN ['ATTACKED', 'DEPLOYED', 'SANCTIONED', 'COERCED']
  AND EXISTS { (:Entity)-[:SOURCE_OF]->(ev) }
WITH ev.date AS date
ORDER BY date
LIMIT $limit
WITH collect(date) AS dates
WITH CASE WHEN size(dates) < $limit THEN null ELSE dates[-1] END AS cutoff  // null: fewer dated events than a page
OPTIONAL MATCH (dated:Event)  // dated.date <= cutoff, from the date index
USING INDEX dated:Event(date)
WHERE dated.date <= cutoff AND dated.type IN ['ATTACKED', 'DEPLOYED', 'SANCTIONED', 'COERCED']
WITH cutoff, collect(dated) AS dated
OPTIONAL MATCH (d:Document)-[:REPORTS]->(undated)  // REPORTS leads to events only: unlabelled, so the plan
USING INDEX d:Document(published)                  // cannot join on a scan of every event of the types
WHERE d.published <= cutoff AND undated.date IS NULL AND undated.type IN ['ATTACKED', 'DEPLOYED', 'SANCTIONED', 'COERCED']
WITH cutoff, dated, collect(undated) AS undated
OPTIONAL MATCH (every:Event)  // no cutoff: every event of the types (the list is empty otherwise: nothing read)
WHERE every.type IN CASE WHEN cutoff IS NULL THEN ['ATTACKED', 'DEPLOYED', 'SANCTIONED', 'COERCED'] ELSE [] END
WITH dated, undated, collect(every) AS every
UNWIND dated + undated + every AS ev
WITH DISTINCT ev
MATCH (s:Entity)-[:SOURCE_OF]->(ev)
OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
WITH s, ev, t, d
ORDER BY coalesce(ev.date, d.published), ev.type, s.name, t.name
LIMIT $limit  // the rows first, then the speakers of those rows only
WITH s, ev, t, d, ev.attributed_to AS speaker_id
OPTIONAL MATCH (speaker:Entity {id: speaker_id})
RETURN coalesce(ev.date, d.published) AS date, s.name AS source, ev.type AS relation, t.name AS target,
       ev.theme AS what, ev.polarity AS polarity, ev.modality AS modality, speaker.name AS said_by,
       d.outlet AS outlet, ev.sentence AS sentence
ORDER BY date, relation, source, target
LIMIT $limit;
