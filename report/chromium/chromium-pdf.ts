// A PdfRenderer backed by a local Chromium: load the report from a temporary file with JavaScript
// disabled, and print it through the DevTools protocol (which, unlike --print-to-pdf, takes page
// header and footer templates).
import { BrowserNotFoundError } from './find-chromium.js';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPrintOptions, PdfRenderer } from '../pdf.js';
import { CdpPipe } from './cdp-pipe.js';

export interface ChromiumPdfOptions {
  /** Give up after this long (a 10,000-finding report takes seconds, not minutes). */
  timeoutMs?: number;
}

function launchArgs(profile: string): string[] {
  const args = [
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--no-first-run',
    '--no-default-browser-check',
    '--mute-audio',
    '--remote-debugging-pipe',
    `--user-data-dir=${profile}`,
  ];
  // Chromium refuses to start as root with its sandbox; the page it loads has scripts disabled.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return [...args, 'about:blank'];
}

async function printWith(cdp: CdpPipe, url: string, options: PdfPrintOptions): Promise<Uint8Array> {
  const { targetId } = (await cdp.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true }, sessionId);
  await cdp.send('Page.enable', {}, sessionId);
  const loaded = cdp.once('Page.loadEventFired', sessionId);
  await cdp.send('Page.navigate', { url }, sessionId);
  await loaded;
  const { stream } = (await cdp.send(
    'Page.printToPDF',
    {
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: options.headerTemplate,
      footerTemplate: options.footerTemplate,
      paperWidth: options.paperWidthIn,
      paperHeight: options.paperHeightIn,
      marginTop: options.marginIn.top,
      marginBottom: options.marginIn.bottom,
      marginLeft: options.marginIn.left,
      marginRight: options.marginIn.right,
      transferMode: 'ReturnAsStream',
    },
    sessionId,
  )) as { stream: string };
  const chunks: Buffer[] = [];
  for (;;) {
    const part = (await cdp.send('IO.read', { handle: stream, size: 8 << 20 }, sessionId)) as { data: string; eof: boolean; base64Encoded?: boolean };
    chunks.push(Buffer.from(part.data, part.base64Encoded ? 'base64' : 'binary'));
    if (part.eof) break;
  }
  await cdp.send('IO.close', { handle: stream }, sessionId);
  return new Uint8Array(Buffer.concat(chunks));
}

export function chromiumPdfRenderer(executable: string, config: ChromiumPdfOptions = {}): PdfRenderer {
  return async (html, options) => {
    const dir = await mkdtemp(join(tmpdir(), 'assay-pdf-'));
    const file = join(dir, 'report.html');
    await writeFile(file, html);
    const child = spawn(executable, launchArgs(join(dir, 'profile')), { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
    const spawned = new Promise<never>((_, reject) => {
      child.once('error', (err) => reject(new BrowserNotFoundError(`cannot start ${executable}: ${err.message}. Give the path of a Chromium, Chrome or Edge binary with --browser.`)));
      // A program that is not a Chromium (say /bin/false) exits at once instead of serving the pipe.
      child.once('exit', (code, signal) => reject(new BrowserNotFoundError(`${executable} is not a Chromium: it exited (${signal ?? `code ${code}`}) instead of starting a headless browser. Give the path of a Chromium, Chrome or Edge binary with --browser.`)));
    });
    // Settles after the race when the browser closes normally: that must not be an unhandled rejection.
    spawned.catch(() => undefined);
    const timeoutMs = config.timeoutMs ?? 300_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Chromium did not finish the PDF within ${Math.round(timeoutMs / 1000)} s.`)), timeoutMs);
    });
    try {
      const cdp = new CdpPipe(child);
      const pdf = await Promise.race([printWith(cdp, pathToFileURL(file).href, options), spawned, timeout]);
      await Promise.race([cdp.send('Browser.close'), new Promise((r) => setTimeout(r, 2000))]).catch(() => undefined);
      return pdf;
    } catch (err) {
      if (err instanceof BrowserNotFoundError) throw err;
      // A write to the pipe of a program that already quit (EPIPE) races its exit event: wait for it.
      if (child.exitCode === null && child.signalCode === null) await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 1000))]);
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new BrowserNotFoundError(`${executable} is not a Chromium that works here: it exited (${child.signalCode ?? `code ${child.exitCode}`}) before printing. Give the path of a Chromium, Chrome or Edge binary with --browser.`);
      }
      const detail = stderr.trim().split('\n').slice(-3).join(' | ');
      throw new Error(`${err instanceof Error ? err.message : String(err)}${detail ? ` (Chromium said: ${detail})` : ''}`);
    } finally {
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  };
}
