// The endpoint inventory of a scan: written with the scan (inside recordScan's transaction), read
// back in the inventory's order, counted for the dashboard, and compared between two scans (new
// endpoints, removed ones, and those whose guards changed — a new unauthenticated route first).
import type { Endpoint, EndpointAuthorization, EndpointGuard, EndpointParam, Framework, HttpMethod, Severity } from '../domain/index.js';
import { compareEndpoints, endpointKey, isStateChanging, isUnrouted } from '../domain/index.js';
import type { Finding } from '../analyzer/types.js';
import type { StoreDb } from './open-store.js';
import { EFFECTIVE_KIND_SQL } from './hotspot-reviews.js';
import { BatchInsert } from './batch-insert.js';

/** How an inventory rule names the endpoint it judged (Finding.endpoint): `METHODS path`. */
const findingKey = (e: Endpoint) => `${e.methods.join(',')} ${e.path}`;

/**
 * Writes the inventory and links `findings` (the scan's) to endpoints two ways: a finding that names
 * an endpoint (an inventory rule's) by the endpoint's methods and path and the handler's file, so it
 * is never tied to a look-alike route; and a finding whose start line lies in a handler's body
 * (its first decorator to handler.endLine, same file), to the endpoints of the innermost such handler
 * (a method's own endpoint before the class view around it; a class view's inherited handlers take
 * only the class body outside the class's own methods).
 */
