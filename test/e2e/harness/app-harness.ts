// The app without Electron: the built renderer in Chromium, with the built preload evaluated in the
// page against a stand-in `electron` module whose ipcRenderer.invoke goes through page.exposeBinding
// to the real services (real store on a temp SQLite file, real scans in a worker, real reports).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openServices, sourceTreeDemoRoot, type OpenedServices } from '../../../electron/services/open-services.js';
import { serveDirectory, type StaticServer } from './static-server.js';
import { chromiumPdfRenderer } from '../../../report/chromium/chromium-pdf.js';
import { reportRenderers } from '../../../electron/services/report-renderers.js';
import { CHROMIUM_PATH } from './chromium.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RENDERER_DIR = join(ROOT, 'dist', 'renderer');
export const PRELOAD_FILE = join(ROOT, 'dist', 'electron', 'preload.cjs');
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'e2e');

/** Runs in the page before any of its scripts: records script execution and CSP violations. */
const HOOKS = `
  Object.defineProperty(window, '__assayExecuted', { value: [], writable: false });
  Object.defineProperty(window, '__pwned', { value: (tag) => window.__assayExecuted.push(String(tag)), writable: false });
  Object.defineProperty(window, '__cspViolations', { value: [], writable: false });
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
`;

function preloadShim(preloadSource: string): string {
  // The same wrapper shape Electron gives a sandboxed preload: exports, require, module.
  return `
  (() => {
    const electron = {
      contextBridge: { exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: api, writable: false, configurable: false }) },
      ipcRenderer: { invoke: (channel, payload) => window.__assayInvoke(channel, payload) },
    };
    const require = (name) => { if (name === 'electron') return electron; throw new Error('a sandboxed preload cannot require ' + name); };
    const module = { exports: {} };
    (function (exports, require, module) {\n${preloadSource}\n})(module.exports, require, module);
  })();`;
}

export interface HarnessOptions {
  /** What the folder dialog answers (null = the person cancelled). */
  pickFolder?: () => string | null;
  /** What the ASVS import dialog answers. */
  pickAsvsFile?: () => string | null;
  /** What the advisory import dialogs answer. */
  pickAdvisory?: (kind: 'file' | 'folder') => string | null;
  pickEvidenceFiles?: () => string[] | null;
  saveEvidenceAs?: (name: string) => string | null;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Reuse a data directory (and its database) from an earlier harness. */
  dataDir?: string;
}

export interface Harness {
  page: Page;
  context: BrowserContext;
  services: OpenedServices;
  dataDir: string;
  origin: string;
  /** Page errors and console errors seen so far. */
  errors: string[];
  opened: string[];
  shot(name: string): Promise<string>;
  close(options?: { keepData?: boolean }): Promise<void>;
}

export function requireBuilt(): void {
  for (const f of [join(RENDERER_DIR, 'index.html'), PRELOAD_FILE]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` first (npm test does).`);
  }
}

export async function openApp(browser: Browser, options: HarnessOptions = {}): Promise<Harness> {
  requireBuilt();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'assay-e2e-'));
  const opened: string[] = [];
  const services = openServices({
    databasePath: join(dataDir, 'assay.db'),
    dataDir,
    demoRoot: sourceTreeDemoRoot(),
    host: 'harness',
    appVersion: 'e2e',
    dialogs: {
      pickFolder: async () => options.pickFolder?.() ?? null,
      pickAsvsFile: async () => options.pickAsvsFile?.() ?? null,
      pickAdvisoryFile: async () => options.pickAdvisory?.('file') ?? null,
      pickAdvisoryFolder: async () => options.pickAdvisory?.('folder') ?? null,
      pickEvidenceFiles: async () => options.pickEvidenceFiles?.() ?? null,
      saveEvidenceAs: async (name) => options.saveEvidenceAs?.(name) ?? null,
    },
    // PDF through the machine's Chromium, as the command line does; Electron uses printToPDF.
    renderers: reportRenderers(chromiumPdfRenderer(CHROMIUM_PATH)),
    desktop: { reveal: (p) => opened.push(`reveal:${p}`), openExternal: async (u) => void opened.push(`open:${u}`) },
  });
  const server: StaticServer = await serveDirectory(RENDERER_DIR);
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.exposeBinding('__assayInvoke', (source, channel: unknown, payload: unknown) => {
    // The harness's sender check, as main's: only our own top frame of our own origin.
    if (source.frame !== source.page.mainFrame() || new URL(source.frame.url()).origin !== server.origin) {
      return { ok: false, error: { code: 'forbidden', message: 'This window may not talk to Assay.' } };
    }
    return services.dispatch(channel, payload);
  });
  await page.addInitScript({ content: HOOKS + preloadShim(readFileSync(PRELOAD_FILE, 'utf8')) });
  await page.goto(`${server.origin}/index.html`);
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    page,
    context,
    services,
    dataDir,
    origin: server.origin,
    errors,
    opened,
    async shot(name) {
      const file = join(ARTIFACTS, `${name}.png`);
      // A hovering pointer would leave a chart tooltip in the picture.
      await page.mouse.move(0, 0);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async close(closeOptions) {
      await context.close();
      await server.close();
      await services.close();
      if (!closeOptions?.keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** What the page's hooks recorded: scripts from content that ran, and CSP violations. */
export async function pageHooks(page: Page): Promise<{ executed: string[]; cspViolations: string[] }> {
  return page.evaluate(() => {
    const w = globalThis as unknown as { __assayExecuted: string[]; __cspViolations: string[] };
    return { executed: [...w.__assayExecuted], cspViolations: [...w.__cspViolations] };
  });
}
