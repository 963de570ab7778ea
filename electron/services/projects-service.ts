// Projects: list with summaries, add from the folder dialog or the bundled demo, retarget, remove.
import { statSync } from 'node:fs';
import { deleteProject, ensureProject, findProjectByRoot, getProject, latestScan, listScans, projectSummaries, updateProject, type StoreDb } from '../../store/index.js';
import type { AsvsLevel, AsvsVersion, ProjectSummary, ScanSummary } from '../ipc-contract.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './service-error.js';
import { scanView } from './views.js';
import { liveCoverage } from './coverage.js';

export function listProjectSummaries(db: StoreDb): ProjectSummary[] {
  return projectSummaries(db).map((s) => {
    const scan = latestScan(db, s.project.id);
    return {
      id: s.project.id,
      name: s.project.name,
      root: s.project.rootPath,
      asvsVersion: s.project.asvsVersion,
      level: s.project.asvsLevel,
      lastScan: s.lastScan ? scanView(s.lastScan) : null,
      // Live, so an attestation or triage made since the scan shows at once.
      compliance: scan ? liveCoverage(db, s.project.id, scan.id, s.project.asvsVersion, s.project.asvsLevel).total.compliance : null,
      openBySeverity: s.open,
    };
  });
}

export function projectSummary(db: StoreDb, projectId: number): ProjectSummary {
  getProject(db, projectId);
  const found = listProjectSummaries(db).find((p) => p.id === projectId);
  if (!found) throw new ServiceError('not-found', `No project with id ${projectId}.`);
  return found;
}

function addRoot(ctx: ServiceContext, root: string, target: { asvsVersion: AsvsVersion; level: AsvsLevel }, name?: string): ProjectSummary {
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new ServiceError('invalid-request', `${root} is not a folder that can be read.`);
  const existing = findProjectByRoot(ctx.db, root);
  const project = existing ?? ensureProject(ctx.db, { rootPath: root, name, asvsVersion: target.asvsVersion, asvsLevel: target.level });
  return projectSummary(ctx.db, project.id);
}

export async function addProjectFromDialog(ctx: ServiceContext, target: { asvsVersion: AsvsVersion; level: AsvsLevel }): Promise<ProjectSummary | null> {
  const root = await ctx.dialogs.pickFolder();
  return root === null ? null : addRoot(ctx, root, target);
}

export function addDemoProject(ctx: ServiceContext): ProjectSummary {
  if (!ctx.demoRoot) throw new ServiceError('unavailable', 'This build does not include the demo project.');
  const prefs = ctx.preferences.get();
  return addRoot(ctx, ctx.demoRoot, { asvsVersion: prefs.defaultAsvsVersion, level: prefs.defaultLevel }, 'Demo shop');
}

export function changeProject(ctx: ServiceContext, request: { projectId: number; name?: string; asvsVersion?: AsvsVersion; level?: AsvsLevel }): ProjectSummary {
  updateProject(ctx.db, request.projectId, { name: request.name, asvsVersion: request.asvsVersion, asvsLevel: request.level });
  return projectSummary(ctx.db, request.projectId);
}

export function removeProject(ctx: ServiceContext, projectId: number): null {
  getProject(ctx.db, projectId);
  deleteProject(ctx.db, projectId);
  return null;
}

/** Newest first. */
export function scanSummaries(ctx: ServiceContext, projectId: number): ScanSummary[] {
  getProject(ctx.db, projectId);
  return listScans(ctx.db, projectId).map(scanView).sort((a, b) => b.id - a.id);
}
