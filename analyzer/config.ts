// Project configuration: `assay.toml` at the root, else `[tool.assay]` in pyproject.toml, or a file
// named on the command line. The config lives in the scanned repository, so it is validated
// strictly: a typo or a wrong type is an error naming the file and the key, never silently ignored.
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { z } from 'zod';
import { SEVERITIES, type Severity } from './types.js';
import { DEFAULT_MAX_FILE_SIZE } from './discovery/discover.js';

export interface PerFileIgnore {
  /** Gitignore-syntax pattern relative to the root. */
  pattern: string;
  /** Rule ids, or '*' for every rule. */
  rules: string[];
}

export interface AssayConfig {
  /** The file the settings came from, or null for defaults. */
  source: string | null;
  exclude: string[];
  minSeverity: Severity | null;
  maxFileSize: number;
  respectGitignore: boolean;
  rules: { enable: string[] | null; disable: string[] };
  perFileIgnores: PerFileIgnore[];
  failOn: Severity | null;
  /** Opt-in: open hotspots at or above this severity fail the scan too. */
  failOnHotspots: Severity | null;
  /** Package names the project knows to be right (internal packages): never reported as near misses. */
  knownPackages: string[];
}

export const DEFAULT_CONFIG: AssayConfig = Object.freeze({
  source: null,
  exclude: [],
  minSeverity: null,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  respectGitignore: true,
  rules: { enable: null, disable: [] },
  perFileIgnores: [],
  failOn: null,
  failOnHotspots: null,
  knownPackages: [],
});

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ConfigError';
  }
}

const SIZE = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$/i;
const UNITS: Record<string, number> = { b: 1, kb: 1000, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };

export function parseSize(value: number | string): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null;
  const m = SIZE.exec(value);
  if (!m) return null;
  const bytes = Math.round(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]!);
  return bytes > 0 ? bytes : null;
}

const ruleId = z.string().regex(/^PY-[A-Z0-9-]+$/, 'a rule id such as PY-DESER-YAML');
const severity = z.enum(SEVERITIES, { error: `one of ${SEVERITIES.join(', ')}` });

const schema = z.strictObject({
  exclude: z.array(z.string().min(1)).optional(),
  'min-severity': severity.optional(),
  'fail-on': severity.optional(),
  'fail-on-hotspots': severity.optional(),
  'known-packages': z.array(z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/, 'a package name')).optional(),
  'max-file-size': z
    .union([z.number(), z.string()])
    .refine((v) => parseSize(v) !== null, 'a positive size: bytes as a number, or text such as "2MiB" or "500KB"')
    .optional(),
  'respect-gitignore': z.boolean().optional(),
  rules: z.strictObject({ enable: z.array(ruleId).optional(), disable: z.array(ruleId).optional() }).optional(),
  'per-file-ignores': z.record(z.string().min(1), z.array(z.union([ruleId, z.literal('*')]))).optional(),
});

export const CONFIG_KEYS = Object.keys(schema.shape);

function describeIssue(issue: z.core.$ZodIssue, prefix: string): string {
  const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  if (issue.code === 'unrecognized_keys') {
    const where = key ? ` in ${key}` : '';
    const valid = key.endsWith('rules') ? 'enable, disable' : CONFIG_KEYS.join(', ');
    return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}${where} (valid keys: ${valid})`;
  }
  return `${key || 'the table'}: ${issue.message}`;
}

/** Validate an already-parsed TOML table. `prefix` is the table's name in messages (`tool.assay`). */
export function configFromTable(table: unknown, file: string, prefix = ''): AssayConfig {
  const parsed = schema.safeParse(table);
  if (!parsed.success) {
    throw new ConfigError(file, parsed.error.issues.map((i) => describeIssue(i, prefix)).join('; '));
  }
  const c = parsed.data;
  return {
    source: file,
    exclude: c.exclude ?? [],
    minSeverity: c['min-severity'] ?? null,
    failOn: c['fail-on'] ?? null,
    failOnHotspots: c['fail-on-hotspots'] ?? null,
    knownPackages: c['known-packages'] ?? [],
    maxFileSize: c['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(c['max-file-size'])!,
    respectGitignore: c['respect-gitignore'] ?? true,
    rules: { enable: c.rules?.enable ?? null, disable: c.rules?.disable ?? [] },
    perFileIgnores: Object.entries(c['per-file-ignores'] ?? {}).map(([pattern, rules]) => ({ pattern, rules })),
  };
}

function parseTomlText(text: string, file: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    throw new ConfigError(file, `not valid TOML: ${message}`);
  }
}

/** Parse config text. A pyproject.toml without `[tool.assay]` gives null (no Assay settings there). */
export function parseConfigText(text: string, file: string): AssayConfig | null {
  const doc = parseTomlText(text, file);
  if (basename(file) === 'pyproject.toml') {
    const tool = doc.tool as Record<string, unknown> | undefined;
    if (!tool || typeof tool !== 'object' || !('assay' in tool)) return null;
    return configFromTable(tool.assay, file, 'tool.assay');
  }
  return configFromTable(doc, file);
}

async function readIfFile(path: string, root?: string): Promise<string | null> {
  try {
    // The repository's own config file is hostile input: a symlink out of it is never followed.
    if (root !== undefined && (await lstat(path)).isSymbolicLink()) {
      const [real, top] = await Promise.all([realpath(path), realpath(root)]);
      if (real !== top && !real.startsWith(top.endsWith(sep) ? top : top + sep)) {
        throw new ConfigError(path, 'is a symlink to a file outside the scanned folder; Assay does not follow it. Replace it with a regular file, or pass the settings with --config.');
      }
    }
    const info = await stat(path);
    if (info.isDirectory() && root === undefined) throw new ConfigError(path, 'is a folder. Give the path of an assay.toml or a pyproject.toml to --config.');
    if (!info.isFile()) {
      if (root === undefined) throw new ConfigError(path, 'is not a regular file (a device, pipe or socket). Give the path of an assay.toml or a pyproject.toml to --config.');
      return null;
    }
    if (info.size > 1024 * 1024) throw new ConfigError(path, 'larger than 1 MiB; not a configuration file');
    return await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new ConfigError(path, `cannot be read (${code ?? String(err)})`);
  }
}

/**
 * The configuration for a scan of `root`. An explicit file must exist and hold Assay settings;
 * otherwise assay.toml wins over pyproject.toml, and neither present means defaults.
 */
export async function loadConfig(root: string, explicitFile?: string): Promise<AssayConfig> {
  if (explicitFile) {
    const text = await readIfFile(explicitFile);
    if (text === null) throw new ConfigError(explicitFile, 'no such file. Check the path given to --config.');
    const config = parseConfigText(text, explicitFile);
    if (!config) throw new ConfigError(explicitFile, 'has no [tool.assay] table. Add one, or point --config at an assay.toml.');
    return config;
  }
  for (const name of ['assay.toml', 'pyproject.toml']) {
    const path = join(root, name);
    const text = await readIfFile(path, root);
    if (text === null) continue;
    const config = parseConfigText(text, path);
    if (config) return config;
  }
  return { ...DEFAULT_CONFIG, rules: { enable: null, disable: [] } };
}
