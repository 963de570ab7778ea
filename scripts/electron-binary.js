// Finds the Electron binary the `electron` package installed, or explains why there is none.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** { path } when the binary is there; { missing: reason } otherwise. */
export function electronBinary() {
  let path;
  try {
    // The package's main export is the path of the binary its postinstall downloaded.
    path = require('electron');
  } catch (e) {
    return { missing: e instanceof Error ? e.message : String(e) };
  }
  if (typeof path !== 'string' || !existsSync(path)) return { missing: `the electron package points at ${String(path)}, which does not exist` };
  return { path };
}

export function electronVersion() {
  return require('electron/package.json').version;
}

export const INSTALL_HELP = `The Electron binary is not installed, so Assay's desktop window cannot open here.

  Electron downloads its binary when the \`electron\` package installs. To get it:
    node node_modules/electron/install.js          # fetches the binary for this platform
  (or reinstall without ELECTRON_SKIP_BINARY_DOWNLOAD set: \`npm ci\`).
  Behind a proxy or mirror, set ELECTRON_MIRROR / HTTPS_PROXY first.

  Everything else works without it: \`npm test\` runs the UI in Chromium, and
  \`npx assay scan <path>\` runs the analyzer from the command line.`;
