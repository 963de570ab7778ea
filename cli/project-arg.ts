// Which project a command speaks about: --project PATH or NAME, else the current folder. Only
// `scan` and `import` create projects; everything else refuses one that does not exist, saying how
// to name it.
import { resolve } from 'node:path';
import { findProjectByRoot, listProjects, type ProjectRow, type StoreDb } from '../store/index.js';
import { InputError } from './errors.js';

export function existingProject(db: StoreDb, cwd: string, flag: string | undefined): ProjectRow {
  const root = resolve(cwd, flag ?? '.');
  const byRoot = findProjectByRoot(db, root);
  if (byRoot) return byRoot;
  const all = listProjects(db);
  const byName = flag ? all.filter((p) => p.name === flag) : [];
  if (byName.length === 1) return byName[0]!;
  const known = all.length ? ` Known projects: ${all.slice(0, 8).map((p) => `${p.name} (${p.rootPath})`).join(', ')}${all.length > 8 ? ', …' : ''}.` : '';
  const what = flag ? `No project ${flag} in this database` : `${root} is not a scanned project in this database`;
  throw new InputError(`${what}. Scan it first (\`assay scan PATH\`), or name a project with --project PATH|NAME (and --db if you scanned into another database).${known}`);
}
