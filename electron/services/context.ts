// What every service works with. Electron's main fills it with real dialogs and shell; the browser
// test harness fills it with a temp database and a dialog that answers with a chosen folder.
import type { StoreDb } from '../../store/index.js';
import type { GeneratedLinks } from '../security/generated-links.js';
import type { Preferences } from './preferences.js';

export interface Dialogs {
  /** The folder dialog; null when the person cancels. */
  pickFolder(): Promise<string | null>;
  /** The open-file dialog for the official ASVS JSON; null when cancelled. */
  pickAsvsFile(): Promise<string | null>;
  /** An OSV advisory file (.json or osv.dev's .zip); null when cancelled. */
  pickAdvisoryFile(): Promise<string | null>;
  /** A folder of OSV records; null when cancelled. */
  pickAdvisoryFolder(): Promise<string | null>;
  /** Files to attach to an attestation as evidence; null when cancelled. */
  pickEvidenceFiles(): Promise<string[] | null>;
  /** Where to save a downloaded evidence file; null when cancelled. */
  saveEvidenceAs(name: string): Promise<string | null>;
}

export interface Desktop {
  /** Shows a file in the OS file manager. */
  reveal(path: string): void;
  /** Opens an https URL in the default browser (already checked against GeneratedLinks). */
  openExternal(url: string): Promise<void>;
}

export interface ServiceContext {
  db: StoreDb;
  dataDir: string;
  databasePath: string;
  /** The bundled demo repository, or null when this build does not ship it. */
  demoRoot: string | null;
  host: 'electron' | 'harness';
  appVersion: string;
  dialogs: Dialogs;
  desktop: Desktop;
  links: GeneratedLinks;
  preferences: Preferences;
}
