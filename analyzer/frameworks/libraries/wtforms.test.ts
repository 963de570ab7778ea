import { describe, expect, it } from 'vitest';
import { safeAnchoredPattern } from './wtforms.js';

describe('safeAnchoredPattern', () => {
  it('accepts whole-value patterns of letters, digits, _ and -', () => {
    for (const p of ['^[a-z0-9_]{3,20}$', '\\A[A-Z]+\\Z', '^(?:[a-z]+|\\d+)$', '^[\\w-]+$', '[a-z]+$']) expect(safeAnchoredPattern(p), p).toBe(true);
  });
  it('rejects patterns open at the end or letting other characters through', () => {
    for (const p of ['^[a-z0-9_]+', '^.+$', '^[^<>]+$', '^\\S+$', "^[a-z' ]+$", '^[a-z/]+$', '^[ -~]+$', '^(a$']) expect(safeAnchoredPattern(p), p).toBe(false);
  });
});
