// `assay endpoints <path> --changes`: what the inventory gained, lost and re-guarded between the
// project's last two recorded scans that took one. New endpoints come unauthenticated first: a new
// open route is what a lead wants to see before anything else.
import type { Endpoint } from '../../domain/index.js';
import { compareInventories, findProjectByRoot, listScans, readScanEndpoints, type InventoryComparison } from '../../store/index.js';
import { existsSync } from 'node:fs';
import type { CliIo } from '../command.js';
import { UsageError } from '../errors.js';
import { historyDbPath, withHistoryDb } from '../history-db.js';
import { safeLine } from '../terminal-text.js';

export interface RecordedChanges {
  fromScan: number;
  toScan: number;
  comparison: InventoryComparison;
}

/** The comparison of the last two recorded inventories; a UsageError says what to do when there are fewer. */
export function recordedChanges(io: CliIo, db: string | undefined, root: string): RecordedChanges {
  const none = `No two recorded scans of ${root} took an endpoint inventory: run \`assay scan ${root}\` (again after a change) to compare.`;
  if (!existsSync(historyDbPath(io, db))) throw new UsageError(none);
  const found = withHistoryDb(io, db, (store) => {
    const project = findProjectByRoot(store, root);
    if (!project) return null;
    const inventories: Array<{ scanId: number; endpoints: Endpoint[] }> = [];
    for (const scan of listScans(store, project.id).reverse()) {
      if (scan.status !== 'complete') continue;
      const endpoints = readScanEndpoints(store, scan.id);
      if (endpoints) inventories.push({ scanId: scan.id, endpoints });
      if (inventories.length === 2) break;
    }
    return inventories.length === 2 ? inventories : null;
  }, { readonly: true });
  if (!found) throw new UsageError(none);
  const [to, from] = found as [{ scanId: number; endpoints: Endpoint[] }, { scanId: number; endpoints: Endpoint[] }];
  return { fromScan: from.scanId, toScan: to.scanId, comparison: compareInventories(from.endpoints, to.endpoints) };
}

/** The JSON document; `one` writes an endpoint as `assay endpoints --json` does. */
export function changesJson<T>(c: RecordedChanges, one: (e: Endpoint) => T) {
  return {
    fromScan: c.fromScan,
    toScan: c.toScan,
    added: c.comparison.added.map(one),
    changed: c.comparison.changed.map((x) => ({ from: one(x.from), to: one(x.to) })),
    removed: c.comparison.removed.map(one),
  };
}

const guards = (e: Endpoint) => {
  const names = e.guards.filter((g) => g.authentication !== 'none').map((g) => g.name.split('.').pop()!);
  return names.length ? names.join(', ') : 'no guard';
};
const line = (e: Endpoint) => `${e.methods.join(',')} ${safeLine(e.path)}  ${e.authentication} (${safeLine(guards(e))})  ${safeLine(e.handler.file)}:${e.handler.line}`;

export function changesText(c: RecordedChanges): string {
  const { added, changed, removed } = c.comparison;
  const out = [`Endpoint changes from scan #${c.fromScan} to scan #${c.toScan}: ${added.length} new, ${changed.length} with changed guards, ${removed.length} removed.`];
  if (added.length) out.push('', 'New (unauthenticated first):', ...added.map((e) => `  ${line(e)}`));
  if (changed.length) out.push('', 'Guards changed:', ...changed.map((x) => `  ${line(x.to)}\n    was ${x.from.authentication} (${safeLine(guards(x.from))})`));
  if (removed.length) out.push('', 'Removed:', ...removed.map((e) => `  ${line(e)}`));
  return out.join('\n') + '\n';
}
