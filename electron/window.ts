// The main window, locked down: an isolated, sandboxed renderer without Node, loading only the
// bundle from the app protocol.
import { app, BrowserWindow, nativeTheme } from 'electron';
import { APP_ENTRY } from './security/app-origin.js';

export function createMainWindow(preload: string, icon: string | undefined): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Assay',
    icon,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#14171c' : '#f5f6f8',
    webPreferences: {
      // electronegativity: PRELOAD_JS_CHECK — the sandboxed preload exposes one function per IPC channel via contextBridge; no Node, no ipcRenderer.
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would otherwise open links in new windows (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}
