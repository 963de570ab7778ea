// The CWE/ASVS links of findings, stored once per distinct set (migration 013): findings of one
// rule share a set, so a scan of 100,000 findings writes a handful of sets instead of 340,000 rows.
import type { Finding } from '../analyzer/types.js';
import type { StoreDb } from './open-store.js';
import { asvsChapter } from './asvs-ids.js';

type Links = Pick<Finding, 'cwe' | 'asvs'>;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The canonical text of a finding's links, as migration 013 builds it in SQL: `cwe:` and the CWEs
 * ascending, then `;version:` and that version's requirement ids ascending, versions ascending
 * (byte order, as SQLite's BINARY collation); repeats count once, empty versions are left out.
 */
export function linkSetKey(f: Links): string {
  const cwes = [...new Set(f.cwe)].sort((a, b) => a - b);
  let key = `cwe:${cwes.join(',')}`;
  for (const version of Object.keys(f.asvs).sort(byText)) {
    const ids = [...new Set((f.asvs as Record<string, readonly string[]>)[version])].sort(byText);
    if (ids.length) key += `;${version}:${ids.join(',')}`;
  }
  return key;
}

/**
 * The id of a finding's link set, creating the set on first use. Known sets are read once per
 * recording (a few rows); the cache holds ids only for this transaction.
 */
export function linkSetResolver(db: StoreDb): (f: Links) => number {
  const known = new Map<string, number>(
    (db.prepare('SELECT key, id FROM link_sets').raw().all() as [string, number][]).map(([k, id]) => [k, id]),
  );
  const insSet = db.prepare('INSERT INTO link_sets (key) VALUES (?)');
  const insCwe = db.prepare('INSERT INTO link_set_cwes (set_id, cwe) VALUES (?, ?)');
  const insAsvs = db.prepare('INSERT INTO link_set_asvs (set_id, asvs_version, requirement_id, chapter) VALUES (?, ?, ?, ?)');
  // The same links in the same order (findings of one rule) skip building the canonical key.
  const byRaw = new Map<string, number>();
  return (f) => {
    let raw = f.cwe.join(',');
    for (const version in f.asvs) raw += `;${version}:${(f.asvs as Record<string, readonly string[]>)[version]!.join(',')}`;
    const cached = byRaw.get(raw);
    if (cached !== undefined) return cached;
    const key = linkSetKey(f);
    let id = known.get(key);
    if (id === undefined) {
      id = Number(insSet.run(key).lastInsertRowid);
      known.set(key, id);
      for (const c of new Set(f.cwe)) insCwe.run(id, c);
      for (const [version, ids] of Object.entries(f.asvs) as [string, readonly string[]][]) {
        for (const r of new Set(ids)) insAsvs.run(id, version, r, asvsChapter(r));
      }
    }
    byRaw.set(raw, id);
    return id;
  };
}
