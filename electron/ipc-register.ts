// Binds every contract channel to ipcMain, answering only our own top frame.
import { ipcMain } from 'electron';
import { REQUEST_SCHEMAS } from './ipc-schemas.js';
import type { Dispatch } from './ipc-dispatch.js';
import { isTrustedSender } from './security/trusted-sender.js';

export function registerIpc(dispatch: Dispatch): void {
  for (const channel of Object.keys(REQUEST_SCHEMAS)) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'forbidden', message: 'This window may not talk to Assay.' } };
      return dispatch(channel, payload);
    });
  }
}
