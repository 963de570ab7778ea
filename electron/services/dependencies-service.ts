// The Dependencies page and Settings → Advisories: the latest scan's inventory with its dependency
// findings, the status of the imported advisory data, and importing a file or folder chosen in a
// dialog (the renderer never sends a path).
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { ADVISORY_MAX_AGE_DAYS } from '../../domain/index.js';
import { advisoryStatus, getProject, importAdvisories, latestScan, listFindings, scanDependencies, type StoreDb } from '../../store/index.js';
import type { AdvisoryImportView, AdvisoryStatusView, DependenciesView } from '../ipc-contract.js';
import type { ServiceContext } from './context.js';

/** The bundled demo's fictional advisory folder, for scans of the demo project only. */
export function demoAdvisoryDir(ctx: ServiceContext, root: string): string | null {
  if (!ctx.demoRoot || resolve(root) !== resolve(ctx.demoRoot)) return null;
  const dir = resolve(ctx.demoRoot, 'advisories');
  return existsSync(dir) ? dir : null;
}

export function advisoryStatusView(db: StoreDb): AdvisoryStatusView {
  const s = advisoryStatus(db);
  return { count: s.count, packages: s.packages, newestModified: s.newestModified, ageDays: s.ageDays, stale: s.stale, lastImportedAt: s.lastImportedAt, maxAgeDays: ADVISORY_MAX_AGE_DAYS };
}

export async function importAdvisoriesFromDialog(ctx: ServiceContext, kind: 'file' | 'folder'): Promise<AdvisoryImportView | null> {
  const path = kind === 'folder' ? await ctx.dialogs.pickAdvisoryFolder() : await ctx.dialogs.pickAdvisoryFile();
  if (path === null) return null;
  const out = importAdvisories(ctx.db, path);
  return { source: out.source, read: out.read, added: out.added, replaced: out.replaced, unchanged: out.unchanged, invalid: out.invalid.slice(0, 50), status: advisoryStatusView(ctx.db) };
}

export function dependenciesView(db: StoreDb, projectId: number): DependenciesView {
  getProject(db, projectId);
  const scan = latestScan(db, projectId, ['complete']);
  if (!scan) return { scanId: null, advisoryData: null, manifests: [], problems: [], dependencies: [], findings: [] };
  const { inventory, advisoryData } = scanDependencies(db, scan.id);
  const rows = listFindings(db, projectId, { filter: { kind: ['vulnerability', 'hotspot'], text: 'PY-DEP-', suppressed: 'any' }, limit: 1000 }).rows.filter((f) => f.ruleId.startsWith('PY-DEP-'));
  return {
    scanId: scan.id,
    advisoryData,
    manifests: inventory.manifests,
    problems: inventory.problems,
    dependencies: inventory.dependencies.map((d) => ({
      name: d.name,
      declaredName: d.declaredName,
      specifier: d.specifier,
      version: d.version,
      source: d.source,
      direct: d.direct,
      groups: d.groups,
      path: d.path,
      line: d.line,
      lockedBy: d.lockedBy,
    })),
    findings: rows.map((f) => ({ id: f.id, ruleId: f.ruleId, title: f.title, kind: f.kind, severity: f.severity, path: f.path, line: f.startLine, message: f.message, triage: f.triage })),
  };
}
