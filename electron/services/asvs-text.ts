// The official ASVS requirement text, once the user imports OWASP's JSON export. The importer
// belongs to asvs/ (issue 4); until it lands, this build says so instead of guessing.
import type { AsvsTextSource } from './app-services.js';
import { ServiceError } from './service-error.js';

export function unavailableAsvsText(): AsvsTextSource {
  return {
    officialText: () => null,
    imported: () => [],
    importFile: () => {
      throw new ServiceError('unavailable', 'This build cannot import the official ASVS JSON yet.');
    },
  };
}
