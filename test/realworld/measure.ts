// Joins the corpus scans with the ledger: the precision of what the engine reports now (by rule
// family, rule and app), and every way the ledger and the engine disagree. The test asserts on it;
// `npm run eval:realworld` prints it.
import type { AppScan, CorpusFinding } from './scan-corpus.js';
import type { Ledger, LedgerRow, Verdict } from './ledger.js';

/** Issue 12's bar for the vulnerability tier. */
export const BAR = { precision: 0.9, debatableShare: 0.2 };
/**
 * What the vulnerability tier measured when the ledger landed (issue 12 left open: the 90 % target is
 * not reached). The test holds the engine to it so precision only rises; raise it with every gain.
 */
// 76.9 % on main after every branch of stop 21 merged (tp 153, fp 46): the precision work reached
// 77.3 %; the unrouted-view inventory added one judged fp (hyperkitty thread_index).
// s4-prec-rules with main of 19:40 merged: 92.2 % (tp 153, fp 13) with 7 findings still unjudged;
// 88 % is what remains if every one of them is judged fp (header writes on Django/Flask responses are
// hotspots, the framework refusing CR/LF; a thrown-away re.compile and JSON-typed bodies too).
// 86.0 % (tp 153, fp 25) with the dataflow causes of stop 22 fixed (service-call fields, query-only
// data behind a caller's base, check_for_language) on s4-prec-taint; 90.5 % (tp 153, fp 16) merged with main at 19:15.
export const PRECISION_FLOOR = 0.90;

export interface Tally {
  name: string;
  vulnerabilities: number;
  tp: number;
  fp: number;
  debatable: number;
  unjudged: number;
  hotspots: number;
  /** tp / (tp + fp); null when nothing judged tp or fp. */
  precision: number | null;
  debatableShare: number | null;
}

export interface Disagreements {
  /** Vulnerability-tier findings with no ledger row: judge them. */
  unjudged: CorpusFinding[];
  /** Rows marked gone or hotspot whose finding is a vulnerability again. */
  returned: Array<{ row: LedgerRow; finding: CorpusFinding }>;
  /** tp rows the engine no longer reports as vulnerabilities, unless recorded as moved to review. */
  lostTrue: Array<{ row: LedgerRow; now: 'gone' | 'hotspot' }>;
  /** fp/debatable rows marked reported that the engine no longer reports as vulnerabilities. */
  stale: Array<{ row: LedgerRow; now: 'gone' | 'hotspot' }>;
  /** Rows marked hotspot that are not reported as hotspots (gone, or the state is wrong). */
  hotspotMissing: LedgerRow[];
  /** A tp row marked gone: the ledger itself records a lost detection. */
  tpGone: LedgerRow[];
  /** tp rows recorded as moved to the review tier (and reported there): listed, not failed. */
  tpInReview: LedgerRow[];
}

/** PY-INJ-XSS -> INJ: the id's second part names the rule family. */
export function familyOf(ruleId: string): string {
  return ruleId.split('-')[1] ?? ruleId;
}

function emptyTally(name: string): Tally {
  return { name, vulnerabilities: 0, tp: 0, fp: 0, debatable: 0, unjudged: 0, hotspots: 0, precision: null, debatableShare: null };
}

function finish(t: Tally): Tally {
  const judged = t.tp + t.fp;
  const all = t.tp + t.fp + t.debatable;
  return { ...t, precision: judged ? t.tp / judged : null, debatableShare: all ? t.debatable / all : null };
}

function tallyBy(findings: readonly CorpusFinding[], verdicts: ReadonlyMap<string, Verdict>, key: (f: CorpusFinding) => string): Tally[] {
  const m = new Map<string, Tally>();
  for (const f of findings) {
    const k = key(f);
    const t = m.get(k) ?? emptyTally(k);
    m.set(k, t);
    if (f.kind === 'hotspot') {
      t.hotspots++;
      continue;
    }
    t.vulnerabilities++;
    const v = verdicts.get(f.fingerprint);
    if (v) t[v]++;
    else t.unjudged++;
  }
  return [...m.values()].map(finish).sort((a, b) => a.name.localeCompare(b.name));
}

export interface Measurement {
  families: Tally[];
  rules: Tally[];
  apps: Array<Tally & { files: number; lines: number; millis: number; version: string }>;
  total: Tally;
  lines: number;
  millis: number;
}

export function measure(scans: readonly AppScan[], ledger: Ledger): Measurement {
  const verdicts = new Map(ledger.rows.map((r) => [r.fingerprint, r.verdict]));
  const findings = scans.flatMap((s) => s.findings);
  const apps = tallyBy(findings, verdicts, (f) => f.app);
  return {
    families: tallyBy(findings, verdicts, (f) => familyOf(f.ruleId)),
    rules: tallyBy(findings, verdicts, (f) => f.ruleId),
    apps: scans.map((s) => ({ ...(apps.find((a) => a.name === s.app) ?? finish(emptyTally(s.app))), files: s.files, lines: s.lines, millis: s.millis, version: s.version })),
    total: tallyBy(findings, verdicts, () => 'all')[0] ?? finish(emptyTally('all')),
    lines: scans.reduce((n, s) => n + s.lines, 0),
    millis: scans.reduce((n, s) => n + s.millis, 0),
  };
}

