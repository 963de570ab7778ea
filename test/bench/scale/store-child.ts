// One store measurement in its own process, so its CPU and peak RSS are its own:
//   node store-child.js ingest <scan.json> <db> <root>   read + validate the JSON, then recordScan as `assay scan` does
//   node store-child.js queries <db> <root>              every dashboard query on that database, median of 5
// Prints one JSON line.
import { allRuleScopes } from '../../../analyzer/rules/scopes.js';
import { asvsCoverageProvider, findProjectByRoot, openStore, prepareImport, recordImport } from '../../../store/index.js';
import { dashboardQueries, measureBoth } from '../store.js';

export interface IngestResult {
  findings: number;
  readMs: number;
  ingestMs: number;
  ingestCpuMs: number;
  rssMb: number;
}

export interface QueryResult {
  queries: { step: string; ms: number; cpuMs: number }[];
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

function ingest(json: string, dbFile: string, root: string): IngestResult {
  const t0 = performance.now();
  const prepared = prepareImport(json, root);
  const readMs = performance.now() - t0;
  const db = openStore(dbFile);
  const cpu0 = process.cpuUsage();
  const t1 = performance.now();
  recordImport(db, prepared, { coverage: asvsCoverageProvider(allRuleScopes) });
  const ingestMs = performance.now() - t1;
  const ingestCpuMs = cpuMs(process.cpuUsage(cpu0));
  db.close();
  return { findings: prepared.inputs[0]?.findings.length ?? 0, readMs, ingestMs, ingestCpuMs, rssMb: process.resourceUsage().maxRSS / 1024 };
}

function queries(dbFile: string, root: string): QueryResult {
  const db = openStore(dbFile, { readonly: true });
  const project = findProjectByRoot(db, root);
  if (!project) throw new Error(`no project for ${root} in ${dbFile}`);
  const round = (n: number) => Math.round(n * 10) / 10;
  const out = dashboardQueries(db, project.id, new Date().toISOString()).map(([step, fn]) => {
    const m = measureBoth(fn);
    return { step, ms: round(m.wallMs), cpuMs: round(m.cpuMs) };
  });
  db.close();
  return { queries: out };
}

const [mode, ...rest] = process.argv.slice(2);
const result = mode === 'ingest' ? ingest(rest[0]!, rest[1]!, rest[2]!) : mode === 'queries' ? queries(rest[0]!, rest[1]!) : null;
if (!result) {
  process.stderr.write('usage: store-child.js ingest <scan.json> <db> <root> | queries <db> <root>\n');
  process.exit(2);
}
process.stdout.write(JSON.stringify(result) + '\n');
