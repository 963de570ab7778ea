// Where the analysis cache lives: a folder beside the history database, so the CLI and the desktop
// app (which share that database) share the cache too.
import { dirname, join } from 'node:path';

export function analysisCacheDir(databasePath: string): string {
  return join(dirname(databasePath), 'analysis-cache');
}
