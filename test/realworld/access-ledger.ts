// The access-control rules on the corpus, both tiers. Their vulnerability-tier findings are judged in
// ledger.csv like every rule's; their hotspots are judged here (access-ledger.csv), because issue 15
// asks for each access-control rule's judged precision and most of what these rules report on real
// code is review-tier. A rule with more than SAMPLE_PER_RULE hotspots is judged on a fixed sample:
// the SAMPLE_PER_RULE smallest fingerprints (a hash of the flagged code, so the draw is unrelated to
// place or order, and the same on every run).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assertAccessControl } from '../../analyzer/rules/access-control/assert-access-control.js';
import { csrfExempt } from '../../analyzer/rules/access-control/csrf-exempt.js';
import { drfAllowAnyWrites } from '../../analyzer/rules/access-control/drf-allow-any.js';
import { drfDefaultAllowAny } from '../../analyzer/rules/access-control/drf-default-allow-any.js';
import { drfSerializerAllFields } from '../../analyzer/rules/access-control/drf-serializer-all-fields.js';
import { flaskCsrfExempt } from '../../analyzer/rules/access-control/flask-csrf-exempt.js';
import { loginWithoutThrottling } from '../../analyzer/rules/access-control/login-without-throttling.js';
import { massAssignment } from '../../analyzer/rules/access-control/mass-assignment.js';
import { objectWithoutOwnership } from '../../analyzer/rules/access-control/object-without-ownership.js';
import { privilegedWithoutAuthorization } from '../../analyzer/rules/access-control/privileged-without-authorization.js';
import { unauthenticatedWrite } from '../../analyzer/rules/access-control/unauthenticated-write.js';
import { wholeModelResponse } from '../../analyzer/rules/access-control/whole-model-response.js';
import { parseCsvLine } from '../detection/eval.js';
import { VERDICTS, type Ledger, type Verdict } from './ledger.js';
import type { AppScan, CorpusFinding } from './scan-corpus.js';

/** Every rule of analyzer/rules/access-control/, the inventory rules of issue 15 first. */
export const ACCESS_RULES: readonly string[] = [
  unauthenticatedWrite, privilegedWithoutAuthorization, objectWithoutOwnership, loginWithoutThrottling, massAssignment, wholeModelResponse,
  assertAccessControl, csrfExempt, flaskCsrfExempt, drfAllowAnyWrites, drfDefaultAllowAny, drfSerializerAllFields,
].map((r) => r.id);

export const SAMPLE_PER_RULE = 30;

export const ACCESS_COLUMNS = ['fingerprint', 'rule', 'app', 'location', 'verdict', 'cause', 'why'] as const;

export interface AccessRow {
  fingerprint: string;
  rule: string;
  app: string;
  location: string;
  verdict: Verdict;
  cause: string;
  why: string;
  csvLine: number;
}

export function accessLedgerPath(): string {
  const beside = fileURLToPath(new URL('./access-ledger.csv', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../../../test/realworld/access-ledger.csv', import.meta.url));
}

/** Parses and validates the hotspot verdicts; every malformed line is an error naming its line. */
export function parseAccessLedger(text: string): AccessRow[] {
  const rows: AccessRow[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  let header = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const cells = parseCsvLine(raw).map((c) => c.trim());
    if (!header) {
      header = true;
      if (cells.join(',') !== ACCESS_COLUMNS.join(',')) errors.push(`line ${n}: header must be ${ACCESS_COLUMNS.join(',')}`);
      return;
    }
    if (cells.length !== ACCESS_COLUMNS.length) return void errors.push(`line ${n}: ${cells.length} fields, expected ${ACCESS_COLUMNS.length}`);
    const [fingerprint, rule, app, location, verdict, cause, why] = cells as [string, string, string, string, string, string, string];
    if (!/^[0-9a-f]{32}$/.test(fingerprint)) errors.push(`line ${n}: fingerprint ${fingerprint} is not 32 hex digits`);
    if (!ACCESS_RULES.includes(rule)) errors.push(`line ${n}: ${rule} is not an access-control rule`);
    if (!(VERDICTS as readonly string[]).includes(verdict)) errors.push(`line ${n}: verdict ${verdict} is not one of ${VERDICTS.join(', ')}`);
    if (!why) errors.push(`line ${n}: the why is empty (judge it after reading the code)`);
    if (verdict !== 'tp' && !cause) errors.push(`line ${n}: an fp or debatable row names its cause tag`);
    const prev = seen.get(fingerprint);
    if (prev) errors.push(`line ${n}: fingerprint ${fingerprint} already judged on line ${prev}`);
    seen.set(fingerprint, n);
    rows.push({ fingerprint, rule, app, location, verdict: verdict as Verdict, cause, why, csvLine: n });
  });
  if (!header) errors.push('access-ledger.csv has no header row');
  if (errors.length) throw new Error(`access-ledger.csv is malformed:\n${errors.join('\n')}`);
  return rows;
}

export function readAccessLedger(path: string = accessLedgerPath()): AccessRow[] {
  return parseAccessLedger(readFileSync(path, 'utf8'));
}

const accessHotspots = (scans: readonly AppScan[]) => scans.flatMap((s) => s.findings).filter((f) => f.kind === 'hotspot' && !f.suppressed && ACCESS_RULES.includes(f.ruleId));

/** The hotspots that must be judged: all of a rule's when it has at most SAMPLE_PER_RULE, else its sample. */
export function accessSample(scans: readonly AppScan[]): CorpusFinding[] {
  const byRule = new Map<string, CorpusFinding[]>();
  for (const f of accessHotspots(scans)) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  return [...byRule.values()].flatMap((fs) => [...fs].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1)).slice(0, SAMPLE_PER_RULE));
}

