// pyproject.toml: PEP 621 [project] dependencies and optional-dependencies, PEP 735
// [dependency-groups], Poetry's [tool.poetry.*dependencies] tables, and uv's dev-dependencies.
import type { Dependency, InventoryProblem, ReadOutcome } from './model.js';
import { dependencyOf, parseRequirement } from './names.js';
import { parseTomlDocument, strings, table, TomlLines, type TomlTable } from './toml-lines.js';

interface Ctx {
  path: string;
  lines: TomlLines;
  deps: Dependency[];
  problems: InventoryProblem[];
}

function addPep508(ctx: Ctx, text: string, headerLine: number, groups: string[]): void {
  const line = ctx.lines.string(headerLine, text);
  const req = parseRequirement(text);
  if (typeof req === 'string') {
    ctx.problems.push({ path: ctx.path, line, message: `not a requirement: ${req}` });
    return;
  }
  ctx.deps.push(dependencyOf({ ...req, path: ctx.path, line, groups, version: req.url ? null : undefined }));
}

function pep621(ctx: Ctx, doc: TomlTable): void {
  const project = table(doc.project);
  if (!project) return;
  const header = ctx.lines.header('project');
  if (project.dependencies !== undefined) {
    const list = strings(project.dependencies);
    if (!list) ctx.problems.push({ path: ctx.path, line: ctx.lines.key(header, 'dependencies'), message: '[project] dependencies is not a list of strings; not read' });
    for (const r of list ?? []) addPep508(ctx, r, header, ['main']);
  }
  const optional = table(project['optional-dependencies']);
  const optHeader = ctx.lines.header('project.optional-dependencies') || header;
  for (const [extra, value] of Object.entries(optional ?? {})) {
    const list = strings(value);
    if (!list) {
      ctx.problems.push({ path: ctx.path, line: ctx.lines.key(optHeader, extra), message: `optional-dependencies.${extra} is not a list of strings; not read` });
      continue;
    }
    for (const r of list) addPep508(ctx, r, optHeader, [extra]);
  }
}

function pep735(ctx: Ctx, doc: TomlTable): void {
  const groups = table(doc['dependency-groups']);
  if (!groups) return;
  const header = ctx.lines.header('dependency-groups');
  for (const [group, value] of Object.entries(groups)) {
    if (!Array.isArray(value)) {
      ctx.problems.push({ path: ctx.path, line: ctx.lines.key(header, group), message: `dependency-groups.${group} is not a list; not read` });
      continue;
    }
    // {include-group = "x"} entries name other groups; their members are listed under those groups.
    for (const item of value) if (typeof item === 'string') addPep508(ctx, item, header, [group]);
  }
  const uv = table(table(doc.tool)?.uv);
  const uvDev = strings(uv?.['dev-dependencies']);
  if (uvDev) for (const r of uvDev) addPep508(ctx, r, ctx.lines.header('tool.uv'), ['dev']);
}

/** A Poetry version constraint that names exactly one version ("1.2.3" or "==1.2.3"). */
function poetryExact(spec: string): string | null {
  const m = /^\s*(?:==\s*)?(\d+(?:\.\d+)*(?:[a-z]+\d*)?(?:\.post\d+)?(?:\.dev\d+)?(?:\+[a-z0-9.]+)?)\s*$/i.exec(spec);
  return m ? m[1]! : null;
}

function poetryTable(ctx: Ctx, deps: TomlTable, header: string, group: string): void {
  const headerLine = ctx.lines.header(header);
  for (const [name, value] of Object.entries(deps)) {
    if (name.toLowerCase() === 'python') continue;
    const line = ctx.lines.key(headerLine, name);
    const entries = Array.isArray(value) ? value : [value];
    // A list of constraint tables (per Python version or platform) declares one dependency.
    const first = entries[0];
    if (typeof first === 'string') {
      ctx.deps.push(dependencyOf({ declaredName: name, path: ctx.path, line, specifier: first, groups: [group], version: poetryExact(first) }));
      continue;
    }
    const t = table(first);
    if (!t) {
      ctx.problems.push({ path: ctx.path, line, message: `${header}.${name} is neither a version string nor a table; not read` });
      continue;
    }
    const spec = typeof t.version === 'string' ? t.version : '';
    const url = typeof t.git === 'string' ? `git+${t.git}` : typeof t.url === 'string' ? t.url : typeof t.path === 'string' ? t.path : null;
    const ref = [t.rev, t.tag, t.branch].find((x): x is string => typeof x === 'string') ?? null;
    const extras = strings(t.extras) ?? [];
    const groups = t.optional === true ? [] : [group];
    ctx.deps.push(
      dependencyOf({
        declaredName: name,
        path: ctx.path,
        line,
        specifier: spec,
        extras,
        marker: typeof t.markers === 'string' ? t.markers : null,
        url,
        vcsRef: url?.startsWith('git+') ? ref : null,
        editable: t.develop === true,
        groups,
        version: url ? null : poetryExact(spec),
      }),
    );
  }
}

function poetry(ctx: Ctx, doc: TomlTable): void {
  const p = table(table(doc.tool)?.poetry);
  if (!p) return;
  const main = table(p.dependencies);
  if (main) poetryTable(ctx, main, 'tool.poetry.dependencies', 'main');
  const dev = table(p['dev-dependencies']);
  if (dev) poetryTable(ctx, dev, 'tool.poetry.dev-dependencies', 'dev');
  for (const [group, value] of Object.entries(table(p.group) ?? {})) {
    const deps = table(table(value)?.dependencies);
    if (deps) poetryTable(ctx, deps, `tool.poetry.group.${group}.dependencies`, group);
  }
  // Optional dependencies are in the extras that name them.
  for (const [extra, names] of Object.entries(table(p.extras) ?? {})) {
    for (const n of strings(names) ?? []) {
      const d = ctx.deps.find((x) => x.declaredName === n && x.path === ctx.path);
      if (d) d.groups.push(extra);
    }
  }
}

export function readPyproject(path: string, text: string): ReadOutcome {
  const doc = parseTomlDocument(text);
  if (typeof doc === 'string') return { dependencies: [], problems: [{ path, line: null, message: doc }] };
  const ctx: Ctx = { path, lines: new TomlLines(text), deps: [], problems: [] };
  pep621(ctx, doc);
  pep735(ctx, doc);
  poetry(ctx, doc);
  return { dependencies: ctx.deps, problems: ctx.problems };
}

/** True when the pyproject describes an installable package (a library): its ranges are meant to be open. */
export function isLibraryProject(text: string): boolean {
  const doc = parseTomlDocument(text);
  if (typeof doc === 'string') return false;
  const poetry = table(table(doc.tool)?.poetry);
  if (poetry && poetry['package-mode'] === false) return false;
  return table(doc['build-system']) !== null || poetry !== null;
}
