// Office holders
// Who holds which role in which country or organisation, as of the latest document date that says so.
// param of: string = "", example "South Korea" - only roles in this country or organisation; empty for all
MATCH (p:Person)-[r:HOLDS_ROLE]->(office:Entity)
WHERE r.polarity = 'positive'
  AND ($of = '' OR toLower($of) IN office.lookup)
OPTIONAL MATCH (d:Document {id: r.doc_id})
WITH office, r.theme AS role, p, max(coalesce(r.date, d.published)) AS as_of,
     count(r) AS reports, collect(DISTINCT d.outlet) AS sources
RETURN office.name AS office, role, p.name AS holder, as_of, reports, sources
ORDER BY office, role, as_of DESC;
