// The official ASVS requirement text, once the user imports OWASP's JSON export: validated by
// asvs/official-import.ts, kept as a copy in the data directory (the text is CC BY-SA and never
// ships with Assay), and read back on start.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAgainstCatalogue, OfficialExportError, parseOfficialExport, type OfficialExport } from '../../asvs/official-import.js';
import type { AsvsTextSource } from './app-services.js';
import { ServiceError } from './service-error.js';

const MAX_BYTES = 20 * 1024 * 1024;

export function importedAsvsText(dataDir: string): AsvsTextSource {
  const dir = join(dataDir, 'asvs-official');
  const texts = new Map<string, Map<string, string>>();
  const load = (json: unknown): OfficialExport => {
    const parsed = parseOfficialExport(json);
    texts.set(parsed.version, parsed.requirements);
    return parsed;
  };
  try {
    for (const f of readdirSync(dir)) if (f.endsWith('.json')) load(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  } catch {
    // Nothing imported yet, or a copy damaged by hand: the summaries still show.
  }
  return {
    officialText: (version, id) => texts.get(version)?.get(id) ?? null,
    imported: () => [...texts.keys()].sort(),
    importFile(path) {
      let raw: string;
      try {
        raw = readFileSync(path, 'utf8');
      } catch (e) {
        throw new ServiceError('io', `Cannot read ${path}: ${(e as Error).message}`);
      }
      if (raw.length > MAX_BYTES) throw new ServiceError('invalid-request', 'That file is too large to be an ASVS export.');
      let parsed: OfficialExport;
      try {
        const json = JSON.parse(raw) as unknown;
        parsed = parseOfficialExport(json);
        const check = checkAgainstCatalogue(parsed);
        if (check.known && (check.missing.length || check.extra.length || check.levelMismatch.length)) {
          throw new ServiceError('invalid-request', `This ASVS ${parsed.version} file does not match the official catalogue (${check.missing.length} missing, ${check.extra.length} unknown, ${check.levelMismatch.length} with other levels); it may be modified or truncated.`);
        }
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${parsed.version.replace(/[^0-9A-Za-z.-]/g, '_')}.json`), raw);
        load(json);
      } catch (e) {
        if (e instanceof ServiceError) throw e;
        if (e instanceof OfficialExportError || e instanceof SyntaxError) throw new ServiceError('invalid-request', `Not an official ASVS JSON export: ${e.message}`);
        throw e;
      }
      return { version: parsed.version, requirements: parsed.requirements.size };
    },
  };
}
