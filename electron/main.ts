// Assay's main process: owns the database, scans, reports and dialogs; serves the renderer from
// the app protocol; answers the typed IPC channels of ipc-contract.ts and nothing else.
import { app, BrowserWindow, Menu } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDatabasePath, defaultDataDir } from '../store/index.js';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import { electronDesktop, electronDialogs } from './desktop-integration.js';
import { registerIpc } from './ipc-register.js';
import { denyAllPermissions, hardenEveryWebContents } from './security/harden-web-contents.js';
import { openServices, sourceTreeDemoRoot, type OpenedServices } from './services/open-services.js';
import { createMainWindow } from './window.js';
import { electronPdfRenderer } from './electron-pdf.js';
import { reportRenderers } from './services/report-renderers.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preload = join(here, 'preload.cjs');

/** Packaged builds carry the demo as an extra resource; a checkout uses the source tree's copy. */
function demoRoot(): string | null {
  const packaged = join(process.resourcesPath ?? '', 'demo-shop');
  if (app.isPackaged && existsSync(packaged)) return packaged;
  return sourceTreeDemoRoot();
}

function iconPath(): string | undefined {
  const candidates = [join(here, '..', '..', 'build', 'icon.png'), join(process.resourcesPath ?? '', 'icon.png')];
  return candidates.find((p) => existsSync(p));
}

registerAppScheme();
hardenEveryWebContents();
app.enableSandbox();
// One instance per user: two would write the same database from two processes.
if (!app.requestSingleInstanceLock()) app.quit();

let services: OpenedServices | null = null;

async function start(): Promise<void> {
  await app.whenReady();
  denyAllPermissions();
  serveRenderer(rendererDir);
  if (app.isPackaged) Menu.setApplicationMenu(null);
  const dataDir = process.env.ASSAY_DATA_DIR ?? defaultDataDir();
  services = openServices({
    databasePath: process.env.ASSAY_DB ?? defaultDatabasePath(),
    dataDir,
    demoRoot: demoRoot(),
    host: 'electron',
    appVersion: app.getVersion(),
    dialogs: electronDialogs,
    desktop: electronDesktop,
    renderers: reportRenderers(electronPdfRenderer),
    onError: (channel, e) => console.error(`[assay] ${channel} failed:`, e),
  });
  registerIpc(services.dispatch);
  createMainWindow(preload, iconPath());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preload, iconPath());
  });
}

app.on('second-instance', () => {
  const win = BrowserWindow.getAllWindows()[0];
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', (event) => {
  if (!services) return;
  const closing = services;
  services = null;
  event.preventDefault();
  void closing.close().finally(() => app.quit());
});

start().catch((e: unknown) => {
  console.error('[assay] could not start:', e);
  app.exit(1);
});