export function meetsFloor(t: Tally): boolean {
  return t.precision !== null && t.precision >= PRECISION_FLOOR && (t.debatableShare ?? 0) <= BAR.debatableShare && t.unjudged === 0;
}

export function meetsBar(t: Tally): boolean {
  return t.precision !== null && t.precision >= BAR.precision && (t.debatableShare ?? 0) <= BAR.debatableShare && t.unjudged === 0;
}

export function disagreements(scans: readonly AppScan[], ledger: Ledger): Disagreements {
  const findings = scans.flatMap((s) => s.findings);
  const vuln = new Map(findings.filter((f) => f.kind === 'vulnerability').map((f) => [f.fingerprint, f]));
  const hot = new Set(findings.filter((f) => f.kind === 'hotspot').map((f) => f.fingerprint));
  const rows = new Map(ledger.rows.map((r) => [r.fingerprint, r]));
  const out: Disagreements = { unjudged: [], returned: [], lostTrue: [], stale: [], hotspotMissing: [], tpGone: [], tpInReview: [] };
  for (const f of vuln.values()) {
    const row = rows.get(f.fingerprint);
    if (!row) out.unjudged.push(f);
    else if (row.state !== 'reported') out.returned.push({ row, finding: f });
  }
  for (const row of ledger.rows) {
    if (row.verdict === 'tp' && row.state === 'gone') out.tpGone.push(row);
    if (row.verdict === 'tp' && row.state === 'hotspot' && hot.has(row.fingerprint)) out.tpInReview.push(row);
    if (row.state === 'reported' && !vuln.has(row.fingerprint)) {
      const now = hot.has(row.fingerprint) ? 'hotspot' : 'gone';
      if (row.verdict === 'tp') out.lostTrue.push({ row, now });
      else out.stale.push({ row, now });
    }
    if (row.state === 'hotspot' && !hot.has(row.fingerprint) && !vuln.has(row.fingerprint)) out.hotspotMissing.push(row);
  }
  return out;
}

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

function tallyTable(title: string, tallies: readonly Tally[], total: Tally, lines: number): string {
  const per10k = (n: number) => (lines ? ((n * 10_000) / lines).toFixed(2) : '-');
  const head = [title, 'vulns', 'tp', 'fp', 'debatable', 'unjudged', 'precision', 'debatable%', 'hotspots', 'hotspots/10k lines'];
  const row = (t: Tally) => [t.name, String(t.vulnerabilities), String(t.tp), String(t.fp), String(t.debatable), String(t.unjudged), pct(t.precision), pct(t.debatableShare), String(t.hotspots), per10k(t.hotspots)];
  return table([head, ...tallies.map(row), row(total)]);
}

export function formatMeasurement(m: Measurement): string {
  const apps = table([
    ['app', 'version', 'files', 'lines', 'vulns', 'hotspots', 'scan s'],
    ...m.apps.map((a) => [a.name, a.version, String(a.files), String(a.lines), String(a.vulnerabilities), String(a.hotspots), (a.millis / 1000).toFixed(1)]),
    ['all', '', String(m.apps.reduce((n, a) => n + a.files, 0)), String(m.lines), String(m.total.vulnerabilities), String(m.total.hotspots), (m.millis / 1000).toFixed(1)],
  ]);
  const bar = meetsBar(m.total) ? 'bar met' : 'bar MISSED';
  return [
    tallyTable('family', m.families, m.total, m.lines),
    '',
    tallyTable('rule', m.rules, m.total, m.lines),
    '',
    apps,
    '',
    `vulnerability tier: precision ${pct(m.total.precision)} (bar ≥ ${pct(BAR.precision)}), debatable ${pct(m.total.debatableShare)} (bar ≤ ${pct(BAR.debatableShare)}), ${m.total.unjudged} unjudged: ${bar}`,
  ].join('\n');
}

/** Cause tags of the fp and debatable rows the engine still reports as vulnerabilities, most first. */
export function remainingCauses(scans: readonly AppScan[], ledger: Ledger): Array<{ cause: string; fp: number; debatable: number }> {
  const vuln = new Set(scans.flatMap((s) => s.findings).filter((f) => f.kind === 'vulnerability').map((f) => f.fingerprint));
  const m = new Map<string, { cause: string; fp: number; debatable: number }>();
  for (const r of ledger.rows) {
    if (r.verdict === 'tp' || !vuln.has(r.fingerprint)) continue;
    const c = m.get(r.cause) ?? { cause: r.cause || '(none)', fp: 0, debatable: 0 };
    m.set(r.cause, c);
    c[r.verdict]++;
  }
  return [...m.values()].sort((a, b) => b.fp + b.debatable - (a.fp + a.debatable) || a.cause.localeCompare(b.cause));
}

export function formatCauses(causes: ReturnType<typeof remainingCauses>): string {
  return table([['cause still reported', 'fp', 'debatable'], ...causes.map((c) => [c.cause, String(c.fp), String(c.debatable)])]);
}

export function describeFinding(f: CorpusFinding): string {
  return `${f.fingerprint} ${f.ruleId} ${f.app} ${f.path}:${f.line} — ${f.message}`;
}
