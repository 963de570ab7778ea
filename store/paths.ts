// Where the desktop app and the command line keep their data by default: the same directory
// Electron's app.getPath('userData') gives for productName "Assay", so both share one database.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Assay';
export const DATABASE_FILE = 'assay.db';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.ASSAY_DATA_DIR) return env.ASSAY_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultDataDir(env), DATABASE_FILE);
}
