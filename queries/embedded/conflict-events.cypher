// FalkorDB 4.22 reads no index in order: the events are grouped by day, the days sorted (365 rows),
// and walked until `limit` sourced events give the page's last date; then only the events up to it.
MATCH (ev:Event)
WHERE ev.type IN ['ATTACKED', 'DEPLOYED', 'SANCTIONED', 'COERCED']
WITH ev.date AS day, collect(ev) AS events  // a day's events together: the days are few, a sort of them is cheap
ORDER BY day
WITH collect(events) AS days  // then walked in that order: a sort with a LIMIT after it would keep only `limit` days
UNWIND days AS events
UNWIND events AS ev
MATCH (:Entity)-[:SOURCE_OF]->(ev)
WITH ev.date AS date
LIMIT $limit
WITH collect(date) AS dates  // every row of the page falls on or before the last of these (an event without a date is kept: it sorts by its document's)
WITH CASE WHEN size(dates) < $limit OR any(x IN dates WHERE x IS NULL) THEN null
     ELSE reduce(last = '', x IN dates | CASE WHEN x > last THEN x ELSE last END) END AS cutoff
MATCH (ev:Event)
WHERE ev.type IN ['ATTACKED', 'DEPLOYED', 'SANCTIONED', 'COERCED']
  AND (cutoff IS NULL OR ev.date IS NULL OR ev.date <= cutoff)
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
