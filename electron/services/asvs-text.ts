// The official ASVS requirement text, once the user imports OWASP's JSON export. Validation and
// storage are store/asvs-import.ts's, the same files `assay asvs import` writes, so a text imported
// on the command line shows in the app and back. The text is CC BY-SA and never ships with Assay.
import { statSync } from 'node:fs';
import { OfficialExportError } from '../../asvs/official-import.js';
import { AsvsImportError, importedVersions, importOfficialExportFile, loadOfficialText } from '../../store/asvs-import.js';
import type { AsvsTextSource } from './app-services.js';
import { ServiceError } from './service-error.js';

const MAX_BYTES = 20 * 1024 * 1024;

export function importedAsvsText(dataDir: string): AsvsTextSource {
  const texts = new Map<string, Map<string, string>>();
  const load = (version: string) => {
    try {
      const text = loadOfficialText(version, dataDir);
      if (text) texts.set(version, text);
    } catch {
      // A copy damaged by hand: the summaries still show, and a new import replaces it.
    }
  };
  for (const version of importedVersions(dataDir)) load(version);
  return {
    officialText: (version, id) => texts.get(version)?.get(id) ?? null,
    imported: () => [...texts.keys()].sort(),
    importFile(path) {
      let size: number;
      try {
        size = statSync(path).size;
      } catch (e) {
        throw new ServiceError('io', `Cannot read ${path}: ${(e as Error).message}`);
      }
      if (size > MAX_BYTES) throw new ServiceError('invalid-request', 'That file is too large to be an ASVS export.');
      try {
        const imported = importOfficialExportFile(path, dataDir);
        load(imported.version);
        return { version: imported.version, requirements: imported.requirementCount };
      } catch (e) {
        if (e instanceof OfficialExportError || e instanceof AsvsImportError) {
          throw new ServiceError('invalid-request', `Not an official ASVS JSON export: ${e.message}`);
        }
        throw e;
      }
    },
  };
}