export function writeScanEndpoints(db: StoreDb, scanId: number, endpoints: readonly Endpoint[], findings: readonly Finding[] = []): void {
  const insE = db.prepare(
    `INSERT INTO scan_endpoints (scan_id, ordinal, framework, methods, path, handler_file, handler_line, handler_end_line, handler_name, authentication, csrf, throttled, state_changing, input, response)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insG = db.prepare('INSERT INTO scan_endpoint_guards (scan_id, ordinal, position, kind, name, authentication, source) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insA = db.prepare('INSERT INTO scan_endpoint_authorization (scan_id, ordinal, position, kind, name) VALUES (?, ?, ?, ?, ?)');
  const insP = db.prepare('INSERT INTO scan_endpoint_params (scan_id, ordinal, position, name, type) VALUES (?, ?, ?, ?, ?)');
  db.prepare('INSERT OR REPLACE INTO scan_inventories (scan_id, endpoints) VALUES (?, ?)').run(scanId, endpoints.length);
  const sorted = [...endpoints].sort(compareEndpoints);
  sorted.forEach((e, i) => {
    const end = handlerEnd(e);
    insE.run(scanId, i, e.framework, e.methods.join(','), e.path, e.handler.file, Math.trunc(e.handler.line), end, e.handler.name, e.authentication, e.csrf, e.throttled ? 1 : 0, isStateChanging(e) ? 1 : 0, e.input, e.response);
    e.guards.forEach((g, j) => insG.run(scanId, i, j, g.kind, g.name, g.authentication, g.source ?? null));
    e.authorization.forEach((a, j) => insA.run(scanId, i, j, a.kind, a.name));
    e.params.forEach((p, j) => insP.run(scanId, i, j, p.name, p.type));
  });
  if (findings.length === 0) return;
  // Multi-row: a scan of 100,000 findings links as many; OR IGNORE still applies row by row, in order.
  const insF = new BatchInsert(db, 'INSERT OR IGNORE INTO scan_endpoint_findings (scan_id, ordinal, fingerprint, via)', 4, 1000);
  const byKey = new Map<string, number[]>();
  sorted.forEach((e, i) => {
    const k = `${findingKey(e)}\u0000${e.handler.file}`;
    byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  // Named links first: a finding both named by an inventory rule and inside the handler keeps `rule`.
  for (const f of findings) if (f.endpoint) for (const i of byKey.get(`${f.endpoint}\u0000${f.path}`) ?? []) insF.add(scanId, i, f.fingerprint, 'rule');
  const handlers = handlerSpans(sorted);
  for (const f of findings) for (const i of innermostContaining(handlers.get(f.path), f.range.start.line)) insF.add(scanId, i, f.fingerprint, 'handler');
  insF.flush();
}

/** The handler's last line when it is a usable extent (never before its first line), else null. */
function handlerEnd(e: Endpoint): number | null {
  const end = e.handler.endLine;
  return end !== undefined && Number.isInteger(end) && end >= Math.trunc(e.handler.line) ? end : null;
}

interface HandlerSpan {
  ordinal: number;
  start: number;
  end: number;
  /** Lines inside the span that belong to a class's own methods, not to this class-level handler. */
  holes: ReadonlyArray<{ startLine: number; endLine: number }>;
}

function handlerSpans(sorted: readonly Endpoint[]): Map<string, HandlerSpan[]> {
  const out = new Map<string, HandlerSpan[]>();
  sorted.forEach((e, ordinal) => {
    const end = handlerEnd(e);
    if (end === null) return;
    // Decorators are the handler's: its extent starts at the first one.
    const line = Math.trunc(e.handler.line);
    const start = e.handler.startLine !== undefined && Number.isInteger(e.handler.startLine) && e.handler.startLine < line ? e.handler.startLine : line;
    out.set(e.handler.file, [...(out.get(e.handler.file) ?? []), { ordinal, start, end, holes: e.handler.ownMethods ?? [] }]);
  });
  return out;
}

/** The endpoints whose handler is the smallest span around the line (several endpoints can share one handler). */
function innermostContaining(spans: readonly HandlerSpan[] | undefined, line: number): number[] {
  const around = (spans ?? []).filter((s) => s.start <= line && line <= s.end && !s.holes.some((h) => h.startLine <= line && line <= h.endLine));
  if (around.length === 0) return [];
  const width = Math.min(...around.map((s) => s.end - s.start));
  return around.filter((s) => s.end - s.start === width).map((s) => s.ordinal);
}

export type EndpointLinkVia = 'rule' | 'handler';

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
  /** Why they are linked: the inventory rule named the endpoint, or the finding lies in the handler's body. */
  via: EndpointLinkVia;
}

/** The findings of a scan that name one of its endpoints, per endpoint, worst first. */
export function scanEndpointFindings(db: StoreDb, scanId: number): EndpointFindingLink[] {
  return db
    .prepare(
      `SELECT l.ordinal, f.id AS findingId, f.rule_id AS ruleId, f.title, f.severity, ${EFFECTIVE_KIND_SQL} AS kind, f.kind AS reportedKind,
         f.triage_status AS triage, f.start_line AS line, l.via
       FROM scan_endpoint_findings l JOIN scans s ON s.id = l.scan_id
       JOIN findings f ON f.project_id = s.project_id AND f.fingerprint = l.fingerprint
       WHERE l.scan_id = ? ORDER BY l.ordinal, f.severity_rank, f.rule_id, f.id`,
    )
    .all(scanId) as EndpointFindingLink[];
}

/**
 * The endpoints a finding is linked to in the project's latest inventory that links it (most findings
 * lie in no handler), those an inventory rule named first; empty when none.
 */
export function endpointsOfFinding(db: StoreDb, projectId: number, fingerprint: string): Array<{ scanId: number; ordinal: number; via: EndpointLinkVia; endpoint: Endpoint }> {
  const rows = db
    .prepare(
      `SELECT l.scan_id AS scanId, l.ordinal, l.via FROM scan_endpoint_findings l JOIN scans s ON s.id = l.scan_id
       WHERE s.project_id = ? AND l.fingerprint = ?
         AND l.scan_id = (SELECT max(l2.scan_id) FROM scan_endpoint_findings l2 JOIN scans s2 ON s2.id = l2.scan_id WHERE s2.project_id = ? AND l2.fingerprint = ?)
       ORDER BY l.via = 'handler', l.ordinal`,
    )
    .all(projectId, fingerprint, projectId, fingerprint) as Array<{ scanId: number; ordinal: number; via: EndpointLinkVia }>;
  if (rows.length === 0) return [];
  const inventory = readScanEndpoints(db, rows[0]!.scanId) ?? [];
  return rows.flatMap((r) => (inventory[r.ordinal] ? [{ ...r, endpoint: inventory[r.ordinal]! }] : []));
}

/** The first endpoint a finding is linked to (see endpointsOfFinding), or null. */
export function endpointOfFinding(db: StoreDb, projectId: number, fingerprint: string): { scanId: number; ordinal: number; via: EndpointLinkVia; endpoint: Endpoint } | null {
  return endpointsOfFinding(db, projectId, fingerprint)[0] ?? null;
}

interface RawEndpoint {
  ordinal: number;
  framework: string;
  methods: string;
  path: string;
  handler_file: string;
  handler_line: number;
  handler_end_line: number | null;
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
    handler: r.handler_end_line === null ? { file: r.handler_file, line: r.handler_line, name: r.handler_name } : { file: r.handler_file, line: r.handler_line, endLine: r.handler_end_line, name: r.handler_name },
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
// Open routes first; a view no scanned route reaches after the routes of its rank.
const authFirst = (a: Endpoint, b: Endpoint) => Number(a.authentication !== 'none') - Number(b.authentication !== 'none') || Number(isUnrouted(a)) - Number(isUnrouted(b)) || compareEndpoints(a, b);

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
