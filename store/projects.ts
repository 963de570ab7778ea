// Projects: one per repository root, with the ASVS version and level it is measured against.
import { basename, resolve } from 'node:path';
import type { StoreDb } from './open-store.js';
import type { AsvsLevel, AsvsVersion, ProjectRow } from './types.js';
import { StoreInputError } from './errors.js';

const COLUMNS = 'id, name, root_path AS rootPath, asvs_version AS asvsVersion, asvs_level AS asvsLevel, created_at AS createdAt';

export interface ProjectInput {
  rootPath: string;
  name?: string;
  asvsVersion?: AsvsVersion;
  asvsLevel?: AsvsLevel;
}

/** Returns the project for this root, creating it on first use. The root is stored resolved. */
export function ensureProject(db: StoreDb, input: ProjectInput, now: string = new Date().toISOString()): ProjectRow {
  const root = resolve(input.rootPath);
  const existing = findProjectByRoot(db, root);
  if (existing) return existing;
  db.prepare('INSERT INTO projects (name, root_path, asvs_version, asvs_level, created_at) VALUES (?, ?, ?, ?, ?)').run(
    input.name ?? (basename(root) || root),
    root,
    input.asvsVersion ?? '5.0.0',
    input.asvsLevel ?? 2,
    now,
  );
  return findProjectByRoot(db, root)!;
}

export function findProjectByRoot(db: StoreDb, rootPath: string): ProjectRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM projects WHERE root_path = ?`).get(resolve(rootPath)) as ProjectRow | undefined;
}

export function getProject(db: StoreDb, projectId: number): ProjectRow {
  const row = db.prepare(`SELECT ${COLUMNS} FROM projects WHERE id = ?`).get(projectId) as ProjectRow | undefined;
  if (!row) throw new StoreInputError(`No project with id ${projectId}.`);
  return row;
}

/** The project for a root path, or an error naming the path and what to do. */
export function requireProjectByRoot(db: StoreDb, rootPath: string): ProjectRow {
  const row = findProjectByRoot(db, rootPath);
  if (!row) throw new StoreInputError(`No scans recorded for ${resolve(rootPath)} in this database. Run \`assay scan ${rootPath}\` first, or pass the --db you scanned with.`);
  return row;
}

export function listProjects(db: StoreDb): ProjectRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM projects ORDER BY name, id`).all() as ProjectRow[];
}

export function updateProject(db: StoreDb, projectId: number, changes: { name?: string; asvsVersion?: AsvsVersion; asvsLevel?: AsvsLevel }): ProjectRow {
  const p = getProject(db, projectId);
  db.prepare('UPDATE projects SET name = ?, asvs_version = ?, asvs_level = ? WHERE id = ?').run(
    changes.name ?? p.name,
    changes.asvsVersion ?? p.asvsVersion,
    changes.asvsLevel ?? p.asvsLevel,
    projectId,
  );
  return getProject(db, projectId);
}

/** Removes a project and its whole history (the only way append-only rows go away). */
export function deleteProject(db: StoreDb, projectId: number): void {
  db.prepare('DELETE FROM projects WHERE id = ?').run(projectId);
}
