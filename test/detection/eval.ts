// The detection evaluation: scans every labelled case of a suite on its own (one file, or one
// directory as a multi-module project), and scores per CWE whether a finding of that CWE was
// reported. Prints TP, FN, FP, TN, TPR, FPR and TPR − FPR per class and their mean; exits non-zero
// when the bar of issue 3 is missed (every class TPR ≥ 0.90 and FPR ≤ 0.10, mean ≥ 0.90).
// Suites: `main` (test/detection, every finding counts) and `heldout` (test/detection/heldout, the
// precision suite of issue 12, where only vulnerability-tier findings count as a detection).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeSources, type SourceFile } from '../../analyzer/analyze-source.js';
import type { FindingKind } from '../../domain/index.js';

export interface LabelledCase {
  case: string;
  cwe: number;
  vulnerable: boolean;
  framework: string;
  description: string;
}

export interface CaseResult extends LabelledCase {
  detected: boolean;
  /** Ids and lines of the findings of the labelled CWE, for diagnosis. */
  hits: string[];
  /** Findings of the labelled CWE that did not count because of their kind (hotspots on the vulnerability tier). */
  uncounted?: string[];
}

/**
 * Which findings count as a detection: `all` (the main suite, unchanged since issue 3) or
 * `vulnerability` (hotspots are review items, not claims of a flaw, so they neither make a
 * safe case a false positive nor a vulnerable case a true positive).
 */
export type CountedTier = 'all' | 'vulnerability';

export interface Suite {
  name: string;
  dir: string;
  tier: CountedTier;
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

export function readLabels(csvPath: string): LabelledCase[] {
  const lines = readFileSync(csvPath, 'utf8').split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = parseCsvLine(lines[0]!);
  const col = (name: string) => header.indexOf(name);
  return lines.slice(1).map((l) => {
    const f = parseCsvLine(l);
    return {
      case: f[col('case')]!,
      cwe: Number(f[col('cwe')]),
      vulnerable: f[col('vulnerable')]!.trim().toLowerCase() === 'true',
      framework: f[col('framework')] ?? '',
      description: f[col('description')] ?? '',
    };
  });
}

function pythonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...pythonFiles(p));
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out.sort();
}

/** A case's sources with paths relative to the case (a directory case is its own project root). */
export function caseSources(casesDir: string, casePath: string): SourceFile[] {
  const abs = join(casesDir, casePath);
  if (statSync(abs).isDirectory()) {
    return pythonFiles(abs).map((f) => ({ path: relative(abs, f).replace(/\\/g, '/'), source: readFileSync(f, 'utf8') }));
  }
  return [{ path: casePath.split('/').pop()!, source: readFileSync(abs, 'utf8') }];
}

// Findings do not all carry a kind yet (issue 12 adds it); a finding without one is a vulnerability.
function kindOf(finding: object): FindingKind {
  return (finding as { kind?: FindingKind }).kind ?? 'vulnerability';
}

export function evaluate(casesDir: string, labels: readonly LabelledCase[], tier: CountedTier = 'all'): CaseResult[] {
  return labels.map((c) => {
    const { findings } = analyzeSources(caseSources(casesDir, c.case));
    const relevant = findings.filter((f) => f.cwe.includes(c.cwe) && !f.suppression);
    const counted = relevant.filter((f) => tier === 'all' || kindOf(f) === 'vulnerability');
    const label = (f: (typeof relevant)[number]) => `${f.ruleId}@${f.path}:${f.range.start.line}`;
    const uncounted = relevant.filter((f) => !counted.includes(f)).map(label);
    return { ...c, detected: counted.length > 0, hits: counted.map(label), ...(uncounted.length > 0 ? { uncounted } : {}) };
  });
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

export const DETECTION_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../test/detection');

export const SUITES: readonly Suite[] = [
  { name: 'main', dir: DETECTION_DIR, tier: 'all' },
  { name: 'heldout', dir: join(DETECTION_DIR, 'heldout'), tier: 'vulnerability' },
];

/** `[--suite main|heldout] [dir]`: a dir alone is scored like the main suite. */
export function suiteFromArgs(args: readonly string[]): Suite | { error: string } {
  const names = SUITES.map((x) => x.name).join(', ');
  let suite: Suite = SUITES[0]!;
  let dir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = a === '--suite' ? args[++i] : a.startsWith('--suite=') ? a.slice('--suite='.length) : undefined;
    if (a === '--suite' || a.startsWith('--suite=')) {
      const found = SUITES.find((x) => x.name === value);
      if (!found) return { error: `unknown suite ${JSON.stringify(value ?? '')}: use --suite with one of ${names}` };
      suite = found;
    } else if (a.startsWith('-')) {
      return { error: `unknown option ${a}: usage is eval [--suite ${SUITES.map((x) => x.name).join('|')}] [dir]` };
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
  const labels = readLabels(join(suite.dir, 'labels.csv'));
  const started = performance.now();
  const results = evaluate(join(suite.dir, 'cases'), labels, suite.tier);
  const s = score(results);
  console.log(`suite ${suite.name} (${suite.tier === 'all' ? 'every finding counts' : 'vulnerability-tier findings count'})\n`);
  console.log(formatTable(s));
  console.log(`\n${results.length} cases in ${Math.round(performance.now() - started)} ms`);
  const misses = results.filter((r) => r.vulnerable !== r.detected);
  for (const m of misses) console.log(`${m.vulnerable ? 'FN' : 'FP'}  CWE-${m.cwe}  ${m.case}  ${m.hits.join(' ')}`);
  for (const r of results.filter((x) => x.uncounted)) console.log(`hotspot  CWE-${r.cwe}  ${r.vulnerable ? 'vulnerable' : 'safe'}  ${r.case}  ${r.uncounted!.join(' ')}`);
  const ok = meetsBar(s);
  console.log(ok ? '\nbar met: every class TPR ≥ 0.90 and FPR ≤ 0.10, mean ≥ 0.90' : '\nbar MISSED');
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
