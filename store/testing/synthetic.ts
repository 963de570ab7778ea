// Synthetic findings and scans for the store's tests and benchmark: deterministic, shaped like
// the analyzer's output, cheap to make by the hundred thousand.
import { SEVERITIES, type Finding, type FindingKind, type Severity } from '../../analyzer/types.js';
import type { ScanInput } from '../scan-input.js';

export interface SyntheticFinding {
  fingerprint: string;
  severity?: Severity;
  ruleId?: string;
  path?: string;
  line?: number;
  cwe?: number[];
  asvs?: string[];
  suppressed?: boolean;
  tool?: string;
  kind?: FindingKind;
}

export function finding(s: SyntheticFinding): Finding {
  const line = s.line ?? 10;
  return {
    ruleId: s.ruleId ?? 'PY-INJ-SQL',
    title: 'SQL built from untrusted input',
    cwe: s.cwe ?? [89],
    asvs: { '5.0.0': s.asvs ?? ['V1.2.4'], '4.0.3': ['V5.3.4'] },
    severity: s.severity ?? 'high',
    confidence: 'high',
    kind: s.kind ?? 'vulnerability',
    path: s.path ?? 'app/views.py',
    range: { start: { line, column: 5 }, end: { line, column: 40 } },
    message: `request.GET['q'] reaches cursor.execute (${s.fingerprint})`,
    snippet: 'cursor.execute(f"SELECT * FROM t WHERE n = {q}")',
    trace: [{ kind: 'source', path: s.path ?? 'app/views.py', range: { start: { line, column: 5 }, end: { line, column: 20 } }, message: 'read here', snippet: 'q = request.GET["q"]' }],
    fix: 'Use parameters.',
    fingerprint: s.fingerprint,
    suppression: s.suppressed ? { kind: 'nosec', justification: 'reviewed', line } : null,
    tool: s.tool ?? 'assay',
  };
}

export function scan(findings: readonly Finding[], over: Partial<ScanInput> = {}): ScanInput {
  return {
    tool: 'assay',
    status: 'complete',
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:05.000Z',
    analyzerVersion: '0.1.0',
    rulesetVersion: '1',
    git: { commit: 'abc123', branch: 'main', dirty: false },
    frameworks: ['django'],
    rulesRun: ['PY-INJ-SQL', 'PY-XSS'],
    filesScanned: 10,
    filesSkipped: 1,
    linesScanned: 1000,
    durationMs: 5000,
    skipped: [{ path: 'big.py', reason: 'too-large', detail: '3 MB > 2 MB' }],
    findings,
    ...over,
  };
}

/** A day after the base date, as ISO: scans and events in tests move through time by day. */
export function day(n: number, hour = 0): string {
  return new Date(Date.UTC(2026, 0, 1 + n, hour)).toISOString();
}

/** n findings with varied severity, rule, file, CWE and ASVS chapter; `offset` shifts identities. */
export function manyFindings(n: number, offset = 0): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < n; i++) {
    const k = i + offset;
    out.push(
      finding({
        fingerprint: `fp${k.toString(16).padStart(12, '0')}`,
        severity: SEVERITIES[k % 5]!,
        ruleId: `PY-RULE-${k % 40}`,
        path: `pkg${k % 97}/module${k % 13}.py`,
        line: 1 + (k % 500),
        cwe: [79 + (k % 20)],
        asvs: [`V${1 + (k % 17)}.${1 + (k % 5)}.${1 + (k % 4)}`],
        suppressed: k % 50 === 0,
      }),
    );
  }
  return out;
}
