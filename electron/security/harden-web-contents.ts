// Rules every web contents of the app obeys, wherever it was created: no navigation away from the
// bundle, no new windows, no webviews, no permission grants.
import { app, session, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin.js';

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyAllPermissions(target: Session = session.defaultSession): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

export function hardenEveryWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
