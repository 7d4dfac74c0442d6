// Long-running Cypher linter used by tests/cypherlint.py.
// Protocol: one JSON object per line on stdin  {"id", "query", "schema"},
//           one JSON object per line on stdout {"id", "diagnostics": [...]}
//           (or {"id", "error": "..."} if the request itself was broken).
// A first line {"ready": true} is printed once the package has loaded (~2 s),
// so the caller can tell "slow start" from "broken install".
import readline from 'node:readline';
import { lintCypherQuery, isNotParamError, testData } from '@neo4j-cypher/language-support';

// Without a function/procedure list the package cannot flag unknown ones
// (e.g. a typo like toUppr()). The package ships a Neo4j 5 catalogue (built-ins,
// APOC, GDS) as testData.mockSchema; use it unless the caller passes its own.
const CATALOGUE = {
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
};

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' }; // LSP DiagnosticSeverity

function lint(query, schema) {
  const { diagnostics } = lintCypherQuery(query, { ...CATALOGUE, ...schema });
  return diagnostics
    // Every $param is an error unless schema.parameters declares it; a schema
    // without a "parameters" key means "don't check parameters".
    .filter((d) => schema.parameters !== undefined || isNotParamError(d))
    .map((d) => ({
      severity: SEVERITY[d.severity] ?? String(d.severity),
      message: d.message,
      line: d.range.start.line + 1, // LSP positions are 0-based; report 1-based
      column: d.range.start.character + 1,
    }));
}

const out = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');
out({ ready: true });

for await (const line of readline.createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  let id = null;
  try {
    const req = JSON.parse(line);
    id = req.id ?? null;
    out({ id, diagnostics: lint(String(req.query), req.schema ?? {}) });
  } catch (e) {
    out({ id, error: String(e?.stack ?? e) });
  }
}
