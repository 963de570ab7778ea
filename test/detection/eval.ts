// The detection evaluation: scans every labelled case of test/detection/cases on its own (one file,
// or one directory as a multi-module project), and scores per CWE whether a finding of that CWE
// was reported. `detected` means a vulnerability-tier finding of that CWE (primary or related):
// a hotspot asks a person to look and neither detects nor falsely accuses; hotspots of the CWE are
// counted apart — except on cases labelled `tier=hotspot` (second-order flows), which a finding of
// either tier detects, a vulnerability-tier one being reported as over-claimed. Prints TP, FN, FP,
// TN, TPR, FPR and TPR − FPR per class and their mean; exits
// non-zero when the bar of issue 3 is missed (every class TPR ≥ 0.90 and FPR ≤ 0.10, mean ≥ 0.90).
// Four suites are scored the same way: `main` (test/detection), `heldout` (test/detection/heldout,
// the precision suite of issue 12 that rule work is never tuned on), `frameworks` (request handling
// beyond django/drf/flask/fastapi, issue 14) and `access` (access control, issue 15):
// `eval [--suite NAME] [dir]`. Each prints TPR/FPR per framework as well as per class.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeSources, type SourceFile } from '../../analyzer/analyze-source.js';

/**
 * The tier a case expects its finding at, from the optional `tier` column. Empty (the default) is
 * the vulnerability tier. `hotspot` is for second-order flows (data the application reads back from
 * its own database or files), where the evidence is partial by nature: a hotspot of the labelled CWE
 * detects such a case, and a vulnerability-tier finding on it is counted as over-claimed.
 */
export const TIERS = ['hotspot'] as const;
export type ExpectedTier = (typeof TIERS)[number];

export interface LabelledCase {
  case: string;
  cwe: number;
  vulnerable: boolean;
  framework: string;
  description: string;
  /** Absent: the case is scored at the vulnerability tier. */
  tier?: ExpectedTier;
}

export interface CaseResult extends LabelledCase {
  detected: boolean;
  /** Ids and lines of the vulnerability-tier findings of the labelled CWE, for diagnosis. */
  hits: string[];
  /** Ids and lines of the hotspot-tier findings of the labelled CWE (they detect only hotspot-tier cases). */
  hotspots?: string[];
  /** A hotspot-tier case that got a vulnerability-tier finding of its CWE (still detected, but over-claimed). */
  overClaimed?: boolean;
}

/** What the scorer reads of a finding. */
export interface ScoredFinding {
  ruleId: string;
  path: string;
  cwe: readonly number[];
  relatedCwe?: readonly number[];
  kind: string;
  suppression?: unknown;
  range: { start: { line: number } };
}

export interface ClassScore {
  cwe: number;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  tpr: number;
  fpr: number;
  diff: number;
}

export const BAR = { tpr: 0.9, fpr: 0.1, mean: 0.9 };

/** Splits one CSV line, honouring double-quoted fields with "" escapes. */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Reads labels.csv; the `tier` column is optional (older files have none) and may be empty per row. */
export function readLabels(csvPath: string): LabelledCase[] {
  const lines = readFileSync(csvPath, 'utf8').split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = parseCsvLine(lines[0]!);
  const col = (name: string) => header.indexOf(name);
  return lines.slice(1).map((l) => {
    const f = parseCsvLine(l);
    const label: LabelledCase = {
      case: f[col('case')]!,
      cwe: Number(f[col('cwe')]),
      vulnerable: f[col('vulnerable')]!.trim().toLowerCase() === 'true',
      framework: f[col('framework')] ?? '',
      description: f[col('description')] ?? '',
    };
    const tier = col('tier') < 0 ? '' : (f[col('tier')] ?? '').trim();
    if (tier === '') return label;
    if (!(TIERS as readonly string[]).includes(tier)) {
      throw new Error(`${csvPath}: case ${label.case} has tier ${JSON.stringify(tier)}: leave it empty or use ${TIERS.join(', ')}`);
    }
    return { ...label, tier: tier as ExpectedTier };
  });
}

/**
 * Python modules, plus the files a web app's meaning also lives in: OpenAPI documents (YAML/JSON;
 * connexion names its handlers by operationId in the spec) and templates (the context a value lands in
 * decides whether autoescaping is enough).
 */
const CASE_FILE = /\.(py|ya?ml|json|html|jinja2?|j2)$/;

function caseFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...caseFiles(p));
    else if (CASE_FILE.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** A case's sources with paths relative to the case (a directory case is its own project root). */
export function caseSources(casesDir: string, casePath: string): SourceFile[] {
  const abs = join(casesDir, casePath);
  if (statSync(abs).isDirectory()) {
    return caseFiles(abs).map((f) => ({ path: relative(abs, f).replace(/\\/g, '/'), source: readFileSync(f, 'utf8') }));
  }
  return [{ path: casePath.split('/').pop()!, source: readFileSync(abs, 'utf8') }];
}

export function evaluate(casesDir: string, labels: readonly LabelledCase[]): CaseResult[] {
  return labels.map((c) => judge(c, analyzeSources(caseSources(casesDir, c.case)).findings));
}

/**
 * Scores one case from the findings of its scan. Only unsuppressed findings of the labelled CWE
 * (primary or related) count. At the vulnerability tier a vulnerability-tier finding detects the case;
 * at the hotspot tier a finding of either tier does, and a vulnerability-tier one is also over-claimed.
 * On a safe case, "detected" is a false alarm at the case's tier.
 */
export function judge(c: LabelledCase, findings: readonly ScoredFinding[]): CaseResult {
  const ofCwe = findings.filter((f) => (f.cwe.includes(c.cwe) || (f.relatedCwe ?? []).includes(c.cwe)) && !f.suppression);
  const at = (f: ScoredFinding) => `${f.ruleId}@${f.path}:${f.range.start.line}`;
  const hits = ofCwe.filter((f) => f.kind === 'vulnerability').map(at);
  const hotspots = ofCwe.filter((f) => f.kind === 'hotspot').map(at);
  if (c.tier === 'hotspot') return { ...c, detected: hits.length + hotspots.length > 0, hits, hotspots, overClaimed: hits.length > 0 };
  return { ...c, detected: hits.length > 0, hits, hotspots };
}

export function score(results: readonly CaseResult[]): { classes: ClassScore[]; mean: number } {
  const byCwe = new Map<number, CaseResult[]>();
  for (const r of results) byCwe.set(r.cwe, [...(byCwe.get(r.cwe) ?? []), r]);
  const classes = [...byCwe.entries()]
    .sort(([a], [b]) => a - b)
    .map(([cwe, rs]) => {
      const tp = rs.filter((r) => r.vulnerable && r.detected).length;
      const fn = rs.filter((r) => r.vulnerable && !r.detected).length;
      const fp = rs.filter((r) => !r.vulnerable && r.detected).length;
      const tn = rs.filter((r) => !r.vulnerable && !r.detected).length;
      // A class without positives (or negatives) cannot show a miss of that kind.
      const tpr = tp + fn === 0 ? 1 : tp / (tp + fn);
      const fpr = fp + tn === 0 ? 0 : fp / (fp + tn);
      return { cwe, tp, fn, fp, tn, tpr, fpr, diff: tpr - fpr };
    });
  const mean = classes.length === 0 ? 0 : classes.reduce((s, c) => s + c.diff, 0) / classes.length;
  return { classes, mean };
}

export interface FrameworkScore {
  framework: string;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  tpr: number;
  fpr: number;
  diff: number;
}

/** TPR and FPR per framework label, pooled over the framework's cases of every class. */
export function scoreFrameworks(results: readonly CaseResult[]): FrameworkScore[] {
  const byFw = new Map<string, CaseResult[]>();
  for (const r of results) byFw.set(r.framework, [...(byFw.get(r.framework) ?? []), r]);
  return [...byFw.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([framework, rs]) => {
      const tp = rs.filter((r) => r.vulnerable && r.detected).length;
      const fn = rs.filter((r) => r.vulnerable && !r.detected).length;
      const fp = rs.filter((r) => !r.vulnerable && r.detected).length;
      const tn = rs.filter((r) => !r.vulnerable && !r.detected).length;
      const tpr = tp + fn === 0 ? 1 : tp / (tp + fn);
      const fpr = fp + tn === 0 ? 0 : fp / (fp + tn);
      return { framework, tp, fn, fp, tn, tpr, fpr, diff: tpr - fpr };
    });
}

export function formatFrameworks(rows: readonly FrameworkScore[]): string {
  const f = (n: number) => n.toFixed(2);
  const table = [['framework', 'TP', 'FN', 'FP', 'TN', 'TPR', 'FPR', 'TPR-FPR']];
  for (const r of rows) table.push([r.framework, String(r.tp), String(r.fn), String(r.fp), String(r.tn), f(r.tpr), f(r.fpr), f(r.diff)]);
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  return table.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

export function meetsBar(s: { classes: ClassScore[]; mean: number }): boolean {
  return s.classes.length > 0 && s.classes.every((c) => c.tpr >= BAR.tpr && c.fpr <= BAR.fpr) && s.mean >= BAR.mean;
}

export function formatTable(s: { classes: ClassScore[]; mean: number }): string {
  const f = (n: number) => n.toFixed(2);
  const rows = [['CWE', 'TP', 'FN', 'FP', 'TN', 'TPR', 'FPR', 'TPR-FPR']];
  for (const c of s.classes) rows.push([`CWE-${c.cwe}`, String(c.tp), String(c.fn), String(c.fp), String(c.tn), f(c.tpr), f(c.fpr), f(c.diff)]);
  const tot = s.classes.reduce((a, c) => ({ tp: a.tp + c.tp, fn: a.fn + c.fn, fp: a.fp + c.fp, tn: a.tn + c.tn }), { tp: 0, fn: 0, fp: 0, tn: 0 });
  rows.push(['all', String(tot.tp), String(tot.fn), String(tot.fp), String(tot.tn), '', '', '']);
  rows.push(['mean', '', '', '', '', '', '', f(s.mean)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/** Cases with a hotspot of their labelled CWE, per class: on vulnerable cases and on safe ones. */
export function formatHotspots(results: readonly CaseResult[]): string {
  const byCwe = new Map<number, { vulnerable: number; safe: number; findings: number }>();
  for (const r of results) {
    if (r.tier === 'hotspot') continue; // their hotspots are what detects them (formatTiers)
    const n = r.hotspots?.length ?? 0;
    const row = byCwe.get(r.cwe) ?? { vulnerable: 0, safe: 0, findings: 0 };
    if (n > 0) row[r.vulnerable ? 'vulnerable' : 'safe']++;
    row.findings += n;
    byCwe.set(r.cwe, row);
  }
  const rows = [['CWE', 'hotspots', 'on vulnerable cases', 'on safe cases']];
  for (const [cwe, h] of [...byCwe].sort(([a], [b]) => a - b)) if (h.findings > 0) rows.push([`CWE-${cwe}`, String(h.findings), String(h.vulnerable), String(h.safe)]);
  if (rows.length === 1) return 'hotspots of the labelled CWEs: none';
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return ['hotspots of the labelled CWEs (to review; not counted as detected):', ...rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '))].join('\n');
}

/** Hotspot-tier cases: how many a hotspot detected, and which a vulnerability-tier finding over-claimed. */
export function formatTiers(results: readonly CaseResult[]): string {
  const tiered = results.filter((r) => r.tier === 'hotspot');
  if (tiered.length === 0) return 'hotspot-tier cases: none';
  const vulnerable = tiered.filter((r) => r.vulnerable);
  const line = (r: CaseResult) => `over-claimed  CWE-${r.cwe}  ${r.case}  ${r.hits.join(' ')}`;
  return [
    `hotspot-tier cases: ${tiered.length} (${vulnerable.length} vulnerable: ${vulnerable.filter((r) => r.detected).length} detected, ` +
      `${tiered.filter((r) => !r.vulnerable && r.detected).length} of ${tiered.length - vulnerable.length} safe falsely flagged; ` +
      `${tiered.filter((r) => r.overClaimed).length} over-claimed at vulnerability tier)`,
    ...tiered.filter((r) => r.overClaimed).map(line),
  ].join('\n');
}

export const DETECTION_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../test/detection');

export interface Suite {
  name: string;
  /** Holds labels.csv and cases/. */
  dir: string;
}

export const SUITES: readonly Suite[] = [
  { name: 'main', dir: DETECTION_DIR },
  { name: 'heldout', dir: join(DETECTION_DIR, 'heldout') },
  { name: 'frameworks', dir: join(DETECTION_DIR, 'frameworks') },
  { name: 'access', dir: join(DETECTION_DIR, 'access') },
];

/** `[--suite main|heldout|frameworks|access] [dir]`: a directory overrides the suite's own. */
export function suiteFromArgs(args: readonly string[]): Suite | { error: string } {
  const names = SUITES.map((x) => x.name);
  let suite: Suite = SUITES[0]!;
  let dir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--suite' || a.startsWith('--suite=')) {
      const value = a === '--suite' ? args[++i] : a.slice('--suite='.length);
      const found = SUITES.find((x) => x.name === value);
      if (!found) return { error: `unknown suite ${JSON.stringify(value ?? '')}: use --suite with one of ${names.join(', ')}` };
      suite = found;
    } else if (a.startsWith('-')) {
      return { error: `unknown option ${a}: usage is eval [--suite ${names.join('|')}] [dir]` };
    } else if (dir === undefined) {
      dir = resolve(a);
    } else {
      return { error: `more than one directory given (${dir}, ${a}): give at most one` };
    }
  }
  return dir === undefined ? suite : { ...suite, dir };
}

function main(): void {
  // Compiled to dist/test/detection; the cases stay in the source tree.
  const suite = suiteFromArgs(process.argv.slice(2));
  if ('error' in suite) {
    console.error(suite.error);
    process.exitCode = 2;
    return;
  }
  const dir = suite.dir;
  console.log(`suite ${suite.name}\n`);
  let labels: LabelledCase[];
  try {
    labels = readLabels(join(dir, 'labels.csv'));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const results = evaluate(join(dir, 'cases'), labels);
  const s = score(results);
  console.log(formatTable(s));
  console.log('\n' + formatFrameworks(scoreFrameworks(results)));
  console.log('\n' + formatHotspots(results));
  console.log('\n' + formatTiers(results));
  console.log(`\n${results.length} cases in ${Math.round(performance.now() - started)} ms`);
  const misses = results.filter((r) => r.vulnerable !== r.detected);
  for (const m of misses) console.log(`${m.vulnerable ? 'FN' : 'FP'}  CWE-${m.cwe}  ${m.case}  ${[...m.hits, ...(m.tier === 'hotspot' ? (m.hotspots ?? []) : [])].join(' ')}`);
  const ok = meetsBar(s);
  console.log(ok ? '\nbar met: every class TPR ≥ 0.90 and FPR ≤ 0.10, mean ≥ 0.90' : '\nbar MISSED');
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
