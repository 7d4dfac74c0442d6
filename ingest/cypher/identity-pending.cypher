// The documents written since the identity pass last ran (identity-mark-pending).
MATCH (d:Document)
WHERE d.identity_pending = true
RETURN d.id AS doc_id
ORDER BY doc_id
