// The fixture apps mark their planted flaws in their own lines (`# vuln: CWE-n`), their planted
// hotspots (`# review: CWE-n`: to be reported to review, never as a vulnerability) and the safe twins
// beside them (`# safe: CWE-n`); this reads those marks and compares them with a scan, so every
// exact-set test of a fixture app judges the same way.
import { readFileSync } from 'node:fs';
import type { ScanResult } from '../analyzer/types.js';

const MARK = /#\s*(vuln|safe|review):\s*CWE-(\d+)/g;

export interface Mark {
  path: string;
  line: number;
  cwe: number;
}

export function plantedMarks(root: string, result: ScanResult, kind: 'vuln' | 'safe' | 'review'): Mark[] {
  const out: Mark[] = [];
  for (const file of result.files) {
    readFileSync(`${root}/${file.path}`, 'utf8')
      .split(/\r?\n/)
      .forEach((line, i) => {
        for (const m of line.matchAll(MARK)) if (m[1] === kind) out.push({ path: file.path, line: i + 1, cwe: Number(m[2]) });
      });
  }
  return out;
}

export const markKey = (m: Mark): string => `${m.path}:${m.line} CWE-${m.cwe}`;

/** Planted flaws without a vulnerability of their CWE on their line, and vulnerabilities on no planted line. */
export function comparePlanted(root: string, result: ScanResult): { planted: number; missing: string[]; unmarked: string[] } {
  const open = result.findings.filter((f) => !f.suppression && f.kind === 'vulnerability');
  const planted = plantedMarks(root, result, 'vuln');
  const at = (m: Mark, f: (typeof open)[number]) => f.path === m.path && f.range.start.line === m.line && f.cwe.includes(m.cwe);
  return {
    planted: planted.length,
    missing: planted.filter((m) => !open.some((f) => at(m, f))).map(markKey),
    unmarked: open.filter((f) => !planted.some((m) => at(m, f))).map((f) => `${f.path}:${f.range.start.line} ${f.ruleId}`),
  };
}

/** Safe twins that got any open finding (either tier) of their CWE on their line. */
export function flaggedTwins(root: string, result: ScanResult): { twins: number; flagged: string[] } {
  const safe = plantedMarks(root, result, 'safe');
  const flagged = safe.filter((m) => result.findings.some((f) => !f.suppression && f.path === m.path && f.range.start.line === m.line && f.cwe.includes(m.cwe)));
  return { twins: safe.length, flagged: flagged.map(markKey) };
}

/**
 * Planted hotspots without a hotspot of their CWE on their line, and hotspots of a CWE the app plants
 * as a hotspot that land on no `# review:` line. (A vulnerability on a review line is already an
 * unmarked vulnerability for comparePlanted.)
 */
export function compareReview(root: string, result: ScanResult): { review: number; missing: string[]; unmarked: string[] } {
  const hotspots = result.findings.filter((f) => !f.suppression && f.kind === 'hotspot');
  const review = plantedMarks(root, result, 'review');
  const cwes = new Set(review.map((m) => m.cwe));
  const at = (m: Mark, f: (typeof hotspots)[number]) => f.path === m.path && f.range.start.line === m.line && f.cwe.includes(m.cwe);
  return {
    review: review.length,
    missing: review.filter((m) => !hotspots.some((f) => at(m, f))).map(markKey),
    unmarked: hotspots
      .filter((f) => f.cwe.some((c) => cwes.has(c)) && !review.some((m) => at(m, f)))
      .map((f) => `${f.path}:${f.range.start.line} ${f.ruleId}`),
  };
}

/**
 * False alarms the engine still raises on an app, recorded exactly (the test fails when one goes away,
 * so the record is removed, or when a new one appears): `unmarked` are findings on unmarked lines,
 * `twins` safe twins flagged with their CWE. Each is open work, not an accepted result.
 */
export interface KnownFalseAlarms {
  why: string;
  unmarked?: string[];
  twins?: string[];
}
