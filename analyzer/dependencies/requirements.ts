// pip requirements and constraints files, read as text: never handed to pip, never fetched.
// Each logical line (after `\` continuations and comments) is an option, a PEP 508 requirement,
// or a URL/path requirement; includes (-r/-c) are returned for the caller to resolve inside the root.
import type { InventoryProblem, PackageIndex, ReadOutcome } from './model.js';
import { dependencyOf, eggName, normalizeName, parseRequirement, pinnedVersion } from './names.js';

export interface Include {
  kind: 'requirements' | 'constraints';
  /** As written (relative to the including file's folder). */
  target: string;
  line: number;
}

export interface RequirementsOutcome extends ReadOutcome {
  includes: Include[];
}

interface LogicalLine {
  text: string;
  line: number;
}

/** Joins `\` continuations and drops comments (`#` at the start or after whitespace). */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let buffer = '';
  let start = 0;
  physical.forEach((raw, i) => {
    if (buffer === '') start = i + 1;
    const uncommented = raw.replace(/(^|\s)#.*$/, '');
    if (/\\$/.test(uncommented)) {
      buffer += uncommented.slice(0, -1) + ' ';
      return;
    }
    buffer += uncommented;
    if (buffer.trim()) out.push({ text: buffer.trim(), line: start });
    buffer = '';
  });
  if (buffer.trim()) out.push({ text: buffer.trim(), line: start });
  return out;
}

// Options that take a value, as pip spells them; the requirement-level ones (--hash, --config-settings) are kept per line.
const INCLUDE = /^(-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)$/;
const INDEX = /^(-i|--index-url|--extra-index-url|-f|--find-links)(?:\s*=\s*|\s+)(\S+)$/;
const GLOBAL = /^(--pre|--no-index|--prefer-binary|--require-hashes|--only-binary|--no-binary|--trusted-host|--use-feature|-Z|--always-unzip)(\b|=|\s)/;
const EDITABLE = /^(-e|--editable)(?:\s*=\s*|\s+)(.+)$/;

/** `requirements-dev.txt`, `requirements/test.txt` → the group its name implies. */
export function groupOfRequirementsFile(path: string): string {
  const parts = path.toLowerCase().split('/');
  const file = parts.at(-1)!.replace(/\.(txt|in)$/, '');
  const parent = parts.at(-2) ?? '';
  const stem = parent === 'requirements' ? file : file.replace(/^requirements?[-_.]?/, '');
  if (/^(dev|develop|development|local)$/.test(stem)) return 'dev';
  if (/^(test|tests|testing|ci)$/.test(stem)) return 'test';
  if (/^(docs?|lint|typing|mypy)$/.test(stem)) return stem;
  return 'main';
}

export function readRequirements(path: string, text: string, kind: 'requirements' | 'constraints' = 'requirements'): RequirementsOutcome {
  const problems: InventoryProblem[] = [];
  const indexes: PackageIndex[] = [];
  const includes: Include[] = [];
  const dependencies: RequirementsOutcome['dependencies'] = [];
  const group = groupOfRequirementsFile(path);
  for (const { text: lineText, line } of logicalLines(text)) {
    const include = INCLUDE.exec(lineText);
    if (include) {
      includes.push({ kind: include[1]!.startsWith('-c') || include[1] === '--constraint' ? 'constraints' : 'requirements', target: include[2]!, line });
      continue;
    }
    const index = INDEX.exec(lineText);
    if (index) {
      indexes.push({ url: index[2]!, path, line });
      continue;
    }
    if (GLOBAL.test(lineText)) continue;
    let body = lineText;
    let editable = false;
    const e = EDITABLE.exec(lineText);
    if (e) {
      editable = true;
      body = e[2]!.trim();
    }
    // Per-requirement options follow the requirement: --hash=…, --config-settings=…, --global-option=….
    const hashes: string[] = [];
    body = body
      .replace(/\s--hash[=\s]\s*([A-Za-z0-9]+:[A-Fa-f0-9]+)/g, (_m, h: string) => {
        hashes.push(h.toLowerCase());
        return '';
      })
      .replace(/\s--(config-settings|global-option|install-option)[=\s]\s*\S+/g, '')
      .trim();
    if (body.startsWith('-')) {
      problems.push({ path, line, message: `unknown option "${body.split(/\s/)[0]}"; line not read` });
      continue;
    }
    const looksLikeUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(body) || /^(\.{1,2}[\\/]|\/|file:)/.test(body) || body === '.';
    if (looksLikeUrl) {
      const url = body.split(/\s+;/)[0]!.trim();
      const name = eggName(url);
      if (!name) {
        // A local project or archive without a name: installable, but not a named component.
        problems.push({ path, line, message: `"${url}" names no package; write NAME @ URL or add #egg=NAME so it can be listed` });
        continue;
      }
      dependencies.push(dependencyOf({ declaredName: name, path, line, url, editable, hashes, groups: [group] }));
      continue;
    }
    const req = parseRequirement(body);
    if (typeof req === 'string') {
      problems.push({ path, line, message: `not a requirement: ${req}` });
      continue;
    }
    dependencies.push(
      dependencyOf({
        declaredName: req.declaredName,
        path,
        line,
        specifier: req.specifier,
        extras: req.extras,
        marker: req.marker,
        url: req.url,
        editable,
        hashes,
        groups: [group],
        version: req.url ? null : pinnedVersion(req.specifier),
      }),
    );
  }
  if (kind === 'constraints') for (const d of dependencies) d.groups = [];
  return { dependencies, indexes, problems, includes };
}

/** Exact pins of a constraints file, by PEP 503 name. */
export function constraintPins(outcome: ReadOutcome): Map<string, { version: string; path: string; line: number }> {
  const pins = new Map<string, { version: string; path: string; line: number }>();
  for (const d of outcome.dependencies) if (d.version) pins.set(normalizeName(d.name), { version: d.version, path: d.path, line: d.line });
  return pins;
}
