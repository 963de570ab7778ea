// The endpoint inventory of a scan: written with the scan (inside recordScan's transaction), read
// back in the inventory's order, counted for the dashboard, and compared between two scans (new
// endpoints, removed ones, and those whose guards changed — a new unauthenticated route first).
import type { Endpoint, EndpointAuthorization, EndpointGuard, EndpointParam, Framework, HttpMethod, Severity } from '../domain/index.js';
import { compareEndpoints, endpointKey, isStateChanging } from '../domain/index.js';
import type { Finding } from '../analyzer/types.js';
import type { StoreDb } from './open-store.js';
import { EFFECTIVE_KIND_SQL } from './hotspot-reviews.js';

/** How an inventory rule names the endpoint it judged (Finding.endpoint): `METHODS path`. */
const findingKey = (e: Endpoint) => `${e.methods.join(',')} ${e.path}`;

/**
 * Writes the inventory; `findings` (the scan's) are linked to the endpoints they name, by the
 * endpoint's methods and path and the handler's file, so a finding is never tied to a look-alike route.
 */
export function writeScanEndpoints(db: StoreDb, scanId: number, endpoints: readonly Endpoint[], findings: readonly Finding[] = []): void {
  const insE = db.prepare(
    `INSERT INTO scan_endpoints (scan_id, ordinal, framework, methods, path, handler_file, handler_line, handler_name, authentication, csrf, throttled, state_changing, input, response)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insG = db.prepare('INSERT INTO scan_endpoint_guards (scan_id, ordinal, position, kind, name, authentication, source) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insA = db.prepare('INSERT INTO scan_endpoint_authorization (scan_id, ordinal, position, kind, name) VALUES (?, ?, ?, ?, ?)');
  const insP = db.prepare('INSERT INTO scan_endpoint_params (scan_id, ordinal, position, name, type) VALUES (?, ?, ?, ?, ?)');
  db.prepare('INSERT OR REPLACE INTO scan_inventories (scan_id, endpoints) VALUES (?, ?)').run(scanId, endpoints.length);
  [...endpoints].sort(compareEndpoints).forEach((e, i) => {
    insE.run(scanId, i, e.framework, e.methods.join(','), e.path, e.handler.file, Math.trunc(e.handler.line), e.handler.name, e.authentication, e.csrf, e.throttled ? 1 : 0, isStateChanging(e) ? 1 : 0, e.input, e.response);
    e.guards.forEach((g, j) => insG.run(scanId, i, j, g.kind, g.name, g.authentication, g.source ?? null));
    e.authorization.forEach((a, j) => insA.run(scanId, i, j, a.kind, a.name));
    e.params.forEach((p, j) => insP.run(scanId, i, j, p.name, p.type));
  });
  const named = findings.filter((f) => f.endpoint);
  if (named.length === 0) return;
  const byKey = new Map<string, number[]>();
  [...endpoints].sort(compareEndpoints).forEach((e, i) => {
    const k = `${findingKey(e)}\u0000${e.handler.file}`;
    byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  const insF = db.prepare('INSERT OR IGNORE INTO scan_endpoint_findings (scan_id, ordinal, fingerprint) VALUES (?, ?, ?)');
  for (const f of named) for (const i of byKey.get(`${f.endpoint}\u0000${f.path}`) ?? []) insF.run(scanId, i, f.fingerprint);
}

/** A finding linked to an endpoint, as the Endpoints page and the report list it. */
export interface EndpointFindingLink {
  /** The endpoint's place in the scan's inventory order (readScanEndpoints' index). */
  ordinal: number;
  findingId: number;
  ruleId: string;
  title: string;
  severity: Severity;
  /** As it counts now: a hotspot confirmed by review is a vulnerability. */
  kind: 'vulnerability' | 'hotspot';
  /** The finding's stored kind: hotspots are reviewed in the To review queue. */
  reportedKind: 'vulnerability' | 'hotspot';
  triage: string;
  line: number;
}

/** The findings of a scan that name one of its endpoints, per endpoint, worst first. */
export function scanEndpointFindings(db: StoreDb, scanId: number): EndpointFindingLink[] {
  return db
    .prepare(
      `SELECT l.ordinal, f.id AS findingId, f.rule_id AS ruleId, f.title, f.severity, ${EFFECTIVE_KIND_SQL} AS kind, f.kind AS reportedKind,
         f.triage_status AS triage, f.start_line AS line
       FROM scan_endpoint_findings l JOIN scans s ON s.id = l.scan_id
       JOIN findings f ON f.project_id = s.project_id AND f.fingerprint = l.fingerprint
       WHERE l.scan_id = ? ORDER BY l.ordinal, f.severity_rank, f.rule_id, f.id`,
    )
    .all(scanId) as EndpointFindingLink[];
}

/** The endpoint a finding is about in the project's latest inventory that names it, or null (most findings name none). */
export function endpointOfFinding(db: StoreDb, projectId: number, fingerprint: string): { scanId: number; ordinal: number; endpoint: Endpoint } | null {
  const row = db
    .prepare(
      `SELECT l.scan_id AS scanId, l.ordinal FROM scan_endpoint_findings l JOIN scans s ON s.id = l.scan_id
       WHERE s.project_id = ? AND l.fingerprint = ? ORDER BY l.scan_id DESC, l.ordinal LIMIT 1`,
    )
    .get(projectId, fingerprint) as { scanId: number; ordinal: number } | undefined;
  if (!row) return null;
  const endpoint = readScanEndpoints(db, row.scanId)?.[row.ordinal];
  return endpoint ? { ...row, endpoint } : null;
}

interface RawEndpoint {
  ordinal: number;
  framework: string;
  methods: string;
  path: string;
  handler_file: string;
  handler_line: number;
  handler_name: string;
  authentication: Endpoint['authentication'];
  csrf: Endpoint['csrf'];
  throttled: number;
  input: string | null;
  response: string | null;
}

/** Whether the scan took an inventory (an empty one counts). */
export function hasScanInventory(db: StoreDb, scanId: number): boolean {
  return db.prepare('SELECT 1 FROM scan_inventories WHERE scan_id = ?').get(scanId) !== undefined;
}

/** The scan's inventory, or null when the scan recorded none (imported results, older Assay). */
export function readScanEndpoints(db: StoreDb, scanId: number): Endpoint[] | null {
  if (!db.prepare('SELECT 1 FROM scan_inventories WHERE scan_id = ?').get(scanId)) return null;
  const rows = db.prepare('SELECT * FROM scan_endpoints WHERE scan_id = ? ORDER BY ordinal').all(scanId) as RawEndpoint[];
  const group = <T>(sql: string): Map<number, T[]> => {
    const m = new Map<number, T[]>();
    for (const r of db.prepare(sql).all(scanId) as Array<T & { ordinal: number }>) {
      const { ordinal, ...rest } = r;
      m.set(ordinal, [...(m.get(ordinal) ?? []), rest as unknown as T]);
    }
    return m;
  };
  const guards = group<{ kind: EndpointGuard['kind']; name: string; authentication: EndpointGuard['authentication']; source: string | null }>('SELECT ordinal, kind, name, authentication, source FROM scan_endpoint_guards WHERE scan_id = ? ORDER BY ordinal, position');
  const authz = group<EndpointAuthorization>('SELECT ordinal, kind, name FROM scan_endpoint_authorization WHERE scan_id = ? ORDER BY ordinal, position');
  const params = group<EndpointParam>('SELECT ordinal, name, type FROM scan_endpoint_params WHERE scan_id = ? ORDER BY ordinal, position');
  return rows.map((r) => ({
    framework: r.framework as Framework,
    methods: (r.methods ? r.methods.split(',') : []) as HttpMethod[],
    path: r.path,
    params: params.get(r.ordinal) ?? [],
    handler: { file: r.handler_file, line: r.handler_line, name: r.handler_name },
    authentication: r.authentication,
    guards: (guards.get(r.ordinal) ?? []).map((g) => (g.source === null ? { kind: g.kind, name: g.name, authentication: g.authentication } : { ...g, source: g.source })),
    authorization: authz.get(r.ordinal) ?? [],
    csrf: r.csrf,
    throttled: r.throttled === 1,
    input: r.input,
    response: r.response,
  }));
}

export interface EndpointCounts {
  total: number;
  unauthenticated: number;
  unauthenticatedStateChanging: number;
  unknown: number;
}

export function scanEndpointCounts(db: StoreDb, scanId: number): EndpointCounts {
  const r = db
    .prepare(
      `SELECT count(*) AS total, coalesce(sum(authentication = 'none'), 0) AS unauthenticated,
         coalesce(sum(authentication = 'none' AND state_changing = 1), 0) AS unauthenticatedStateChanging,
         coalesce(sum(authentication = 'unknown'), 0) AS unknown
       FROM scan_endpoints WHERE scan_id = ?`,
    )
    .get(scanId) as EndpointCounts;
  return r;
}

export interface InventoryChange {
  from: Endpoint;
  to: Endpoint;
}

export interface InventoryComparison {
  /** In the later scan only; unauthenticated ones first. */
  added: Endpoint[];
  removed: Endpoint[];
  /** Same framework, methods and path, with other authentication, guards, authorization, CSRF or throttling. */
  changed: InventoryChange[];
}

const guardSignature = (e: Endpoint) => JSON.stringify([e.authentication, e.guards.map((g) => [g.kind, g.name, g.authentication]), e.authorization.map((a) => [a.kind, a.name]), e.csrf, e.throttled]);
const authFirst = (a: Endpoint, b: Endpoint) => Number(a.authentication !== 'none') - Number(b.authentication !== 'none') || compareEndpoints(a, b);

export function compareInventories(from: readonly Endpoint[], to: readonly Endpoint[]): InventoryComparison {
  const before = new Map(from.map((e) => [endpointKey(e), e]));
  const after = new Map(to.map((e) => [endpointKey(e), e]));
  const added = [...after].filter(([k]) => !before.has(k)).map(([, e]) => e).sort(authFirst);
  const removed = [...before].filter(([k]) => !after.has(k)).map(([, e]) => e).sort(compareEndpoints);
  const changed = [...after]
    .filter(([k, e]) => before.has(k) && guardSignature(before.get(k)!) !== guardSignature(e))
    .map(([k, e]) => ({ from: before.get(k)!, to: e }))
    .sort((a, b) => authFirst(a.to, b.to));
  return { added, removed, changed };
}
