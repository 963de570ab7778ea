import { describe, expect, it } from 'vitest';
import type { Endpoint, EndpointGuard } from '../../../domain/index.js';
import { isIdentityEndpoint, privilegedWord } from './endpoint-names.js';

const endpoint = (path: string, handler: string, guards: EndpointGuard[] = []): Endpoint =>
  ({ framework: 'tornado', methods: ['POST'], path, params: [], handler: { file: 'h.py', line: 1, name: handler }, authentication: 'required', guards, authorization: [], csrf: 'unknown', throttled: false, input: null, response: null }) as unknown as Endpoint;

describe('privilegedWord', () => {
  it("takes a role-named guard's word even when the guard only logs the caller in", () => {
    expect(privilegedWord(endpoint('/ops/cache/purge', 'h.CacheHandler.post', [{ kind: 'decorator', name: 'auth.staff_only', authentication: 'required' }]))).toBe('staff');
    expect(privilegedWord(endpoint('/ops/cache/purge', 'h.CacheHandler.post', [{ kind: 'decorator', name: 'auth.login_required', authentication: 'required' }]))).toBeNull();
  });

  it("takes the word of the handler's class (AdminApp.grant)", () => {
    expect(privilegedWord(endpoint('/grants', 'app.AdminApp.__call__'))).toBe('admin');
    expect(privilegedWord(endpoint('/grants', 'app.Administrator.__call__'))).toBeNull();
  });
});

describe('isIdentityEndpoint', () => {
  it('takes a password reset as identity, a device or cache reset not', () => {
    expect(isIdentityEndpoint(endpoint('/password/reset', 'h.reset'))).toBe(true);
    expect(isIdentityEndpoint(endpoint('/reset/{token}', 'h.confirm'))).toBe(true);
    expect(isIdentityEndpoint(endpoint('/devices/{id}/factory-reset', 'h.factory_reset'))).toBe(false);
    expect(isIdentityEndpoint(endpoint('/cache_reset', 'h.cache_reset'))).toBe(false);
  });
});
