// Undo a half-applied write (see undo-relations): the Event nodes these documents contributed.
MATCH (ev:Event)
WHERE ev.doc_id IN $ids
DETACH DELETE ev
