// Projects: list with summaries, add from the folder dialog or the bundled demo, retarget, remove.
import { statSync } from 'node:fs';
import { deleteProject, ensureProject, findProjectByRoot, getProject, latestScan, listProjects, listScans, openCountsBySeverity, updateProject, type ProjectRow, type StoreDb } from '../../store/index.js';
import type { AsvsLevel, AsvsVersion, ProjectSummary, ScanSummary } from '../ipc-contract.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './service-error.js';
import { scanView } from './views.js';
import { liveCoverage } from './coverage.js';

function summarize(db: StoreDb, project: ProjectRow): ProjectSummary {
  const lastScan = latestScan(db, project.id, ['complete', 'imported', 'cancelled', 'failed']) ?? null;
  const counted = latestScan(db, project.id);
  return {
    id: project.id,
    name: project.name,
    root: project.rootPath,
    asvsVersion: project.asvsVersion,
    level: project.asvsLevel,
    lastScan: lastScan ? scanView(lastScan) : null,
    // Live, so an attestation or triage made since the scan shows at once.
    compliance: counted ? liveCoverage(db, project.id, counted.id, project.asvsVersion, project.asvsLevel).total.compliance : null,
    openBySeverity: openCountsBySeverity(db, project.id),
  };
}

export function listProjectSummaries(db: StoreDb): ProjectSummary[] {
  return listProjects(db).map((p) => summarize(db, p));
}

export function projectSummary(db: StoreDb, projectId: number): ProjectSummary {
  return summarize(db, getProject(db, projectId));
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
