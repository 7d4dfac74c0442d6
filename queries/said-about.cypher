// What one actor said about another
// The relations a speaker is reported as asserting in which the subject is the source or the target.
// param speaker: string, example "Ukraine" - who said it (name or alias)
// param subject: string, example "North Korea" - whom it is about (name or alias)
MATCH (speaker:Entity)
WHERE toLower($speaker) IN speaker.lookup
MATCH (subject:Entity)
WHERE toLower($subject) IN subject.lookup
MATCH (subject)-[r]-(:Entity)
WHERE r.attributed_to = speaker.id
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN speaker.name AS speaker, startNode(r).name AS source, type(r) AS relation, endNode(r).name AS target,
       r.theme AS what, r.polarity AS polarity, r.modality AS modality, d.outlet AS outlet, r.sentence AS sentence
ORDER BY relation, source, target;
