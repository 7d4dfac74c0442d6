// Every document's content hash and whether the identity pass has yet to see it: what the embedded
// store's manifest records as its last client stops the server (newsgraph/store/embedded_manifest.py).
MATCH (d:Document)
RETURN d.id AS id, d.content_hash AS content_hash, d.identity_pending = true AS pending
