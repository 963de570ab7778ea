// The real dialogs and shell behind the services' Dialogs and Desktop interfaces.
import { BrowserWindow, dialog, shell } from 'electron';
import type { Desktop, Dialogs } from './services/context.js';
import { isHttps } from './security/generated-links.js';

function parent(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

export const electronDialogs: Dialogs = {
  async pickFolder() {
    const options = { title: 'Choose the repository to analyse', properties: ['openDirectory' as const, 'dontAddToRecent' as const] };
    const win = parent();
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  async pickAsvsFile() {
    const options = { title: 'Import the official OWASP ASVS JSON', properties: ['openFile' as const], filters: [{ name: 'ASVS JSON', extensions: ['json'] }] };
    const win = parent();
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  async pickAdvisoryFile() {
    const options = { title: 'Import OSV advisories (a record or osv.dev’s PyPI all.zip)', properties: ['openFile' as const], filters: [{ name: 'OSV JSON or zip', extensions: ['json', 'zip'] }] };
    const win = parent();
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  async pickAdvisoryFolder() {
    const options = { title: 'Import a folder of OSV advisories', properties: ['openDirectory' as const] };
    const win = parent();
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  async pickEvidenceFiles() {
    const options = { title: 'Attach evidence files', properties: ['openFile' as const, 'multiSelections' as const, 'dontAddToRecent' as const] };
    const win = parent();
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : r.filePaths;
  },
  async saveEvidenceAs(name) {
    const options = { title: 'Save the evidence file', defaultPath: name };
    const win = parent();
    const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return r.canceled ? null : (r.filePath ?? null);
  },
};

export const electronDesktop: Desktop = {
  reveal(path) {
    shell.showItemInFolder(path);
  },
  async openExternal(url) {
    // Checked twice on purpose: the service allows only links it generated, and this is the last
    // line before the OS opens anything.
    if (!isHttps(url)) throw new Error('Only https links can be opened.');
    // electronegativity: OPEN_EXTERNAL_JS_CHECK — reached only with https links the app generated itself (GeneratedLinks), re-checked as https on the line above.
    await shell.openExternal(url);
  },
};
