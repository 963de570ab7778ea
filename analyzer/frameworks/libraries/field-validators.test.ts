import { describe, expect, it } from 'vitest';
import { keptCleans, matchesDotNames, patternKeeps } from './field-validators.js';
import { ALL_KINDS_MASK, kindBit } from '../../taint/kinds.js';

const cleans = (p: string, start = true) => {
  const k = patternKeeps(p, start);
  return k ? keptCleans(k.kept, k.dollar, matchesDotNames(p, start)) : 0;
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
  it('lets dotted names into paths when the pattern cannot be . or ..', () => {
    const m = cleans('^[A-Za-z0-9_-]{1,64}\\.(pdf|png|txt)\\Z');
    expect(m & kindBit('path')).toBeTruthy();
    expect(m & kindBit('ssrf')).toBe(0);
    for (const p of ['^[\\w.-]{1,64}\\Z', '^[a-z]*\\.[a-z]*\\Z', '\\A\\.{1,2}\\Z']) expect(cleans(p) & kindBit('path'), p).toBe(0);
  });
  it('keeps slashes out of paths, redirects, outbound requests and XPath only', () => {
    const m = cleans('\\A[A-Za-z0-9][A-Za-z0-9._/-]{0,99}\\Z');
    expect(m & kindBit('command')).toBeTruthy();
    expect(m & kindBit('sql')).toBeTruthy();
    for (const k of ['path', 'redirect', 'ssrf', 'xpath'] as const) expect(m & kindBit(k), k).toBe(0);
  });
  it('rejects patterns open at an end or letting other characters through', () => {
    for (const p of ['^[a-z0-9_]+', '^.+$', '^[^<>]+$', '^\\S+$', "^[a-z' ]+$", '^[ -~]+$', '^(a$']) expect(cleans(p), p).toBe(0);
    // re.search (Django's RegexValidator) needs the start anchored too.
    expect(cleans('[a-z]+$', false)).toBe(0);
  });
});
