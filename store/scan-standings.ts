// Frozen per scan (migration 008): how many of the scan's findings weigh on each requirement, by
// rule, kind, suppression and whether the suppression gave a reason — the part of a finding's
// standing that cannot change after the scan. Triage can, and is applied live in
// queries/standings.ts. Counted from the scan's findings as recorded: the first of a repeated
// fingerprint, each requirement once per finding (as finding_asvs keeps them).
import type { Finding } from '../analyzer/types.js';
import type { StoreDb } from './open-store.js';
import { BatchInsert } from './batch-insert.js';

/** SQL's trim() (spaces only), which the live query used to tell a reason from none. */
export function hasReason(text: string | null | undefined): boolean {
  return !!text && text.replace(/^ +| +$/g, '').length > 0;
}

export function writeScanStandings(db: StoreDb, scanId: number, findings: readonly Finding[]): void {
  // Findings of one rule share their requirements: count them per rule, kind, suppression and
  // requirement list first (a few groups for 100,000 findings), then spread each group over its
  // requirements.
  const seen = new Set<string>();
  const byLinks = new Map<string, { f: Finding; suppressed: number; justified: number; n: number }>();
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    const suppressed = f.suppression ? 1 : 0;
    const justified = hasReason(f.suppression?.justification) ? 1 : 0;
    let key = `${f.ruleId}\u0001${f.kind}\u0001${suppressed}\u0001${justified}`;
    for (const version in f.asvs) key += `\u0001${version}\u0002${(f.asvs as Record<string, readonly string[]>)[version]!.join('\u0002')}`;
    const g = byLinks.get(key);
    if (g) g.n++;
    else byLinks.set(key, { f, suppressed, justified, n: 1 });
  }
  const groups = new Map<string, { row: unknown[]; n: number }>();
  for (const { f, suppressed, justified, n } of byLinks.values()) {
    for (const [version, ids] of Object.entries(f.asvs)) {
      for (const requirementId of new Set(ids)) {
        const key = `${version}\u0001${f.ruleId}\u0001${requirementId}\u0001${f.kind}\u0001${suppressed}\u0001${justified}`;
        const g = groups.get(key);
        if (g) g.n += n;
        else groups.set(key, { row: [version, f.ruleId, requirementId, f.kind, suppressed, justified], n });
      }
    }
  }
  const ins = new BatchInsert(db, 'INSERT INTO scan_standings (scan_id, asvs_version, rule_id, requirement_id, kind, suppressed, justified, n)', 8, 500);
  for (const g of groups.values()) ins.add(scanId, ...g.row, g.n);
  ins.flush();
}
