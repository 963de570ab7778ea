// IPC is answered only for the top frame of our own bundle: a subframe, or any page that somehow
// loaded another origin, gets 'forbidden'.
import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-origin.js';

export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
