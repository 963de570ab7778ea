import { describe, expect, it } from 'vitest';
import { keptCleans, patternKeeps } from './field-validators.js';
import { ALL_KINDS_MASK, kindBit } from '../../taint/kinds.js';

const cleans = (p: string, start = true) => {
  const k = patternKeeps(p, start);
  return k ? keptCleans(k.kept, k.dollar) : 0;
};

describe('field patterns', () => {
  it('keeps only letters, digits, _ and - for whole-value patterns of them', () => {
    for (const p of ['\\A[a-z0-9_]{3,20}\\Z', '\\A[A-Z]+\\Z', '\\A(?:[a-z]+|\\d+)\\Z', '\\A[\\w-]+\\Z']) expect(cleans(p), p).toBe(ALL_KINDS_MASK);
    // `$` lets a trailing newline through: not clean for headers and logs.
    expect(cleans('^[a-z]+$') & kindBit('sql')).toBeTruthy();
    expect(cleans('^[a-z]+$') & kindBit('header')).toBe(0);
  });
  it('leaves dots out of paths and outbound requests', () => {
    const m = cleans('^[\\w.-]+\\Z');
    expect(m & kindBit('command')).toBeTruthy();
    expect(m & kindBit('path')).toBe(0);
    expect(m & kindBit('ssrf')).toBe(0);
  });
  it('rejects patterns open at an end or letting other characters through', () => {
    for (const p of ['^[a-z0-9_]+', '^.+$', '^[^<>]+$', '^\\S+$', "^[a-z' ]+$", '^[a-z/]+$', '^[ -~]+$', '^(a$']) expect(cleans(p), p).toBe(0);
    // re.search (Django's RegexValidator) needs the start anchored too.
    expect(cleans('[a-z]+$', false)).toBe(0);
  });
});
