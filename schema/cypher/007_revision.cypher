// The graph's revision counter (server/graph/revision.ts): one node, incremented by every
// write transaction, read before serving a cached answer.
CREATE CONSTRAINT revision_cle IF NOT EXISTS FOR (r:Revision) REQUIRE r.cle IS UNIQUE;
