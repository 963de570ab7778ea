// One entry point for every request, shared by Electron's ipcMain and the browser test harness:
// check the channel is ours, parse the payload, run the service, and return a Result (never throw).
import { REQUEST_SCHEMAS } from './ipc-schemas.js';
import type { Channel, RequestOf, ResponseOf, Result } from './ipc-contract.js';
import { toAppError } from './services/service-error.js';

export type ChannelHandlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C> };

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

export function isChannel(channel: unknown): channel is Channel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(REQUEST_SCHEMAS, channel);
}

export function createDispatch(handlers: ChannelHandlers, onError: (channel: string, e: unknown) => void = () => {}): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) return { ok: false, error: { code: 'invalid-request', message: `Unknown channel ${String(channel).slice(0, 80)}.` } };
    const parsed = REQUEST_SCHEMAS[channel].safeParse(payload ?? null);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
      return { ok: false, error: { code: 'invalid-request', message: `Invalid request for ${channel}: ${detail}` } };
    }
    try {
      const handler = handlers[channel] as (request: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (e) {
      onError(channel, e);
      return { ok: false, error: toAppError(e) };
    }
  };
}
