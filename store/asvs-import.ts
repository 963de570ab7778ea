// Keeps an imported official ASVS export in the user's data directory, so the app and the command line
// can show the full official requirement text beside Assay's own summary. Only the validated text is
// kept (one small JSON file per version), never the user's original file path.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readInputFile } from './read-input.js';
import { join } from 'node:path';
import { checkAgainstCatalogue, parseOfficialExport, type CatalogueCheck } from '../asvs/official-import.js';
import { defaultDataDir } from './paths.js';

export { OfficialExportError } from '../asvs/official-import.js';

const DIR = 'asvs';
const PREFIX = 'official-';

export interface ImportedStandard {
  version: string;
  name: string;
  requirementCount: number;
  importedAt: string;
  /** Where it was saved. */
  path: string;
  check: CatalogueCheck;
}

interface StoredFile {
  format: 'assay-asvs-official/1';
  version: string;
  name: string;
  importedAt: string;
  requirements: Record<string, string>;
}

export class AsvsImportError extends Error {
  override name = 'AsvsImportError';
}

function fileFor(dataDir: string, version: string): string {
  return join(dataDir, DIR, `${PREFIX}${version}.json`);
}

/**
 * Validates `content` (the text of an official export, or already-parsed JSON) and saves it, replacing an
 * earlier import of the same version. Throws OfficialExportError naming the bad field, or AsvsImportError
 * when a known version's ids or levels disagree with the official ones (a modified file).
 */
export function importOfficialExport(content: string | unknown, dataDir: string = defaultDataDir(), now: Date = new Date()): ImportedStandard {
  let json: unknown = content;
  if (typeof content === 'string') {
    try {
      json = JSON.parse(content.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new AsvsImportError(`not JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const parsed = parseOfficialExport(json);
  const check = checkAgainstCatalogue(parsed);
  if (check.known && (check.missing.length > 0 || check.extra.length > 0 || check.levelMismatch.length > 0)) {
    const parts = [
      check.missing.length ? `missing ${list(check.missing)}` : '',
      check.extra.length ? `unknown ${list(check.extra)}` : '',
      check.levelMismatch.length ? `different level for ${list(check.levelMismatch)}` : '',
    ].filter(Boolean);
    throw new AsvsImportError(`this ${parsed.version} file does not match the official ASVS ${parsed.version}: ${parts.join('; ')}`);
  }
  const stored: StoredFile = {
    format: 'assay-asvs-official/1',
    version: parsed.version,
    name: parsed.name,
    importedAt: now.toISOString(),
    requirements: Object.fromEntries(parsed.requirements),
  };
  const path = fileFor(dataDir, parsed.version);
  mkdirSync(join(dataDir, DIR), { recursive: true });
  // Write then rename, so a crash never leaves a half-written file where a good one was.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(stored));
  renameSync(tmp, path);
  return { version: parsed.version, name: parsed.name, requirementCount: parsed.requirements.size, importedAt: stored.importedAt, path, check };
}

/** The official export is about 1 MB; anything far larger is not one. */
export const MAX_ASVS_EXPORT_BYTES = 32 * 1024 * 1024;

/** Reads a file from disk (a regular file under the cap) and imports it. */
export function importOfficialExportFile(file: string, dataDir: string = defaultDataDir(), now: Date = new Date()): ImportedStandard {
  let text: string;
  try {
    text = readInputFile(file, MAX_ASVS_EXPORT_BYTES, 'the official ASVS JSON export').toString('utf8');
  } catch (err) {
    throw new AsvsImportError(err instanceof Error ? err.message : String(err));
  }
  return importOfficialExport(text, dataDir, now);
}

/** The imported official text of a version (id → description), or null when none was imported. */
export function loadOfficialText(version: string, dataDir: string = defaultDataDir()): Map<string, string> | null {
  const path = fileFor(dataDir, version);
  if (!existsSync(path)) return null;
  let stored: StoredFile;
  try {
    stored = JSON.parse(readFileSync(path, 'utf8')) as StoredFile;
  } catch (err) {
    throw new AsvsImportError(`the imported ASVS ${version} text at ${path} cannot be read (${err instanceof Error ? err.message : String(err)}); import the official file again`);
  }
  if (stored.format !== 'assay-asvs-official/1' || stored.version !== version || typeof stored.requirements !== 'object') {
    throw new AsvsImportError(`the imported ASVS ${version} text at ${path} is not in Assay's format; import the official file again`);
  }
  return new Map(Object.entries(stored.requirements));
}

/** Versions whose official text has been imported, e.g. ['4.0.3', '5.0.0']. */
export function importedVersions(dataDir: string = defaultDataDir()): string[] {
  const dir = join(dataDir, DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith('.json'))
    .map((f) => f.slice(PREFIX.length, -'.json'.length))
    .sort();
}

function list(ids: readonly string[]): string {
  return ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ');
}
