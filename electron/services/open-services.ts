// Opens the database and builds every service around it: the one setup shared by Electron's main
// process and the e2e harness.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../store/index.js';
import { createDispatch, type Dispatch } from '../ipc-dispatch.js';
import { GeneratedLinks } from '../security/generated-links.js';
import { createAppServices, type AppServices } from './app-services.js';
import { importedAsvsText } from './asvs-text.js';
import type { Desktop, Dialogs, ServiceContext } from './context.js';
import { Preferences } from './preferences.js';
import type { ReportRenderers } from './reports-service.js';

export interface OpenServicesOptions {
  databasePath: string;
  dataDir: string;
  demoRoot: string | null;
  host: ServiceContext['host'];
  appVersion: string;
  dialogs: Dialogs;
  desktop: Desktop;
  renderers?: ReportRenderers;
  onError?: (channel: string, e: unknown) => void;
}

export interface OpenedServices extends AppServices {
  ctx: ServiceContext;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** The demo repository shipped with the source tree (test/fixtures/demo-shop), if present. */
export function sourceTreeDemoRoot(): string | null {
  const root = fileURLToPath(new URL('../../test/fixtures/demo-shop', import.meta.url));
  const fromDist = fileURLToPath(new URL('../../../test/fixtures/demo-shop', import.meta.url));
  return existsSync(root) ? root : existsSync(fromDist) ? fromDist : null;
}

export function openServices(options: OpenServicesOptions): OpenedServices {
  const db = openStore(options.databasePath);
  const ctx: ServiceContext = {
    db,
    dataDir: options.dataDir,
    databasePath: options.databasePath,
    demoRoot: options.demoRoot,
    host: options.host,
    appVersion: options.appVersion,
    dialogs: options.dialogs,
    desktop: options.desktop,
    links: new GeneratedLinks(),
    preferences: Preferences.inDataDir(options.dataDir),
  };
  const services = createAppServices(ctx, { renderers: options.renderers ?? {}, asvsText: importedAsvsText(options.dataDir) });
  return {
    ...services,
    ctx,
    dispatch: createDispatch(services.handlers, options.onError),
    async close() {
      services.scans.cancelAll();
      await services.scans.idle();
      db.close();
    },
  };
}
