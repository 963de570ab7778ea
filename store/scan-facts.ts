// What the analyzer examined in a scan (domain/facts.ts), kept beside the scan: the ground every
// automated pass stands on, and the counts its reason quotes.
import { factsFromRows, factsToRows, type ScanFacts } from '../domain/index.js';
import type { StoreDb } from './open-store.js';

export function writeScanFacts(db: StoreDb, scanId: number, facts: ScanFacts): void {
  const ins = db.prepare('INSERT OR REPLACE INTO scan_facts (scan_id, fact, count) VALUES (?, ?, ?)');
  for (const r of factsToRows(facts)) ins.run(scanId, r.fact, Math.max(0, Math.trunc(r.count)));
}

/** Null when the scan recorded none (imported results, or recorded before facts were kept). */
export function readScanFacts(db: StoreDb, scanId: number): ScanFacts | null {
  const rows = db.prepare('SELECT fact, count FROM scan_facts WHERE scan_id = ?').all(scanId) as Array<{ fact: string; count: number }>;
  return rows.length === 0 ? null : factsFromRows(rows);
}
