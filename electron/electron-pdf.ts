// Prints a report's HTML to PDF with Electron's own Chromium: a hidden, sandboxed window with
// JavaScript off (the report needs none), loaded from a temporary file, printed, then closed.
import { BrowserWindow } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfRenderer } from '../report/index.js';

export const electronPdfRenderer: PdfRenderer = async (html, options) => {
  const dir = mkdtempSync(join(tmpdir(), 'assay-pdf-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    await win.loadFile(file);
    const pdf = await win.webContents.printToPDF({
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: options.headerTemplate,
      footerTemplate: options.footerTemplate,
      pageSize: { width: options.paperWidthIn, height: options.paperHeightIn },
      margins: options.marginIn,
    });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
};
