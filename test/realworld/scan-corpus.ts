// One scan per corpus app, reduced to what the ledger judges. Findings carry the path from the
// site-packages folder (module/…) so a ledger row reads like the file a reviewer opens.
import { scanProject } from '../../analyzer/scan.js';
import type { Finding } from '../../analyzer/types.js';
import type { FindingKind } from '../../domain/index.js';
import type { Located } from './corpus.js';

export interface CorpusFinding {
  fingerprint: string;
  ruleId: string;
  app: string;
  /** module/relative/path.py */
  path: string;
  line: number;
  kind: FindingKind;
  severity: string;
  message: string;
  snippet: string;
  suppressed: boolean;
}

export interface AppScan {
  app: string;
  version: string;
  root: string;
  files: number;
  lines: number;
  millis: number;
  findings: CorpusFinding[];
  ruleErrors: number;
  /** True when the engine gave its findings a kind (vulnerability or hotspot). */
  tiered: boolean;
}

/**
 * The finding's tier. A finding without a kind (an engine before issue 12's tiers) counts as a
 * vulnerability: the ledger must judge everything the engine would fail a build on.
 */
export function kindOf(f: Finding): FindingKind {
  return kindField(f) === 'hotspot' ? 'hotspot' : 'vulnerability';
}

// Read loosely: the ledger also measures engines whose findings carry no kind.
function kindField(f: Finding): unknown {
  return (f as { kind?: unknown }).kind;
}

export async function scanApp(loc: Located): Promise<AppScan> {
  const started = performance.now();
  const r = await scanProject(loc.root);
  const module = loc.app.module;
  return {
    app: loc.app.app,
    version: loc.version,
    root: loc.root,
    files: r.stats.filesScanned,
    lines: r.stats.linesScanned,
    millis: Math.round(performance.now() - started),
    ruleErrors: r.ruleErrors?.length ?? 0,
    tiered: r.findings.some((f) => kindField(f) !== undefined),
    findings: r.findings.map((f) => ({
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      app: loc.app.app,
      path: `${module}/${f.path}`,
      line: f.range.start.line,
      kind: kindOf(f),
      severity: f.severity,
      message: f.message,
      snippet: f.snippet,
      suppressed: f.suppression !== null,
    })),
  };
}
