// The real app, where an Electron binary exists: launch it with Playwright's Electron support and
// check the window loads the bundle with the hardened settings. Without the binary (CI here:
// packages install with ELECTRON_SKIP_BINARY_DOWNLOAD) it is skipped, saying why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { electronBinary, electronVersion } from '../../scripts/electron-binary.js';
import { readTarget } from '../../scripts/native-target.js';
import { ARTIFACTS, requireBuilt } from './harness/app-harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const binary = electronBinary();
const reason = binary.path ? null : `no Electron binary (${binary.missing}); the UI is covered by the Chromium e2e tests`;
if (reason) console.warn(`electron-smoke skipped: ${reason}`);

describe.skipIf(reason !== null)('the Electron app (smoke)', () => {
  let app: ElectronApplication;
  let dataDir: string;
  let rebuilt = false;

  beforeAll(async () => {
    requireBuilt();
    // npm test keeps the native modules built for Node; the real app needs Electron's build.
    if (readTarget(ROOT) !== `electron@${electronVersion()}`) {
      const r = spawnSync('npx', ['electron-builder', 'install-app-deps'], { cwd: ROOT, stdio: 'inherit' });
      if (r.status !== 0) throw new Error('could not rebuild the native modules for Electron');
      rebuilt = true;
    }
    dataDir = mkdtempSync(join(tmpdir(), 'assay-electron-'));
    app = await electron.launch({ executablePath: binary.path!, args: [ROOT], cwd: ROOT, env: { ...process.env, ASSAY_DATA_DIR: dataDir, ASSAY_DB: join(dataDir, 'assay.db') } });
  }, 600_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    // Hand the tree back to the Node tests.
    if (rebuilt) spawnSync(process.execPath, [join(ROOT, 'scripts', 'ensure-node-abi.js')], { cwd: ROOT, stdio: 'inherit' });
  }, 600_000);

  it('opens the hardened window on the bundle', async () => {
    const page = await app.firstWindow();
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    expect(page.url()).toBe('assay://app/index.html');
    const inPage = await page.evaluate(() => {
      const w = globalThis as unknown as { require?: unknown; process?: unknown; assay?: Record<string, unknown>; open: (u: string) => unknown };
      return { require: typeof w.require, process: typeof w.process, api: Object.keys(w.assay ?? {}).length, opened: w.open('https://example.org') === null };
    });
    expect(inPage).toEqual({ require: 'undefined', process: 'undefined', api: 27, opened: true });
    // Navigation away from the bundle and permission requests are refused.
    const permission = await page.evaluate(() => (globalThis as unknown as { Notification: { requestPermission(): Promise<string> } }).Notification.requestPermission());
    expect(permission).toBe('denied');
    await page.evaluate(() => ((globalThis as unknown as { location: { href: string } }).location.href = 'https://example.org/'));
    await page.waitForTimeout(500);
    expect(page.url()).toBe('assay://app/index.html');
    const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
    expect(windows).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, '40-electron-window.png') });
  });
});
