// Where a Chromium-family browser usually lives, for PDF output on the command line.
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

export function browserCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((r) => [join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(r, 'Chromium', 'Application', 'chrome.exe'), join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to print with: the one given (it must exist), else the first usual location that does. */
export function findChromium(explicit?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) {
    if (!executable(explicit)) throw new BrowserNotFoundError(`--browser ${explicit} is not an executable file. Give the path of a Chromium, Chrome or Edge binary.`);
    return explicit;
  }
  const found = browserCandidates(env).find(executable);
  if (found) return found;
  throw new BrowserNotFoundError(
    'PDF output needs a Chromium-based browser, and none was found in the usual places. ' +
      'Install one (Debian/Ubuntu: `apt-get install chromium`; macOS/Windows: Google Chrome) or pass its path with --browser PATH. ' +
      'The HTML report (--format html) prints to the same PDF from any browser.',
  );
}
