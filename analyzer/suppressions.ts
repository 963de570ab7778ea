// `# nosec` (Bandit-compatible, with optional test ids) and `# assay: ignore[RULE, …] reason`.
// A suppression never drops a finding: it is attached to it, so reports can show who hid what.
import type { Finding, Suppression } from './types.js';

export interface SuppressionComment {
  line: number;
  kind: 'nosec' | 'assay-ignore';
  /** Rule ids or Bandit test ids named by the comment; empty means every rule. */
  ids: string[];
  justification: string | null;
}

const NOSEC = /#\s*nosec\b:?\s*([^#]*)/i;
/** What people put between the ids and the reason: `-- why`, `- why`, `: why`, `— why`. */
const REASON_LEAD = /^[-:–—]+\s*/;
const ASSAY_IGNORE = /#\s*assay:\s*ignore(?:\[([^\]]*)\])?\s*([^#]*)/i;

export function parseSuppressionComment(text: string, line: number): SuppressionComment | null {
  const assay = ASSAY_IGNORE.exec(text);
  if (assay) {
    const ids = (assay[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const reason = (assay[2] ?? '').trim().replace(REASON_LEAD, '').trim();
    return { line, kind: 'assay-ignore', ids, justification: reason || null };
  }
  const nosec = NOSEC.exec(text);
  if (nosec) {
    // Bandit: `# nosec B602, B607` — ids first, anything after them is the reason.
    const rest = (nosec[1] ?? '').trim();
    const ids: string[] = [];
    let reason = rest;
    const idRun = /^((?:[A-Z]\d{3}|PY-[A-Z0-9-]+)(?:\s*,\s*(?:[A-Z]\d{3}|PY-[A-Z0-9-]+))*)\s*(.*)$/.exec(rest);
    if (idRun) {
      ids.push(...idRun[1]!.split(',').map((s) => s.trim()));
      reason = idRun[2]!.trim();
    }
    return { line, kind: 'nosec', ids, justification: reason.replace(REASON_LEAD, '').trim() || null };
  }
  return null;
}

/** Attach the first matching comment (on the finding's first or last line) to each finding. */
export function applySuppressions(
  findings: Finding[],
  comments: readonly SuppressionComment[],
  banditIdsOf: (ruleId: string) => readonly string[],
): void {
  if (comments.length === 0) return;
  const byLine = new Map<number, SuppressionComment>();
  for (const c of comments) byLine.set(c.line, c);
  for (const f of findings) {
    if (f.suppression) continue;
    for (const line of new Set([f.range.start.line, f.range.end.line])) {
      const c = byLine.get(line);
      if (!c) continue;
      const matches = c.ids.length === 0 || c.ids.includes(f.ruleId) || banditIdsOf(f.ruleId).some((b) => c.ids.includes(b));
      if (!matches) continue;
      const s: Suppression = { kind: c.kind, justification: c.justification, line: c.line };
      f.suppression = s;
      break;
    }
  }
}
