import { describe, expect, it } from 'vitest';
import { shortGuardName } from './endpoints.js';

describe('shortGuardName', () => {
  it('cuts a qualified name to its last part', () => {
    expect(shortGuardName('django.contrib.auth.decorators.login_required')).toBe('login_required');
    expect(shortGuardName('IsAuthenticated')).toBe('IsAuthenticated');
  });

  it('keeps the words around a dotted path (a connexion scheme and its validation function), never inside a URL', () => {
    expect(shortGuardName('bearer (api.auth.decode_token)')).toBe('bearer (decode_token)');
    expect(shortGuardName('oauth (x-tokenInfoUrl: https://auth.example/info)')).toBe('oauth (x-tokenInfoUrl: https://auth.example/info)');
  });
});