export interface AccessDisagreements {
  /** Sampled hotspots without a row: read the code, add one. */
  unjudged: CorpusFinding[];
  /** Rows whose finding is no longer a hotspot of that rule (gone, or now a vulnerability judged in ledger.csv): the verdict is stale. */
  stale: Array<{ row: AccessRow; now: 'gone' | 'vulnerability' | 'other rule' }>;
}

export function accessDisagreements(scans: readonly AppScan[], rows: readonly AccessRow[]): AccessDisagreements {
  const judged = new Set(rows.map((r) => r.fingerprint));
  const all = scans.flatMap((s) => s.findings).filter((f) => !f.suppressed);
  const hot = new Map(accessHotspots(scans).map((f) => [f.fingerprint, f]));
  const stale: AccessDisagreements['stale'] = [];
  for (const row of rows) {
    const f = hot.get(row.fingerprint);
    if (f && f.ruleId === row.rule) continue;
    const any = all.find((x) => x.fingerprint === row.fingerprint);
    stale.push({ row, now: f ? 'other rule' : any?.kind === 'vulnerability' ? 'vulnerability' : 'gone' });
  }
  return { unjudged: accessSample(scans).filter((f) => !judged.has(f.fingerprint)), stale };
}

export interface TierTally {
  findings: number;
  judged: number;
  tp: number;
  fp: number;
  debatable: number;
}

export interface AccessTally {
  rule: string;
  vulnerability: TierTally;
  hotspot: TierTally;
}

const emptyTier = (): TierTally => ({ findings: 0, judged: 0, tp: 0, fp: 0, debatable: 0 });

/** Per access-control rule and tier: findings now, how many judged, and the verdicts (ledger.csv for vulnerabilities, access-ledger.csv for hotspots). */
export function accessMeasure(scans: readonly AppScan[], ledger: Ledger, rows: readonly AccessRow[]): AccessTally[] {
  const vulnVerdicts = new Map(ledger.rows.map((r) => [r.fingerprint, r.verdict]));
  const hotVerdicts = new Map(rows.map((r) => [r.fingerprint, r.verdict]));
  const out = new Map(ACCESS_RULES.map((rule) => [rule, { rule, vulnerability: emptyTier(), hotspot: emptyTier() }]));
  for (const f of scans.flatMap((s) => s.findings)) {
    const t = out.get(f.ruleId);
    if (!t || f.suppressed) continue;
    const tier = t[f.kind];
    tier.findings++;
    const v = (f.kind === 'vulnerability' ? vulnVerdicts : hotVerdicts).get(f.fingerprint);
    if (!v) continue;
    tier.judged++;
    tier[v]++;
  }
  return [...out.values()];
}

/** tp / (tp + fp) of what was judged, or null when nothing was judged tp or fp. */
export function precisionOf(t: TierTally): number | null {
  return t.tp + t.fp ? t.tp / (t.tp + t.fp) : null;
}

export function formatAccess(tallies: readonly AccessTally[]): string {
  const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(0)} %`);
  const cells = (t: TierTally) => [String(t.findings), t.judged === t.findings ? String(t.judged) : `${t.judged} of ${t.findings}`, `${t.tp}/${t.fp}/${t.debatable}`, pct(precisionOf(t))];
  const rows = [
    ['rule', 'vulns', 'judged', 'tp/fp/deb', 'precision', 'hotspots', 'judged', 'tp/fp/deb', 'precision'],
    ...tallies.map((t) => [t.rule, ...cells(t.vulnerability), ...cells(t.hotspot)]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}
