// Pipfile (TOML, pipenv's declarations) and Pipfile.lock (JSON, pipenv's resolution).
import type { Dependency, InventoryProblem, PackageIndex, ReadOutcome } from './model.js';
import { dependencyOf, normalizeName, pinnedVersion } from './names.js';
import { parseTomlDocument, strings, table, TomlLines } from './toml-lines.js';

/** Pipfile.lock `_meta.pipfile-spec` versions read. */
export const KNOWN_PIPFILE_SPECS = [6];

function groupOfCategory(category: string): string {
  return category === 'packages' || category === 'default' ? 'main' : category === 'dev-packages' || category === 'develop' ? 'dev' : category;
}

export function readPipfile(path: string, text: string): ReadOutcome {
  const doc = parseTomlDocument(text);
  if (typeof doc === 'string') return { dependencies: [], problems: [{ path, line: null, message: doc }] };
  const lines = new TomlLines(text);
  const deps: Dependency[] = [];
  const problems: InventoryProblem[] = [];
  const indexes: PackageIndex[] = [];
  const sources = Array.isArray(doc.source) ? doc.source : [];
  sources.forEach((s, i) => {
    const url = table(s)?.url;
    if (typeof url === 'string') indexes.push({ url, path, line: lines.key(lines.header('source', i), 'url') });
  });
  for (const [category, value] of Object.entries(doc)) {
    // Categories are the tables holding packages: [packages], [dev-packages] and custom ones.
    if (category === 'source' || category === 'requires' || category === 'scripts' || category === 'pipenv') continue;
    const pkgs = table(value);
    if (!pkgs) continue;
    const header = lines.header(category);
    for (const [name, spec] of Object.entries(pkgs)) {
      const line = lines.key(header, name);
      const groups = [groupOfCategory(category)];
      if (typeof spec === 'string') {
        const specifier = spec === '*' ? '' : spec;
        deps.push(dependencyOf({ declaredName: name, path, line, specifier: spec === '*' ? '*' : specifier, version: pinnedVersion(specifier), groups }));
        continue;
      }
      const t = table(spec);
      if (!t) {
        problems.push({ path, line, message: `[${category}] ${name} is neither a version string nor a table; not read` });
        continue;
      }
      const vcs = (['git', 'hg', 'svn', 'bzr'] as const).find((k) => typeof t[k] === 'string');
      const url = vcs ? `${vcs}+${String(t[vcs])}` : typeof t.file === 'string' ? t.file : typeof t.path === 'string' ? t.path : null;
      const specifier = typeof t.version === 'string' ? t.version : '';
      deps.push(
        dependencyOf({
          declaredName: name,
          path,
          line,
          specifier,
          extras: strings(t.extras) ?? [],
          marker: typeof t.markers === 'string' ? t.markers : null,
          url,
          vcsRef: vcs ? ([t.ref, t.tag, t.branch].find((x): x is string => typeof x === 'string') ?? null) : null,
          editable: t.editable === true,
          groups,
          version: url ? null : pinnedVersion(specifier === '*' ? '' : specifier),
        }),
      );
    }
  }
  return { dependencies: deps, problems, indexes };
}

function jsonKeyLine(text: string, key: string, after: number): number {
  const lines = text.split(/\r\n|\r|\n/);
  const needle = `"${key}"`;
  for (let i = Math.max(0, after - 1); i < lines.length; i++) if (lines[i]!.trimStart().startsWith(needle)) return i + 1;
  return after || 1;
}

export function readPipfileLock(path: string, text: string): ReadOutcome {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { dependencies: [], problems: [{ path, line: null, message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const root = table(doc);
  const spec = table(root?._meta)?.['pipfile-spec'];
  if (!root || !KNOWN_PIPFILE_SPECS.includes(spec as number)) {
    return { dependencies: [], problems: [{ path, line: null, message: `Pipfile.lock pipfile-spec ${JSON.stringify(spec ?? null)} is not one Assay reads (known: ${KNOWN_PIPFILE_SPECS.join(', ')}); its packages are not in the inventory` }] };
  }
  const deps: Dependency[] = [];
  const problems: InventoryProblem[] = [];
  const byName = new Map<string, Dependency>();
  for (const category of Object.keys(root)) {
    if (category === '_meta') continue;
    const pkgs = table(root[category]);
    if (!pkgs) continue;
    const start = jsonKeyLine(text, category, 1);
    for (const [name, value] of Object.entries(pkgs)) {
      const t = table(value);
      const line = jsonKeyLine(text, name, start);
      const version = typeof t?.version === 'string' ? pinnedVersion(t.version) : null;
      const group = groupOfCategory(category);
      const known = byName.get(normalizeName(name));
      if (known) {
        known.groups.push(group);
        continue;
      }
      if (!t || (!version && typeof t.git !== 'string' && typeof t.path !== 'string' && typeof t.file !== 'string')) {
        problems.push({ path, line, message: `${category}.${name} has no "==" version; skipped` });
        continue;
      }
      const url = typeof t.git === 'string' ? `git+${t.git}` : typeof t.file === 'string' ? t.file : typeof t.path === 'string' ? t.path : null;
      const d = dependencyOf({
        declaredName: name,
        path,
        line,
        version,
        hashes: (strings(t.hashes) ?? []).map((h) => h.toLowerCase()),
        marker: typeof t.markers === 'string' ? t.markers : null,
        url,
        vcsRef: typeof t.ref === 'string' ? t.ref : null,
        direct: false,
        groups: [group],
        lockedBy: path,
      });
      byName.set(d.name, d);
      deps.push(d);
    }
  }
  return { dependencies: deps, problems };
}
