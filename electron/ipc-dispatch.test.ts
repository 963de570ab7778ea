// The dispatcher is the gate every request passes: unknown channels, malformed payloads and
// thrown errors all come back as typed Results, never as exceptions across IPC.
import { describe, expect, it } from 'vitest';
import { createDispatch, type ChannelHandlers } from './ipc-dispatch.js';
import { API_METHODS, type Channel } from './ipc-contract.js';
import { REQUEST_SCHEMAS } from './ipc-schemas.js';
import { ServiceError } from './services/service-error.js';

function handlers(overrides: Partial<ChannelHandlers> = {}): ChannelHandlers {
  const all = {} as Record<Channel, unknown>;
  for (const channel of Object.keys(REQUEST_SCHEMAS) as Channel[]) all[channel] = (r: unknown) => ({ echoed: r });
  return { ...(all as ChannelHandlers), ...overrides };
}

describe('createDispatch', () => {
  it('has one schema per channel and one preload method per channel', () => {
    expect(new Set(Object.values(API_METHODS))).toEqual(new Set(Object.keys(REQUEST_SCHEMAS)));
    expect(Object.values(API_METHODS)).toHaveLength(Object.keys(REQUEST_SCHEMAS).length);
  });

  it('refuses unknown channels and prototype names', async () => {
    const dispatch = createDispatch(handlers());
    for (const channel of ['nope', 'toString', '__proto__', 42]) {
      expect(await dispatch(channel, null)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });

  it('validates payloads before any handler runs', async () => {
    let ran = 0;
    const dispatch = createDispatch(handlers({ 'projects:remove': () => (ran++, null) }));
    for (const bad of [null, {}, { projectId: '1' }, { projectId: -1 }, { projectId: 1.5 }, { projectId: 1, extra: true }]) {
      const r = await dispatch('projects:remove', bad);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(ran).toBe(0);
    expect(await dispatch('projects:remove', { projectId: 3 })).toEqual({ ok: true, value: null });
    expect(ran).toBe(1);
  });

  it('requires a justification for false positives and an expiry for accepted risk', async () => {
    const dispatch = createDispatch(handlers());
    const base = { projectId: 1, findingId: 2, expiresAt: null };
    expect(await dispatch('findings:triage', { ...base, status: 'false_positive', reason: '  ' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('justification') } });
    expect(await dispatch('findings:triage', { ...base, status: 'accepted_risk', reason: 'ok' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('expiry') } });
    expect(await dispatch('findings:triage', { ...base, status: 'false_positive', reason: 'test code' })).toMatchObject({ ok: true });
  });

  it('accepts only https links and ASVS ids that look like ids', async () => {
    const dispatch = createDispatch(handlers());
    for (const url of ['javascript:alert(1)', 'http://example.org', 'file:///etc/passwd', 'https://']) {
      expect(await dispatch('links:open', { url })).toMatchObject({ ok: false });
    }
    expect(await dispatch('links:open', { url: 'https://owasp.org/' })).toMatchObject({ ok: true });
    expect(await dispatch('asvs:requirement', { projectId: 1, asvsVersion: '5.0.0', requirementId: '<img>' })).toMatchObject({ ok: false });
  });

  it('opens a handler by its place in a stored inventory only: no path, no negative or fractional place', async () => {
    let ran = 0;
    const dispatch = createDispatch(handlers({ 'endpoints:source': () => (ran++, null) as never }));
    const base = { projectId: 1, scanId: 2, ordinal: 0 };
    for (const bad of [{ ...base, ordinal: -1 }, { ...base, ordinal: 1.5 }, { ...base, ordinal: '0' }, { ...base, file: '../etc/passwd' }, { ...base, path: '/etc/passwd' }, { projectId: 1, scanId: 2 }, { ...base, scanId: null }]) {
      expect(await dispatch('endpoints:source', bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(ran).toBe(0);
    expect(await dispatch('endpoints:source', base)).toMatchObject({ ok: true });
    expect(ran).toBe(1);
  });

  it('turns thrown errors into typed errors', async () => {
    const dispatch = createDispatch(
      handlers({
        'scans:start': () => {
          throw new ServiceError('conflict', 'A scan of this project is already running.');
        },
        'scans:list': () => {
          throw Object.assign(new Error('No project with id 9.'), { name: 'StoreInputError' });
        },
      }),
    );
    expect(await dispatch('scans:start', { projectId: 1 })).toEqual({ ok: false, error: { code: 'conflict', message: 'A scan of this project is already running.' } });
    expect(await dispatch('scans:list', { projectId: 9 })).toEqual({ ok: false, error: { code: 'not-found', message: 'No project with id 9.' } });
  });
});
